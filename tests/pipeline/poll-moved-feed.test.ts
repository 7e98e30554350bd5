/**
 * A feed that moved for good, polled for real: a server whose old path answers 301 to the new one.
 * The new path is requested directly only after three polls saw the same permanent redirect, and a
 * failure there sends the next poll back to the feed's own URL. Requests are counted per path.
 */
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAddressGuard } from '../../src/fetch/address-guard';
import { pollFeed } from '../../src/pipeline/poll-feed';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { MOVE_CONFIRMATIONS } from '../../src/schedule/poll-address';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { createHarness, type Harness } from '../support/pipeline-harness';
import { rssDocument, STORIES } from '../support/rss';

let server: FeedServer;
let harness: Harness | undefined;
let requests: Record<string, number>;
let newFails: boolean;

/** /old moved to /new for good; /new sends an ETag and honours it, or fails while `newFails`. */
function serveMovedFeed(): void {
  server.route('/old', (_req, res) => {
    requests['/old'] = (requests['/old'] ?? 0) + 1;
    res.writeHead(301, { location: '/new' }).end();
  });
  server.route('/new', (req, res) => {
    requests['/new'] = (requests['/new'] ?? 0) + 1;
    if (newFails) return void res.writeHead(503).end();
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end(rssDocument([STORIES.indictment]));
  });
}

beforeEach(async () => {
  server = await startFeedServer();
  requests = {};
  newFails = false;
  serveMovedFeed();
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await server.close();
});

describe('polling a feed that moved permanently', () => {
  it('polls the new address directly after three polls saw the move, and goes back to the old one when it fails', async () => {
    const old = `${server.base}/old`;
    harness = createHarness([{ url: old, name: 'Moved', enabled: true }]);
    const h = harness;
    const lines: Array<Record<string, unknown>> = [];
    const deps = { ...h.deps, log: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) }) };
    const tick = async () => (await pollFeeds(deps, h.feeds.enabled()))[0];
    const feed = () => h.feeds.byUrl(old)!;

    // A 200 then two 304s, each reached through the 301.
    expect(await tick()).toMatchObject({ status: 'ok', newStories: 1 });
    expect(await tick()).toMatchObject({ status: 'not-modified' });
    expect(feed()).toMatchObject({ pollUrl: null, movedTo: `${server.base}/new`, movedSeen: 2 });
    expect(requests).toEqual({ '/old': 2, '/new': 2 });
    expect(await tick()).toMatchObject({ status: 'not-modified' });
    expect(MOVE_CONFIRMATIONS).toBe(3);
    expect(feed()).toMatchObject({ url: old, pollUrl: `${server.base}/new`, movedTo: null, movedSeen: 0 });
    expect(requests).toEqual({ '/old': 3, '/new': 3 });
    expect(lines.filter((line) => line.msg === 'feed moved permanently')).toMatchObject([{ level: 30, feed: old, pollUrl: `${server.base}/new` }]);

    // The fourth poll asks the new address only, with the validators it had.
    expect(await tick()).toMatchObject({ feedUrl: old, status: 'not-modified' });
    expect(requests).toEqual({ '/old': 3, '/new': 4 });
    expect(server.lastHeaders('/new')?.['if-none-match']).toBe('"v1"');

    // The new address fails once: that poll is a failure, and the next goes back to the old URL.
    newFails = true;
    expect(await tick()).toMatchObject({ status: 'error' });
    expect(requests).toEqual({ '/old': 3, '/new': 5 });
    expect(feed()).toMatchObject({ pollUrl: null, movedTo: null, movedSeen: 0, consecutiveErrors: 1 });
    // Due at the next tick: the back-off was earned at the new address, not the old one.
    expect(feed().nextCheckAt).toBe(h.clock.now);
    expect(feed().lastError).toContain(`${server.base}/new`);
    expect(lines.filter((line) => line.msg === 'moved address failed; back to the feed’s own URL')).toMatchObject([{ feed: old, pollUrl: `${server.base}/new` }]);
    newFails = false;
    expect(await tick()).toMatchObject({ status: 'not-modified' });
    expect(requests).toEqual({ '/old': 4, '/new': 6 });
    expect(feed()).toMatchObject({ pollUrl: null, movedTo: `${server.base}/new`, movedSeen: 1, consecutiveErrors: 0 });
    // A failure at the feed's own url backs off as any feed's does.
    newFails = true;
    expect(await tick()).toMatchObject({ status: 'error' });
    expect(feed().nextCheckAt).toBeGreaterThan(h.clock.now);
    newFails = false;
    // Every story is the feed's, whichever address it came from.
    expect(h.db.prepare('SELECT DISTINCT feed_id FROM stories').pluck().all()).toEqual([feed().id]);
  });

  it('still puts a Discord user’s feed through the address guard at its new address', async () => {
    const port = new URL(server.base).port;
    harness = createHarness([]);
    const h = harness;
    const old = `http://localhost:${port}/old`;
    const moved = `http://localhost:${port}/new`;
    h.feeds.addUserFeed({ url: old, name: 'added by a user' }, h.clock.now);
    // An intranet feed the operator allowed: it moves within the allowed host.
    const allowed = { ...h.deps, guard: createAddressGuard(['localhost']) };
    for (let poll = 0; poll < MOVE_CONFIRMATIONS; poll++) expect(await pollFeed(allowed, h.feeds.byUrl(old)!)).toMatchObject({ status: expect.stringMatching(/^(ok|not-modified)$/) });
    expect(h.feeds.byUrl(old)!.pollUrl).toBe(moved);
    const before = { ...requests };

    // The allowance is withdrawn: the moved address is refused before any request.
    const strict = { ...h.deps, guard: createAddressGuard() };
    expect(await pollFeed(strict, h.feeds.byUrl(old)!)).toMatchObject({ status: 'error' });
    expect(h.feeds.byUrl(old)!.lastError).toMatch(new RegExp(`^fetch: refused to fetch ${moved.replace(/[.?]/g, '\\$&')}: (127\\.0\\.0\\.1|::1) is a loopback address`));
    expect(requests).toEqual(before);
    expect(h.feeds.byUrl(old)!.pollUrl).toBeNull();
  });
});
