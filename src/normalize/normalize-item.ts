import type { RawItem, Story } from '../model';
import { collapseWhitespace } from './collapse-whitespace';
import { parseFeedDate } from './date';
import { htmlToText } from './html-text';
import { linkedStoryId, storyId } from './story-id';
import { stripTrailers } from './trailer';
import { truncateAtWord } from './truncate';
import { canonicalUrl } from './url';

export const MAX_TITLE_LENGTH = 500;
export const MAX_TEXT_LENGTH = 20_000;
const MAX_AUTHOR_LENGTH = 200;

export interface FeedInfo {
  url: string;
  name: string;
  /** The site link the feed declares; relative item links resolve against it, else against the feed URL. */
  link: string | null;
  /** As the feed wrote it: "es-VE", "en", "EN-us"… */
  language: string | null;
}

/** What names an item before its title and text are read. */
export interface ItemIdentity {
  guid: string | null;
  /** Canonical. */
  url: string | null;
  /** The story id when the guid or URL gives it (see linkedStoryId); null when only the content can. */
  linkedId: string | null;
  /** The guid and URL are shared by other items of the feed, so they name none of them: the content does. */
  shared?: boolean;
}

/**
 * The item's guid, URL and, when they name it, its story id, without reading its title and text: a
 * feed's stories stored before are skipped this way at a fraction of normalizing them.
 */
export function identifyItem(item: RawItem, feed: FeedInfo): ItemIdentity {
  const guid = item.guid?.trim() || null;
  const url = storyUrl(item.link, guid, feed);
  return { guid, url, linkedId: linkedStoryId({ feedUrl: feed.url, guid, url }) };
}

/**
 * identifyItem for every item of one feed document. Some systems give every item the same guid, and
 * even the same link (the section's address): such a guid names none of them, and trusting it kept
 * one story and skipped every later one as known. Items that share their guid under different
 * titles are named by their link when that is theirs alone, else by their content. Under one title
 * they are one article listed twice.
 */
export function identifyItems(items: readonly RawItem[], feed: FeedInfo): ItemIdentity[] {
  const identities = items.map((item) => identifyItem(item, feed));
  const titles = new Map<string, Set<string>>();
  for (const [index, { linkedId }] of identities.entries()) {
    if (linkedId !== null) titles.set(linkedId, (titles.get(linkedId) ?? new Set()).add(items[index]!.title?.trim() ?? ''));
  }
  const links = new Map<string, number>();
  for (const item of items) {
    const link = item.link?.trim();
    if (link) links.set(link, (links.get(link) ?? 0) + 1);
  }
  return identities.map((identity, index) => {
    if (identity.linkedId === null || titles.get(identity.linkedId)!.size === 1) return identity;
    const link = items[index]!.link?.trim();
    if (link && links.get(link) === 1 && identity.url !== null) return { ...identity, linkedId: linkedStoryId({ feedUrl: feed.url, guid: null, url: identity.url }) };
    return { ...identity, linkedId: null, shared: true };
  });
}

/**
 * One raw feed item as a Story, or null when it has neither a title nor any text to show.
 * Pure: `now` is passed in so date sanity checks are testable. `identity` is identifyItem's answer
 * when the caller already has it.
 */
export function normalizeItem(item: RawItem, feed: FeedInfo, now: number, identity = identifyItem(item, feed)): Story | null {
  // Titles are one line; feeds put HTML and entities in them too.
  const title = truncateAtWord(oneLine(htmlToText(item.title ?? '')), MAX_TITLE_LENGTH);
  // The rich body can be nothing but an image, an embed or a "Read more" link; then the short
  // description is the text.
  const body = stripTrailers(htmlToText(item.html ?? ''), title) || stripTrailers(htmlToText(item.description ?? ''), title);
  const text = truncateAtWord(body, MAX_TEXT_LENGTH);
  if (title === '' && text === '') return null;

  const { guid, url } = identity;
  const authorText = oneLine(htmlToText(item.author ?? ''));

  return {
    id: identity.linkedId ?? storyId(identity.shared ? { feedUrl: feed.url, guid: null, url: null, title, text } : { feedUrl: feed.url, guid, url, title, text }),
    feedUrl: feed.url,
    feedName: feed.name,
    guid,
    url,
    title,
    text,
    publishedAt: parseFeedDate(item.published, now),
    author: authorText === '' ? null : truncateAtWord(authorText, MAX_AUTHOR_LENGTH),
    declaredLanguage: primaryLanguage(feed.language),
  };
}

/** The item link, else a guid that is itself a URL (RSS isPermaLink), both made canonical. */
function storyUrl(link: string | null, guid: string | null, feed: FeedInfo): string | null {
  // The feed's site link may itself be relative; anchor it to the feed URL first.
  const base = canonicalUrl(feed.link, feed.url) ?? feed.url;
  const fromLink = canonicalUrl(link, base);
  if (fromLink !== null) return fromLink;
  return guid !== null && /^https?:\/\//i.test(guid) ? canonicalUrl(guid, base) : null;
}

/** "es-VE" → "es", "EN_us" → "en"; anything that is not a two-letter code → null. */
function primaryLanguage(language: string | null): string | null {
  const match = /^([a-z]{2})(?:[-_]|$)/i.exec(language?.trim() ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

function oneLine(text: string): string {
  return collapseWhitespace(text).trim();
}
