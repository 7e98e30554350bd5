import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAddressGuard } from '../../src/fetch/address-guard';
import { pollFeed } from '../../src/pipeline/poll-feed';
import { NoticesRepo } from '../../src/store/notices-repo';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { createHarness, type Harness } from '../support/pipeline-harness';
import { rssDocument, STORIES } from '../support/rss';

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

/** One news item told twice: in English, and rewritten in Spanish (they cluster as a translation). */
const english = {
  guid: 'en-reward',
  title: 'U.S. raises reward for Nicolás Maduro to $50 million',
  text: 'The government of Nicolás Maduro faces a $50 million reward set by Washington on Friday, up from $15 million. The 2020 indictment is unchanged.',
  pubDate: 'Fri, 21 Nov 2025 10:00:00 GMT',
};
const spanish = {
  guid: 'es-recompensa',
  title: 'EE.UU. sube a 50 millones de dólares la recompensa por Nicolás Maduro',
  text: 'El gobierno de Nicolás Maduro enfrenta una recompensa de 50 millones de dólares fijada por Washington este viernes, frente a 15 millones antes. La acusación de 2020 no cambia.',
  pubDate: 'Fri, 21 Nov 2025 14:00:00 GMT',
};

const feedAt = (name: string) => harness!.feeds.byUrl(`${server.base}/${name}`)!;
const setup = (names: string[], settings: Record<string, unknown> = {}) => {
  harness = createHarness(names.map((name) => ({ url: `${server.base}/${name}`, name, enabled: true })), settings);
  return harness;
};

