/**
 * pollFeedsWithHealth against a real feed server on 127.0.0.1 and a real store: a feed's state
 * change (starts failing, gets disabled, recovers) queues exactly one health notice, dated by the
 * poll that changed it; failing again, succeeding again or a cancelled tick queue nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollFeedsWithHealth } from '../../src/pipeline/poll-with-health';
import { NoticesRepo } from '../../src/store/notices-repo';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { createHarness, type Harness } from '../support/pipeline-harness';
import { rssDocument, STORIES } from '../support/rss';

const MINUTE = 60_000;

let server: FeedServer;
let harness: Harness | undefined;
let notices: NoticesRepo;

beforeEach(async () => {
  server = await startFeedServer();
  server.route('/good', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument([STORIES.denial])));
  server.route('/broken', (_req, res) => res.writeHead(503).end());
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await server.close();
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
  return pollFeedsWithHealth(deps, notices, h.feeds.enabled());
}

const queued = () => notices.pending().map((pending) => pending.notice);

describe('pollFeedsWithHealth', () => {
  it('returns the tick’s outcomes in feed order, and notices nothing while feeds stay healthy', async () => {
    const h = setup(['good', 'also-good']);
    server.route('/also-good', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
    const outcomes = await tickAt(h, h.clock.now);
    expect(outcomes.map((outcome) => [outcome.feedUrl, outcome.status])).toEqual([
      [urlOf('good'), 'ok'],
      [urlOf('also-good'), 'ok'],
    ]);
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
});
