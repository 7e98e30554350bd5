/**
 * Parse worker: runs rss-parser off the main thread so a feed that makes it spin can be killed.
 * Plain JavaScript on purpose: worker threads load it directly under tsx and under vitest, where a
 * TypeScript file cannot be loaded in a worker. Coercion to vigia's types happens in the main thread.
 *
 * Protocol: receives { id, xml }, answers { id, ok: true, feed } or { id, ok: false, name, message }.
 * Sends { ready: true } once loaded, so the pool's time limit does not count module loading.
 */
import { parentPort } from 'node:worker_threads';
import Parser from 'rss-parser';

/** rss-parser parses synchronously; a promise still pending this long after that never settles. */
const SETTLE_GUARD_MS = 1000;

const CUSTOM_FIELDS = {
  feed: [],
  item: [
    'content:encoded',
    'dc:creator',
    ['media:content', 'media:content', { keepArray: true }],
    'media:thumbnail',
  ],
};

const FEED_FIELDS = ['title', 'link', 'ttl'];
const ITEM_FIELDS = [
  'title', 'link', 'guid', 'id', 'creator', 'author', 'dc:creator', 'pubDate', 'date',
  'content:encoded', 'content', 'summary', 'media:content', 'media:thumbnail', 'enclosure',
];

/** Links without attributes make rss-parser read `.$.rel` of undefined; drop them. */
function linksWithAttributes(links) {
  return Array.isArray(links) ? links.filter((link) => link && typeof link === 'object' && link.$) : links;
}

/** rss-parser 3.13 with its known ways of losing a whole feed to one odd element taken out. */
class TolerantParser extends Parser {
  buildAtomFeed(xmlObj) {
    const feed = { ...xmlObj.feed, link: linksWithAttributes(xmlObj.feed.link) };
    return super.buildAtomFeed({ ...xmlObj, feed });
  }

  // rss-parser calls toISOString() on Atom dates, which throws on one it cannot read; keep the raw
  // text instead (normalize decides what it means).
  parseItemAtom(entry) {
    const { published, updated, ...rest } = entry;
    const item = super.parseItemAtom({ ...rest, link: linksWithAttributes(rest.link) });
    const rawDate = published?.[0] ?? updated?.[0];
    if (rawDate !== undefined) item.pubDate = rawDate;
    return item;
  }

  buildRSS2(xmlObj) {
    requireChannel(xmlObj.rss);
    return super.buildRSS2(xmlObj);
  }

  buildRSS0_9(xmlObj) {
    requireChannel(xmlObj.rss);
    return super.buildRSS0_9(xmlObj);
  }

  buildRSS1(xmlObj) {
    requireChannel(xmlObj['rdf:RDF']);
    return super.buildRSS1(xmlObj);
  }
}

/** rss-parser reads channel[0] blindly; an empty <channel/> (xml2js gives '') is still fine. */
function requireChannel(root) {
  const channel = root?.channel?.[0];
  if (channel === undefined || channel === null) throw new Error('RSS without a <channel> element');
}

function pick(source, fields) {
  const picked = {};
  for (const field of fields) {
    if (source[field] !== undefined) picked[field] = source[field];
  }
  return picked;
}

/** Only what coercion needs crosses the thread boundary. */
function slimFeed(feed) {
  const items = Array.isArray(feed.items) ? feed.items : [];
  return { ...pick(feed, FEED_FIELDS), items: items.map((item) => pick(item, ITEM_FIELDS)) };
}

function settleGuard(promise) {
  let timer;
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('rss-parser never finished with this input')), SETTLE_GUARD_MS);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

async function parse(xml) {
  // A new Parser every time: a reused one can hang and later resolve with another feed's items.
  const parser = new TolerantParser({ defaultRSS: 2, customFields: CUSTOM_FIELDS });
  const feed = await settleGuard(parser.parseString(xml));
  if (!feed || typeof feed !== 'object') throw new Error('rss-parser returned no feed');
  return slimFeed(feed);
}

function describe(error) {
  if (error instanceof Error) return { name: error.name || 'Error', message: String(error.message) };
  return { name: 'Error', message: String(error) };
}

parentPort.on('message', async (message) => {
  const id = message?.id;
  try {
    const feed = await parse(String(message?.xml ?? ''));
    parentPort.postMessage({ id, ok: true, feed });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, ...describe(error) });
  }
});

parentPort.postMessage({ ready: true });
