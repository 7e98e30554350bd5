/**
 * Turns rss-parser's loose output (as the parse worker sends it) into ParsedFeed. rss-parser hands
 * over whatever xml2js built: a title can be a string, an object like { _: 'text', $: {...} }, an
 * array, or a tree of child elements. Every field ends up a trimmed string or null here.
 */
import type { ParsedFeed, RawItem } from '../model';
import { collapseWhitespace } from '../normalize/collapse-whitespace';
import { htmlToText } from '../normalize/html-text';

type Loose = Record<string, unknown>;

/** The longest <ttl> taken seriously: a week. Anything larger is a typo or a joke. */
const MAX_TTL_MINUTES = 7 * 24 * 60;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanString(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The text of an xml2js value: a string as is, the character data of an element with attributes,
 * plus the text of its child elements; never the attributes. xml2js does not keep the order of
 * mixed content (`<b>Sanctions</b> on Venezuela`), so its own text comes first, then the children's:
 * every word survives, though not always in place. Titles and bodies never arrive that way
 * (mixed-content.ts hands them over as HTML in order); this is for any other field that does.
 */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = textOf(entry);
      if (text !== null) return text;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  const parts: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === '$' || key === '_') continue;
    const text = textOf(child);
    if (text !== null) parts.push(text);
  }
  const own = typeof value._ === 'string' ? cleanString(value._) : null;
  if (own !== null) parts.unshift(own);
  return parts.length > 0 ? parts.join(' ') : null;
}

function attribute(value: unknown, name: string): string | null {
  const attributes = isRecord(value) ? value.$ : undefined;
  return isRecord(attributes) ? textOf(attributes[name]) : null;
}

/** A link written as text, as <link href="..."/>, or as a list of either. */
export function linkOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const entry of value) {
      const link = linkOf(entry);
      if (link !== null) return link;
    }
    return null;
  }
  return attribute(value, 'href') ?? textOf(value);
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = textOf(value);
    if (text !== null) return text;
  }
  return null;
}

function looksLikeImage(attributes: Loose): boolean {
  const medium = textOf(attributes.medium);
  const type = textOf(attributes.type);
  if (medium !== null) return medium.toLowerCase() === 'image';
  return type === null || type.toLowerCase().startsWith('image/');
}

/** An image for the item: media:content (an image one), then media:thumbnail, then an image enclosure. */
export function mediaUrlOf(item: Loose): string | null {
  const contents = Array.isArray(item['media:content']) ? item['media:content'] : [item['media:content']];
  for (const content of contents) {
    const attributes = isRecord(content) && isRecord(content.$) ? content.$ : null;
    const url = attributes && looksLikeImage(attributes) ? textOf(attributes.url) : null;
    if (url !== null) return url;
  }
  const thumbnail = attribute(item['media:thumbnail'], 'url');
  if (thumbnail !== null) return thumbnail;
  // rss-parser already flattens <enclosure> to its attributes.
  const enclosure = item.enclosure;
  if (isRecord(enclosure) && textOf(enclosure.type)?.toLowerCase().startsWith('image/')) return textOf(enclosure.url);
  return null;
}

/**
 * rss-parser puts an RSS <description> and an Atom <content> both in `content`; content:encoded and
 * Atom <summary> keep their names. The richest one is the body, the shorter one the description.
 */
function bodies(item: Loose): { html: string | null; description: string | null } {
  const candidates = [item['content:encoded'], item.content, item.summary]
    .map((value) => textOf(value))
    .filter((text): text is string => text !== null);
  const html = candidates[0] ?? null;
  const description = candidates.find((text) => text !== html) ?? null;
  return { html, description };
}

export function coerceItem(raw: unknown): RawItem {
  const item = isRecord(raw) ? raw : {};
  return {
    guid: firstText(item.guid, item.id),
    link: linkOf(item.link),
    title: textOf(item.title),
    ...bodies(item),
    author: firstText(item.creator, item.author, item['dc:creator']),
    published: firstText(item.pubDate, item.date),
    mediaUrl: mediaUrlOf(item),
  };
}

export function ttlMinutesOf(value: unknown): number | null {
  const text = textOf(value);
  if (text === null || !/^\d+$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= 1 && minutes <= MAX_TTL_MINUTES ? minutes : null;
}

/**
 * The feed's own title as one line of plain text. Unlike item titles, which normalize reads, it is
 * shown as it is (/feeds test), and it can be HTML or XHTML (mixed-content.ts hands that over as HTML).
 */
export function feedTitleOf(value: unknown): string | null {
  const text = textOf(value);
  return text === null ? null : cleanString(collapseWhitespace(htmlToText(text)));
}

export function coerceFeed(raw: unknown): ParsedFeed {
  const feed = isRecord(raw) ? raw : {};
  const items = Array.isArray(feed.items) ? feed.items : [];
  return {
    title: feedTitleOf(feed.title),
    link: linkOf(feed.link),
    ttlMinutes: ttlMinutesOf(feed.ttl),
    items: items.map(coerceItem),
  };
}
