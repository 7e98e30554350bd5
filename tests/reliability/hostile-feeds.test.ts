/**
 * Hostile servers and bodies, served on 127.0.0.1: each ends in a clear error on its own feed (or in
 * a harmless result), bounded by the fetch deadline, the size cap and the parse worker's limits, and
 * the healthy feeds polled in the same tick are unaffected. Time and memory per case are printed.
 */
import { gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeed } from '../../src/pipeline/poll-feed';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { createHarness, type Harness } from '../support/pipeline-harness';
import { rssDocument, STORIES } from '../support/rss';

const MB = 1024 * 1024;

function endless(res: ServerResponse, chunk: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const write = (): void => {
    while (res.write(chunk)) if (res.destroyed) return;
    res.once('drain', write);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  write();
}

const itemWith = (description: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><description>${description}</description></item></channel></rss>`;

/** name → [handler, what the outcome must show] */
const HOSTILE: Record<string, [(res: ServerResponse) => void, RegExp]> = {
  'endless body': [(res) => endless(res, Buffer.alloc(64 * 1024, 0x20)), /body larger than 10 MB|no complete response/],
  '50 MB body': [(res) => res.writeHead(200, { 'content-length': String(50 * MB) }).end(Buffer.alloc(50 * MB, 0x20)), /body larger than 10 MB/],
  'gzip bomb': [(res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(GZIP_BOMB), /body larger than 10 MB/],
  'one byte a second': [
    (res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('<'), 1000);
      res.on('close', () => clearInterval(timer));
    },
    /no complete response within 2 s/,
  ],
  'redirect loop': [(res) => res.writeHead(302, { location: '/hostile/redirect%20loop' }).end(), /redirect/i],
  'redirect to file:': [(res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(), /only http and https are followed/],
  'snippet blow-up': [(res) => res.writeHead(200).end(itemWith('&lt;p'.repeat(40_000))), /parse: gave up after 1000 ms/],
  'deep nesting': [(res) => res.writeHead(200).end(`<rss version="2.0"><channel>${'<a>'.repeat(200_000)}</channel></rss>`), /parse: /],
  'entity expansion': [
    (res) =>
      res.writeHead(200).end(
        `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><rss version="2.0"><channel><title>t</title><item><title>&g;</title><description>&g;</description></item></channel></rss>`,
      ),
    /^(ok|parse: .*)$/,
  ],
  'invalid UTF-8': [(res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(Buffer.concat([Buffer.from(itemWith('caf')), Buffer.from([0xc3, 0x28, 0xff])])), /^(ok|parse: .*)$/],
  'invalid UTF-16': [(res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-16' }).end(Buffer.from([0xff, 0xfe, 0x3c, 0x00, 0x00, 0xd8, 0x72])), /^parse: /],
  'HTML page': [(res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><head><title>Home</title></head><body>news</body></html>'), /HTML page/],
  'JSON document': [(res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[{"title":"x"}]}'), /JSON/],
  'Cloudflare challenge': [
    (res) => res.writeHead(503, { server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f' }).end('<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>'),
    /HTTP 503/,
  ],
};
const GZIP_BOMB = gzipSync(Buffer.alloc(200 * MB));

let server: FeedServer;
let harness: Harness;
const url = (name: string): string => `${server.base}/hostile/${encodeURIComponent(name)}`;

beforeAll(async () => {
  server = await startFeedServer();
  for (const [name, [handler]] of Object.entries(HOSTILE)) server.route(`/hostile/${encodeURIComponent(name)}`, (_req, res) => handler(res));
  server.route('/healthy/a', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.indictment])));
  server.route('/healthy/b', (_req, res) => res.writeHead(200).end(rssDocument([STORIES.denial])));
  const feeds = [...Object.keys(HOSTILE).map((name) => ({ url: url(name), name, enabled: true })), { url: `${server.base}/healthy/a`, enabled: true }, { url: `${server.base}/healthy/b`, enabled: true }];
  harness = createHarness(feeds, { poll: { timeout: 2, maxErrors: 100 }, parse: { timeout: 1000 } });
  harness.db.prepare('UPDATE feeds SET first_polled_at = 1').run();
});

afterAll(async () => {
  await harness.close();
  await server.close();
});

describe('hostile feeds', () => {
  it.each(Object.keys(HOSTILE))('%s ends in a clear outcome on its own feed', async (name) => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const outcome = await pollFeed(harness.deps, harness.feeds.byUrl(url(name))!);
    const seconds = (performance.now() - started) / 1000;
    const extraMb = (process.memoryUsage().rss - before) / MB;
    const shown = outcome.status === 'error' ? outcome.error : outcome.status;
    console.info(`hostile: ${name}: ${seconds.toFixed(2)} s, RSS ${extraMb >= 0 ? '+' : ''}${extraMb.toFixed(0)} MB: ${shown.slice(0, 110)}`);
    expect(shown).toMatch(HOSTILE[name]![1]);
  });

  it('leaves the healthy feeds of the same tick unaffected', async () => {
    harness.db.prepare('UPDATE feeds SET next_check_at = 0, enabled = 1').run();
    const outcomes = await pollFeeds(harness.deps, harness.feeds.due(harness.clock.now));
    const healthy = outcomes.filter((outcome) => outcome.feedUrl.includes('/healthy/'));
    expect(healthy.map((outcome) => outcome.status)).toEqual(['ok', 'ok']);
    expect(harness.alerts.pending().map((alert) => alert.payload.title).sort()).toEqual([STORIES.denial.title, STORIES.indictment.title].sort());
    expect(outcomes).toHaveLength(Object.keys(HOSTILE).length + 2);
  }, 60_000);
});
