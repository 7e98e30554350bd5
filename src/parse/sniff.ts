/**
 * A cheap look at the start of a body, before it goes to a worker: HTML pages, JSON, challenge pages
 * and empty bodies are common answers from a feed URL, and saying so in words beats an XML error.
 */

const HEAD_CHARS = 4096;
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf']);
const HTML_ROOTS = new Set(['html', 'head', 'body']);
const CLOUDFLARE =
  /cf-browser-verification|cf_chl_|challenge-platform|<title>\s*just a moment\.\.\.\s*<\/title>|attention required! \| cloudflare/i;
const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org/;
/** Processing instructions, comments and a DOCTYPE without an internal subset may precede the root. */
const PROLOG_PART = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s[^[>]*>)\s*/i;
const DOCTYPE_WITH_SUBSET = /^<!DOCTYPE\s[^[>]*\[[\s\S]*?\]\s*>\s*/i;
const ROOT_ELEMENT = /^<([A-Za-z_][\w.:-]*)/;

/** shapeOf's answer for a body whose root is a feed's. */
const FEED = Symbol('feed');

/** What the start of a body looks like: a feed's root, something clearly else (in words), or unknown (null). */
function shapeOf(start: string): string | typeof FEED | null {
  if (start.startsWith('{') || start.startsWith('[')) {
    return JSON_FEED.test(start) ? 'got a JSON Feed, which is not supported (only RSS and Atom)' : 'got JSON, not a feed';
  }
  if (!start.startsWith('<')) return 'got text that is not XML, not a feed';
  if (/^<!DOCTYPE\s+html[\s>]/i.test(start)) return 'got an HTML page, not a feed';
  let head = start;
  for (;;) {
    const part = PROLOG_PART.exec(head) ?? DOCTYPE_WITH_SUBSET.exec(head);
    if (!part) break;
    head = head.slice(part[0].length);
  }
  const root = ROOT_ELEMENT.exec(head)?.[1];
  if (!root) return null; // a prolog longer than the head, or odd syntax: let the parser judge
  const localName = (root.split(':').pop() ?? root).toLowerCase();
  if (HTML_ROOTS.has(localName)) return 'got an HTML page, not a feed';
  if (FEED_ROOTS.has(localName)) return FEED;
  return `got an XML document whose root is <${root}>, not a feed`;
}

/** Says what the body is when it is clearly not a feed; null when it may be one. */
export function describeNonFeed(text: string): string | null {
  if (!/\S/.test(text)) return 'got an empty body, not a feed';
  const start = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '').trimStart();
  const shape = shapeOf(start);
  // A feed may have a channel titled "Just a moment..."; anything else with a challenge's marks is one.
  if (shape === FEED) return null;
  return CLOUDFLARE.test(start) ? 'got a Cloudflare challenge page, not a feed' : shape;
}
