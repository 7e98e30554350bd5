/**
 * rss-parser, made tolerant, and what it gives reduced to the fields coercion reads. Runs inside the
 * parse worker (parse-worker.ts): rss-parser can spin on some inputs, and only a worker can be killed.
 */
import Parser from 'rss-parser';
import { keepMarkupOfTextElements } from './mixed-content';
import { resolveAtomLinks, resolveRdfLinks, resolveRssLinks } from './xml-base';

/** What xml2js builds: any shape at all, read field by field below. */
type Loose = Record<string, any>;

/** rss-parser parses synchronously; a promise still pending this long after that never settles. */
const SETTLE_GUARD_MS = 1000;

const CUSTOM_FIELDS = {
  feed: [] as string[],
  item: ['content:encoded', 'dc:creator', ['media:content', 'media:content', { keepArray: true }], 'media:thumbnail'] as string[],
};

const FEED_FIELDS = ['title', 'link', 'ttl'];
const ITEM_FIELDS = [
  'title', 'link', 'guid', 'id', 'creator', 'author', 'dc:creator', 'pubDate', 'date',
  'content:encoded', 'content', 'summary', 'media:content', 'media:thumbnail', 'enclosure',
];

/** rss-parser's own builders, which its type declarations leave out. */
const base = Parser.prototype as unknown as Record<string, (this: Parser, input: Loose) => Loose>;

/** Links without attributes make rss-parser read `.$.rel` of undefined; drop them. */
function linksWithAttributes(links: unknown): unknown {
  return Array.isArray(links) ? links.filter((link) => link && typeof link === 'object' && (link as Loose).$) : links;
}

/** rss-parser reads channel[0] blindly; an empty <channel/> (xml2js gives '') is still fine. */
function requireChannel(root: Loose | undefined): void {
  const channel = root?.channel?.[0];
  if (channel === undefined || channel === null) throw new Error('RSS without a <channel> element');
}

/**
 * rss-parser 3.13 with its known ways of losing a whole feed to one odd element taken out, titles and
 * bodies holding child elements read in order (mixed-content.ts), and links resolved against xml:base.
 */
class TolerantParser extends Parser {
  constructor(options: Parser.ParserOptions<Loose, Loose>) {
    super(options);
    keepMarkupOfTextElements((this as unknown as { xmlParser: unknown }).xmlParser);
  }

  buildAtomFeed(xmlObj: Loose): Loose {
    const feed = resolveAtomLinks({ ...xmlObj.feed, link: linksWithAttributes(xmlObj.feed.link) });
    return base.buildAtomFeed!.call(this, { ...xmlObj, feed });
  }

  // rss-parser calls toISOString() on Atom dates, which throws on one it cannot read; keep the raw
  // text instead (normalize decides what it means).
  parseItemAtom(entry: Loose): Loose {
    const { published, updated, ...rest } = entry;
    const item = base.parseItemAtom!.call(this, { ...rest, link: linksWithAttributes(rest.link) });
    const rawDate = published?.[0] ?? updated?.[0];
    if (rawDate !== undefined) item.pubDate = rawDate;
    return item;
  }

  buildRSS2(xmlObj: Loose): Loose {
    requireChannel(xmlObj.rss);
    return base.buildRSS2!.call(this, { ...xmlObj, rss: resolveRssLinks(xmlObj.rss) });
  }

  buildRSS0_9(xmlObj: Loose): Loose {
    requireChannel(xmlObj.rss);
    return base.buildRSS0_9!.call(this, { ...xmlObj, rss: resolveRssLinks(xmlObj.rss) });
  }

  buildRSS1(xmlObj: Loose): Loose {
    requireChannel(xmlObj['rdf:RDF']);
    return base.buildRSS1!.call(this, { ...xmlObj, 'rdf:RDF': resolveRdfLinks(xmlObj['rdf:RDF']) });
  }
}

function pick(source: Loose, fields: readonly string[]): Loose {
  const picked: Loose = {};
  for (const field of fields) if (source[field] !== undefined) picked[field] = source[field];
  return picked;
}

function settleGuard<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('rss-parser never finished with this input')), SETTLE_GUARD_MS);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

/** The feed as rss-parser reads it, with only the fields coerceFeed looks at. */
export async function readFeed(xml: string): Promise<unknown> {
  // A new parser every time: a reused one can hang and later resolve with another feed's items.
  const parser = new TolerantParser({ defaultRSS: 2, customFields: CUSTOM_FIELDS } as Parser.ParserOptions<Loose, Loose>);
  const feed = (await settleGuard(parser.parseString(xml))) as Loose | null;
  if (!feed || typeof feed !== 'object') throw new Error('rss-parser returned no feed');
  const items: Loose[] = Array.isArray(feed.items) ? feed.items : [];
  return { ...pick(feed, FEED_FIELDS), items: items.map((item) => pick(item, ITEM_FIELDS)) };
}
