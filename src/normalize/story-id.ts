import { createHash } from 'node:crypto';

export interface StoryIdInput {
  feedUrl: string;
  guid: string | null;
  /** Canonical URL (see canonicalUrl), so the same link always hashes the same way. */
  url: string | null;
  title: string;
  text: string;
}

/** 24 hex characters = 96 bits: collisions are out of reach for any realistic number of stories. */
const HASH_LENGTH = 24;

/**
 * An id that survives polls and restarts. The strongest identity the item has wins:
 * - `g:` its guid, scoped to the feed, because guids are only unique within one feed;
 * - `u:` its canonical URL, which is global;
 * - `h:` its title and text, the last resort for items with neither.
 */
export function storyId(input: StoryIdInput): string {
  return linkedStoryId(input) ?? `h:${shortHash(`${input.title}\n${input.text}`)}`;
}

/**
 * The id from the item's guid or URL alone, known before its title and text are read; null when it
 * has neither and only its content can name it.
 */
export function linkedStoryId(input: Pick<StoryIdInput, 'feedUrl' | 'guid' | 'url'>): string | null {
  const guid = input.guid?.trim();
  if (guid) return `g:${shortHash(`${input.feedUrl}\n${guid}`)}`;
  const url = input.url?.trim();
  if (url) return `u:${shortHash(url)}`;
  return null;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
