import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { toFtsQuery } from '../../src/store/fts-query';
import { NoticesRepo } from '../../src/store/notices-repo';
import { SearchRepo } from '../../src/store/search-repo';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { createHarness, type Harness } from '../support/pipeline-harness';
import { rssDocument, STORIES } from '../support/rss';
import { fileAndPageBytes } from '../support/store-fixtures';

/** The indictment reprinted by another outlet: a near-duplicate under another link. */
const reprint = { ...STORIES.indictment, guid: 'wire-copy', link: 'https://other.example/wire-copy' };
const MINUTE = 60_000;

let server: FeedServer;
let harness: Harness | undefined;

beforeEach(async () => {
  server = await startFeedServer();
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
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

/**
 * Feed health notices over ticks: a feed's state change (starts failing, gets disabled, recovers)
 * queues exactly one notice, dated by the poll that changed it; failing again, succeeding again or a
 * cancelled tick queue nothing. A notice is stored with the change, so a tick that dies after it keeps it.
 */
describe('pollFeeds: feed health notices', () => {
  let notices: NoticesRepo;

  beforeEach(() => {
    server.route('/good', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument([STORIES.denial])));
    server.route('/broken', (_req, res) => res.writeHead(503).end());
  });

  const urlOf = (name: string) => `${server.base}/${name}`;

  function setup(names: string[], settings: Record<string, unknown> = {}): Harness {
    harness = createHarness(names.map((name) => ({ url: urlOf(name), name, enabled: true })), settings);
    notices = new NoticesRepo(harness.db);
    return harness;
  }

  /** One tick at `at` over the enabled feeds, as the scheduler runs it. */
  async function tickAt(h: Harness, at: number, deps = h.deps) {
    h.clock.now = at;
    return pollFeeds(deps, h.feeds.enabled());
  }

  const queued = () => notices.pending().map((pending) => pending.notice);

  it('notices nothing while feeds stay healthy', async () => {
    const h = setup(['good']);
    await tickAt(h, h.clock.now);
    await tickAt(h, h.clock.now + 10 * MINUTE);
    expect(notices.pendingCount()).toBe(0);
  });

  it('notices a feed that starts failing once, with its error, its failure count and the poll’s time', async () => {
    const h = setup(['good', 'broken']);
    const first = h.clock.now + MINUTE;
    const outcomes = await tickAt(h, first);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['ok', 'error']);
    const lastError = h.feeds.byUrl(urlOf('broken'))!.lastError;
    expect(lastError).toContain('HTTP 503');
    expect(queued()).toEqual([{ kind: 'failing', feedUrl: urlOf('broken'), feedName: 'broken', detail: lastError, failures: 1, at: first }]);

    // Failing again is not news.
    await tickAt(h, first + 10 * MINUTE);
    expect(h.feeds.byUrl(urlOf('broken'))!.consecutiveErrors).toBe(2);
    expect(notices.pendingCount()).toBe(1);
  });

  it('notices the recovery with the failures it recovered from and no detail', async () => {
    let failing = true;
    server.route('/flaky', (_req, res) => (failing ? res.writeHead(502).end() : res.writeHead(200).end(rssDocument([STORIES.denial]))));
    const h = setup(['flaky']);
    const start = h.clock.now;
    await tickAt(h, start);
    await tickAt(h, start + 10 * MINUTE);
    await tickAt(h, start + 20 * MINUTE);
    failing = false;
    await tickAt(h, start + 30 * MINUTE);
    expect(queued().map((notice) => [notice.kind, notice.failures, notice.at])).toEqual([
      ['failing', 1, start],
      ['recovered', 3, start + 30 * MINUTE],
    ]);
    expect(queued()[1]).toMatchObject({ feedUrl: urlOf('flaky'), feedName: 'flaky', detail: null });

    // Succeeding again is not news either.
    await tickAt(h, start + 40 * MINUTE);
    expect(notices.pendingCount()).toBe(2);
  });

  it('gives a feed disabled by the poll that first failed one notice, disabled, with the reason', async () => {
    const h = setup(['broken'], { poll: { maxErrors: 1 } });
    await tickAt(h, h.clock.now);
    const feed = h.feeds.byUrl(urlOf('broken'))!;
    expect(feed.enabled).toBe(false);
    expect(feed.disabledReason).toMatch(/^disabled after 1 consecutive failures; last: .*HTTP 503/);
    expect(queued()).toEqual([{ kind: 'disabled', feedUrl: urlOf('broken'), feedName: 'broken', detail: feed.disabledReason, failures: 1, at: h.clock.now }]);
  });

  it('notices nothing for a cancelled tick, which leaves every feed as it was', async () => {
    const h = setup(['good', 'broken']);
    await tickAt(h, h.clock.now);
    expect(notices.pendingCount()).toBe(1);
    const shutdown = new AbortController();
    shutdown.abort();
    const outcomes = await tickAt(h, h.clock.now + 10 * MINUTE, { ...h.deps, signal: shutdown.signal });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['cancelled', 'cancelled']);
    expect(h.feeds.byUrl(urlOf('broken'))!.consecutiveErrors).toBe(1);
    expect(notices.pendingCount()).toBe(1);
  });

  it('keeps the notice of a feed disabled earlier in a tick that then dies of a store failure', async () => {
    // The second feed's answer comes once the database stopped taking writes (query_only fails them
    // with SQLITE_READONLY, as a read-only file would): its store throws and ends the tick.
    server.route('/store-dies', (_req, res) => {
      harness!.db.pragma('query_only = ON');
      res.writeHead(200).end(rssDocument([STORIES.indictment]));
    });
    const h = setup(['broken', 'store-dies'], { poll: { maxErrors: 1, concurrency: 1 } });
    await expect(tickAt(h, h.clock.now)).rejects.toThrow(/SQLITE_READONLY/);
    h.db.pragma('query_only = OFF');
    expect(h.feeds.byUrl(urlOf('broken'))!.enabled).toBe(false);
    expect(queued()).toEqual([expect.objectContaining({ kind: 'disabled', feedUrl: urlOf('broken'), failures: 1 })]);
    // The next tick starts from the disabled row; the notice it could no longer work out is there.
    expect(h.feeds.due(h.clock.now + 10 * MINUTE).map((feed) => feed.url)).toEqual([urlOf('store-dies')]);
  });
});