describe('pollFeed', () => {
  it('records a new feed silently, then alerts once for a new matching item, and never again', async () => {
    let items = [STORIES.plantains];
    server.route('/feed', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(items)));
    const h = setup(['feed']);

    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'ok', newStories: 1, alerts: 0, firstPoll: true });
    items = [STORIES.indictment, STORIES.plantains];
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'ok', newStories: 1, alerts: 1, firstPoll: false });
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'ok', newStories: 0, alerts: 0 });

    const pending = h.alerts.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.payload.title).toBe(STORIES.indictment.title);
    expect(pending[0]!.payload.claims.map((claim) => [claim.id, claim.stance])).toEqual([['state-cartel', 'asserts']]);
    expect(h.stories.count()).toBe(2);
  });

  it('alerts for the latest N matching items of a new feed when backfill is set', async () => {
    server.route('/feed', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.denial, STORIES.indictment, STORIES.plantains])));
    const h = setup(['feed'], { poll: { backfill: 1 } });
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ alerts: 1 });
    expect(h.alerts.pending().map((alert) => alert.payload.title)).toEqual([STORIES.denial.title]);
  });

  it('stores ETag and Last-Modified and makes a 304 cost nothing', async () => {
    let requests = 0;
    server.route('/feed', (req, res) => {
      requests++;
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 17 Nov 2025 10:00:00 GMT' }).end(rssDocument([STORIES.indictment]));
    });
    const h = setup(['feed']);
    await pollFeed(h.deps, feedAt('feed'));
    expect(feedAt('feed')).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 17 Nov 2025 10:00:00 GMT' });
    expect(await pollFeed(h.deps, feedAt('feed'))).toEqual({ feedUrl: `${server.base}/feed`, status: 'not-modified' });
    expect(server.lastHeaders('/feed')?.['if-modified-since']).toBe('Mon, 17 Nov 2025 10:00:00 GMT');
    expect(requests).toBe(2);
    expect(feedAt('feed').nextCheckAt).toBe(h.clock.now + h.settings.poll.interval * 1000);
  });

  it('renews validators: a 304 replaces those it carries, a 200 clears one it no longer sends', async () => {
    const served: Array<{ etag: string | null; since: string | null }> = [];
    let step = 0;
    server.route('/feed', (req, res) => {
      served.push({ etag: (req.headers['if-none-match'] as string | undefined) ?? null, since: req.headers['if-modified-since'] ?? null });
      step++;
      if (step === 1) return void res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 17 Nov 2025 10:00:00 GMT' }).end(rssDocument([STORIES.indictment]));
      if (step === 2) return void res.writeHead(304, { etag: '"v2"' }).end();
      // Moved behind a cache that sends no ETag, only a newer Last-Modified.
      if (step === 3) return void res.writeHead(200, { 'last-modified': 'Tue, 18 Nov 2025 10:00:00 GMT' }).end(rssDocument([STORIES.indictment]));
      res.writeHead(304).end();
    });
    const h = setup(['feed']);
    await pollFeed(h.deps, feedAt('feed'));
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'not-modified' });
    expect(feedAt('feed')).toMatchObject({ etag: '"v2"', lastModified: 'Mon, 17 Nov 2025 10:00:00 GMT' });
    await pollFeed(h.deps, feedAt('feed'));
    expect(feedAt('feed')).toMatchObject({ etag: null, lastModified: 'Tue, 18 Nov 2025 10:00:00 GMT' });
    await pollFeed(h.deps, feedAt('feed'));
    expect(served).toEqual([
      { etag: null, since: null },
      { etag: '"v1"', since: 'Mon, 17 Nov 2025 10:00:00 GMT' },
      { etag: '"v2"', since: 'Mon, 17 Nov 2025 10:00:00 GMT' },
      { etag: null, since: 'Tue, 18 Nov 2025 10:00:00 GMT' },
    ]);
  });

  it('does not take a 304 to a request without validators for the first poll, nor its validators', async () => {
    let requests = 0;
    server.route('/feed', (_req, res) => {
      requests++;
      // A cache in front of the feed answering 304 to an unconditional request.
      if (requests === 1) return void res.writeHead(304, { etag: '"cached"' }).end();
      res.writeHead(200).end(rssDocument([STORIES.indictment, STORIES.denial]));
    });
    const h = setup(['feed']);
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'not-modified' });
    expect(feedAt('feed')).toMatchObject({ firstPolledAt: null, etag: null });
    // The first body is still the first poll: its back catalogue is recorded without alerting.
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'ok', firstPoll: true, alerts: 0 });
    expect(h.alerts.pendingCount()).toBe(0);
  });

  it('waits out a 429 for at least its Retry-After and records the error in words', async () => {
    server.route('/feed', (_req, res) => res.writeHead(429, { 'retry-after': '7200' }).end());
    const h = setup(['feed']);
    const outcome = await pollFeed(h.deps, feedAt('feed'));
    expect(outcome).toMatchObject({ status: 'error', disabled: false });
    const feed = feedAt('feed');
    expect(feed.lastError).toContain('429');
    expect(feed.lastError).toContain(`${server.base}/feed`);
    expect(feed.nextCheckAt).toBe(h.clock.now + 7200 * 1000);
  });

  it('backs off exponentially on 500s and disables the feed after maxErrors, with the reason', async () => {
    server.route('/feed', (_req, res) => res.writeHead(500).end('boom'));
    const h = setup(['feed'], { poll: { maxErrors: 3, interval: 60 } });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await pollFeed(h.deps, feedAt('feed'));
      waits.push(feedAt('feed').nextCheckAt - h.clock.now);
    }
    expect(waits).toEqual([60_000, 120_000, 240_000]);
    const feed = feedAt('feed');
    expect(feed.enabled).toBe(false);
    expect(feed.consecutiveErrors).toBe(3);
    expect(feed.disabledReason).toMatch(/^disabled after 3 consecutive failures; last: fetch: HTTP 500/);
  });

  it('cuts a slow server at the deadline', async () => {
    server.route('/feed', (_req, res) => {
      res.writeHead(200);
      res.write('<rss version="2.0"><channel>');
      const timer = setInterval(() => res.write(' '), 200);
      res.on('close', () => clearInterval(timer));
    });
    const h = setup(['feed'], { poll: { timeout: 1 } });
    const outcome = await pollFeed(h.deps, feedAt('feed'));
    expect(outcome).toMatchObject({ status: 'error' });
    expect(feedAt('feed').lastError).toMatch(/no complete response within 1 s/);
  });

  it('reads gzip bodies, follows a redirect and decodes ISO-8859-1', async () => {
    const latin = rssDocument([{ guid: 'acc', title: 'Alcalá y Cabello en la Asamblea', text: 'Clíver Alcalá habló.' }], { encoding: 'ISO-8859-1' });
    server.route('/latin', (_req, res) => res.writeHead(200, { 'content-type': 'application/xml; charset=ISO-8859-1' }).end(Buffer.from(latin, 'latin1')));
    server.route('/gzip', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(rssDocument([STORIES.indictment]))));
    server.route('/old', (_req, res) => res.writeHead(301, { location: '/gzip' }).end());
    const h = setup(['latin', 'old']);
    expect(await pollFeed(h.deps, feedAt('latin'))).toMatchObject({ status: 'ok', items: 1 });
    expect(await pollFeed(h.deps, feedAt('old'))).toMatchObject({ status: 'ok', items: 1 });
    const title = h.db.prepare("SELECT title FROM stories WHERE guid = 'acc'").pluck().get();
    expect(title).toBe('Alcalá y Cabello en la Asamblea');
  });

  it('reports an HTML page where a feed was expected as such', async () => {
    server.route('/feed', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>'));
    const h = setup(['feed']);
    expect(await pollFeed(h.deps, feedAt('feed'))).toMatchObject({ status: 'error' });
    expect(feedAt('feed').lastError).toMatch(/HTML page/);
  });

  it('alerts once when two feeds carry the same article link', async () => {
    const shared = { ...STORIES.denial, link: 'https://outlet.example/story?utm_source=rss' };
    server.route('/a', (_req, res) => res.writeHead(200).end(rssDocument([{ ...shared, guid: 'a-1' }])));
    server.route('/b', (_req, res) => res.writeHead(200).end(rssDocument([{ ...shared, guid: 'b-9', link: 'https://outlet.example/story' }])));
    const h = setup(['a', 'b']);
    h.db.prepare('UPDATE feeds SET first_polled_at = 1').run();
    await pollFeed(h.deps, feedAt('a'));
    await pollFeed(h.deps, feedAt('b'));
    expect(h.alerts.pendingCount()).toBe(1);
    expect(h.stories.count()).toBe(2);
  });

  it('alerts for each story of a feed that links every item to one page, and for a story that links to a front page another feed stored', async () => {
    const page = 'https://ministerio.example/noticias';
    let items = [{ ...STORIES.plantains, link: page }];
    server.route('/ministry', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(items)));
    server.route('/portal', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument([{ ...STORIES.plantains, guid: 'portal-1', link: 'https://ministerio.example/' }])));
    const h = setup(['ministry', 'portal']);
    await pollFeed(h.deps, feedAt('portal'));
    await pollFeed(h.deps, feedAt('ministry'));
    items = [{ ...STORIES.indictment, link: page }, { ...STORIES.denial, link: 'https://ministerio.example/' }, ...items];
    expect(await pollFeed(h.deps, feedAt('ministry'))).toMatchObject({ status: 'ok', newStories: 2, alerts: 2 });
    expect(h.alerts.pending().map((alert) => alert.payload.title)).toEqual([STORIES.indictment.title, STORIES.denial.title]);
  });

  it('gathers the same news from a second outlet, even translated, under the first alert', async () => {
    const otherNews = {
      guid: 'en-ballpark',
      title: 'Nicolás Maduro opens baseball season in Caracas',
      text: 'The president threw the first pitch before 18,000 fans. The home side won 7 to 3.',
      pubDate: 'Fri, 21 Nov 2025 15:00:00 GMT',
    };
    server.route('/en', (_req, res) => res.writeHead(200).end(rssDocument([english])));
    server.route('/es', (_req, res) => res.writeHead(200).end(rssDocument([spanish, otherNews])));
    const h = setup(['en', 'es']);
    h.db.prepare('UPDATE feeds SET first_polled_at = 1').run();
    await pollFeed(h.deps, feedAt('en'));
    await pollFeed(h.deps, feedAt('es'));

    expect(h.alerts.pending().map((alert) => alert.payload.title)).toEqual([english.title, otherNews.title]);
    const outlets = h.db.prepare('SELECT a.story_id AS root, o.feed_name AS feed, o.title FROM alert_outlets o JOIN alerts a ON a.id = o.alert_id').all();
    expect(outlets).toEqual([{ root: expect.stringMatching(/^g:/), feed: 'es', title: spanish.title }]);
    const clustered = h.db.prepare("SELECT cluster_of FROM stories WHERE guid = 'es-recompensa'").pluck().get();
    expect(clustered).toBe(h.alerts.pending()[0]!.storyId);
  });

  it("alerts for news a new feed's first poll recorded silently, and gathers later copies under that alert", async () => {
    const reprint = { ...spanish, guid: 'wire-recompensa', link: 'https://wire.example/recompensa' };
    let spanishItems: typeof spanish[] = [];
    server.route('/new', (_req, res) => res.writeHead(200).end(rssDocument([english])));
    server.route('/es', (_req, res) => res.writeHead(200).end(rssDocument(spanishItems)));
    server.route('/wire', (_req, res) => res.writeHead(200).end(rssDocument([reprint])));
    const h = setup(['new', 'es', 'wire']);
    h.db.prepare("UPDATE feeds SET first_polled_at = 1 WHERE name IN ('es', 'wire')").run();

    // A feed just added: its back catalogue is recorded without alerting (backfill 0).
    expect(await pollFeed(h.deps, feedAt('new'))).toMatchObject({ firstPoll: true, alerts: 0 });
    // An established feed brings the same news: nobody was told yet, so it alerts.
    spanishItems = [spanish];
    expect(await pollFeed(h.deps, feedAt('es'))).toMatchObject({ firstPoll: false, alerts: 1 });
    // A third outlet joins that alert instead of making another.
    expect(await pollFeed(h.deps, feedAt('wire'))).toMatchObject({ firstPoll: false, alerts: 0 });

    const [alert, ...others] = h.alerts.pending();
    expect(others).toEqual([]);
    expect(alert!.payload.title).toBe(spanish.title);
    expect(alert!.payload.outlets).toEqual([{ feedName: 'wire', url: reprint.link, title: reprint.title }]);
  });

  it('polls a feed a Discord user added only if its address is public; feeds.yaml feeds are trusted', async () => {
    server.route('/feed', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
    const h = setup(['feed']);
    h.feeds.addUserFeed({ url: `${server.base}/user-feed`, name: 'added by a user' }, h.clock.now);
    const deps = { ...h.deps, guard: createAddressGuard() };
    expect(await pollFeed(deps, feedAt('feed'))).toMatchObject({ status: 'ok' });
    expect(await pollFeed(deps, feedAt('user-feed'))).toMatchObject({ status: 'error' });
    expect(feedAt('user-feed').lastError).toBe(`fetch: refused to fetch ${server.base}/user-feed: 127.0.0.1 is a loopback address, not a public address`);
  });

  it('queues and logs a health notice with the poll that changes the feed’s health, a 304 included', async () => {
    let status = 200;
    server.route('/feed', (req, res) => {
      if (status !== 200) return void res.writeHead(status).end();
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"' }).end(rssDocument([STORIES.indictment]));
    });
    const h = setup(['feed']);
    const lines: string[] = [];
    const deps = { ...h.deps, log: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) };
    const changes = () => lines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'feed health changed').map(({ feed, notice }) => ({ feed, notice }));
    const notices = new NoticesRepo(h.db);
    const url = `${server.base}/feed`;

    await pollFeed(deps, feedAt('feed'));
    status = 503;
    await pollFeed(deps, feedAt('feed'));
    await pollFeed(deps, feedAt('feed'));
    status = 200;
    expect(await pollFeed(deps, feedAt('feed'))).toMatchObject({ status: 'not-modified' });
    expect(notices.pending().map(({ notice }) => [notice.kind, notice.failures])).toEqual([
      ['failing', 1],
      ['recovered', 2],
    ]);
    expect(changes()).toEqual([
      { feed: url, notice: 'failing' },
      { feed: url, notice: 'recovered' },
    ]);
  });
});
