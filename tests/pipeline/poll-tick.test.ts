import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { toFtsQuery } from '../../src/store/fts-query';
import { SearchRepo } from '../../src/store/search-repo';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { createHarness, type Harness } from '../support/pipeline-harness';
import { rssDocument, STORIES } from '../support/rss';
import { fileAndPageBytes } from '../support/store-fixtures';

/** The indictment reprinted by another outlet: a near-duplicate under another link. */
const reprint = { ...STORIES.indictment, guid: 'wire-copy', link: 'https://other.example/wire-copy' };

let server: FeedServer;
let harness: Harness | undefined;

beforeEach(async () => {
  server = await startFeedServer();
});

afterEach(async () => {
  await harness?.close();
  await server.close();
});

describe('pollFeeds', () => {
  it('keeps polling the other feeds when some fail, and reports each outcome in order', async () => {
    server.route('/good', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
    server.route('/broken', (_req, res) => res.writeHead(500).end());
    server.route('/json', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[]}'));
    server.route('/also-good', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.denial])));
    harness = createHarness(['good', 'broken', 'json', 'also-good'].map((name) => ({ url: `${server.base}/${name}`, enabled: true })));
    harness.db.prepare('UPDATE feeds SET first_polled_at = 1').run();

    const outcomes = await pollFeeds(harness.deps, harness.feeds.enabled());
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['ok', 'error', 'error', 'ok']);
    expect(harness.alerts.pendingCount()).toBe(2);
    expect(harness.feeds.byUrl(`${server.base}/json`)!.lastError).toMatch(/JSON/);
  });

  it('checkpoints once the tick has stored everything: the database file holds every page', async () => {
    server.route('/good', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment, STORIES.denial])));
    harness = createHarness([{ url: `${server.base}/good`, enabled: true }]);
    const before = fileAndPageBytes(harness.db);
    expect(before.file).toBeLessThan(before.pages);
    await pollFeeds(harness.deps, harness.feeds.enabled());
    const after = fileAndPageBytes(harness.db);
    expect(after.file).toBe(after.pages);
  });

  it('indexes the stories of every feed for /search once the tick has stored them all', async () => {
    server.route('/first', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
    server.route('/second', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.denial])));
    harness = createHarness(['first', 'second'].map((name) => ({ url: `${server.base}/${name}`, enabled: true })));
    await pollFeeds(harness.deps, harness.feeds.enabled());
    const search = new SearchRepo(harness.db);
    const guidsOf = (words: string): string[] =>
      search.search(toFtsQuery(words)!, { limit: 10, offset: 0 }).hits.map((hit) => harness!.db.prepare('SELECT guid FROM stories WHERE id = ?').pluck().get(hit.id) as string);
    expect(guidsOf(STORIES.indictment.title)).toEqual([STORIES.indictment.guid]);
    expect(guidsOf(STORIES.denial.title)).toEqual([STORIES.denial.guid]);
  });

  it('gathers the same news from two feeds of one tick under the first story, one alert between them', async () => {
    server.route('/first', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
    server.route('/second', (_req, res) => res.writeHead(200).end(rssDocument([reprint])));
    harness = createHarness(['first', 'second'].map((name) => ({ url: `${server.base}/${name}`, enabled: true })));
    harness.db.prepare('UPDATE feeds SET first_polled_at = 1').run();

    const outcomes = await pollFeeds(harness.deps, harness.feeds.enabled());
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['ok', 'ok']);
    expect(harness.alerts.pendingCount()).toBe(1);
    const rows = harness.db.prepare('SELECT s.guid, r.guid AS root FROM stories s LEFT JOIN stories r ON r.id = s.cluster_of ORDER BY s.guid').all();
    expect(rows).toEqual([
      { guid: STORIES.indictment.guid, root: null },
      { guid: 'wire-copy', root: STORIES.indictment.guid },
    ]);
  });

  it('lets an established feed alert for news a new feed of the same tick recorded silently', async () => {
    server.route('/new', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
    server.route('/established', (_req, res) => res.writeHead(200).end(rssDocument([reprint])));
    // One feed at a time, the new one first: its silent story is in the tick's window before the copy comes.
    harness = createHarness(['new', 'established'].map((name) => ({ url: `${server.base}/${name}`, enabled: true })), { poll: { concurrency: 1 } });
    harness.db.prepare('UPDATE feeds SET first_polled_at = 1 WHERE url = ?').run(`${server.base}/established`);

    const outcomes = await pollFeeds(harness.deps, harness.feeds.enabled());
    expect(outcomes.map((outcome) => outcome.status === 'ok' && outcome.firstPoll)).toEqual([true, false]);
    expect(harness.alerts.pending().map((alert) => alert.payload.url)).toEqual([reprint.link]);
    expect(harness.db.prepare("SELECT cluster_of FROM stories WHERE guid = 'wire-copy'").pluck().get()).toBeNull();
  });
});
