/**
 * Dedup by link: the same article reached through two feeds (its canonical URL already stored, or
 * seen earlier in the same batch) is recorded as a duplicate of the first and does not alert again.
 * Clustering of rewrites and translations builds on this.
 *
 * A link identifies an article only when it can: a site's front page never does, and neither does a
 * link one feed gives to items under different titles (a ministry feed that links every item to its
 * news page, or guids that differ only by their #fragment, which canonical URLs drop). Such stories
 * are not duplicates by link; clustering still gathers the ones that really are the same news.
 */

/** The first stored story with a canonical URL, and where it came from. */
export interface StoredLink {
  id: string;
  feedUrl: string;
  title: string;
}

export interface DuplicateLookup {
  firstByUrl(url: string): StoredLink | null;
}

/** The part of a story the link rule reads. */
export interface LinkedStory {
  id: string;
  feedUrl: string;
  url: string | null;
  title: string;
}

/** Index pages a path can name without naming an article. */
const INDEX_PAGE = /^(?:index|default|home)\.(?:html?|php|aspx?)$/i;
/** A two-letter language section ("/es/", "/en") is still the front page. */
const LANGUAGE_SECTION = /^[a-z]{2}$/i;

/** A site's home page: no query, and a path of nothing, an index page or a language section. */
export function isFrontPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.search) return false;
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (segments.length > 0 && INDEX_PAGE.test(segments[segments.length - 1]!)) segments.pop();
  return segments.length === 0 || (segments.length === 1 && LANGUAGE_SECTION.test(segments[0]!));
}

/** Links that items of one feed document carry under more than one title. */
export function sharedLinks(stories: readonly LinkedStory[]): Set<string> {
  const titleByUrl = new Map<string, string>();
  const shared = new Set<string>();
  for (const { url, title } of stories) {
    if (!url) continue;
    const first = titleByUrl.get(url);
    if (first === undefined) titleByUrl.set(url, title);
    else if (first !== title) shared.add(url);
  }
  return shared;
}

export class DuplicateFinder {
  private readonly batch = new Map<string, string>();
  private readonly shared: Set<string>;

  /** `document` is every item of the feed document the batch comes from, known ones included. */
  constructor(
    private readonly stored: DuplicateLookup,
    document: readonly LinkedStory[],
  ) {
    this.shared = sharedLinks(document);
  }

  /** The id of the story this one repeats, or null; remembers this one for the rest of the batch. */
  duplicateOf(story: LinkedStory): string | null {
    const { url } = story;
    if (!url || this.shared.has(url) || isFrontPage(url)) return null;
    const earlier = this.batch.get(url) ?? this.storedDuplicate(story, url);
    if (!this.batch.has(url)) this.batch.set(url, story.id);
    return earlier;
  }

  /** A stored story from another feed, or from this feed under the same title (a guid changed). */
  private storedDuplicate(story: LinkedStory, url: string): string | null {
    const first = this.stored.firstByUrl(url);
    if (!first) return null;
    return first.feedUrl === story.feedUrl && first.title !== story.title ? null : first.id;
  }
}
