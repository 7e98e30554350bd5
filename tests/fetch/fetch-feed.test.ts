import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ACCEPT, fetchFeed } from '../../src/fetch/fetch-feed';
import type { FetchOptions, FetchResult } from '../../src/fetch/fetch-feed';
import { HttpStatusError } from '../../src/fetch/errors';
import { startFeedServer } from '../support/feed-server';
import type { FeedServer, Handler } from '../support/feed-server';

const options: FetchOptions = { timeoutMs: 5000, maxBytes: 1024 * 1024, maxRedirects: 3, userAgent: 'vigia-test/1.0' };
const FEED = '<?xml version="1.0"?><rss><channel><title>Año nuevo en Caracas: educación y niños</title></channel></rss>';
// Many zlib output chunks once inflated, and more bytes on the wire than one socket read.
const BIG = `<rss><channel>${Array.from({ length: 20_000 }, (_, i) => `<item><guid>${i}</guid></item>`).join('')}</channel></rss>`;

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/feed', (_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      'last-modified': 'Tue, 01 Jul 2025 10:00:00 GMT',
      'cache-control': 'public, max-age=300',
    });
    res.end(FEED);
  });
  server.route('/conditional', (req, res) => {
    const fresh = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] !== undefined;
    if (fresh) res.writeHead(304, { etag: '"v1"', 'cache-control': 'max-age=60' }).end();
    else res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end(FEED);
  });
  server.route('/renewed', (_req, res) => res.writeHead(304, { etag: '"v2"', 'last-modified': 'Wed, 02 Jul 2025 08:00:00 GMT' }).end());
  server.route('/no-cache', (_req, res) => res.writeHead(200, { 'cache-control': 'no-cache, max-age=300' }).end(FEED));
  const compressed = {
    gzip: gzipSync(Buffer.from(FEED)),
    deflate: deflateSync(Buffer.from(FEED)),
    br: brotliCompressSync(Buffer.from(FEED)),
  };
  for (const [encoding, body] of Object.entries(compressed)) {
    server.route(`/${encoding}`, (_req, res) => {
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(body);
    });
  }
  const encoded =
    (encoding: string, body: Buffer, status = 200): Handler =>
    (_req, res) =>
      res.writeHead(status, { 'content-encoding': encoding, 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  server.route('/x-gzip', encoded('x-gzip', compressed.gzip));
  server.route('/GZIP', encoded('GZIP', compressed.gzip));
  server.route('/raw-deflate', encoded('deflate', deflateRawSync(Buffer.from(FEED))));
  // Listed in the order applied: gzip first, then br, so br comes off first.
  server.route('/gzip-then-br', encoded('gzip, br', brotliCompressSync(compressed.gzip)));
  server.route('/identity-listed', encoded('identity, gzip', compressed.gzip));
  server.route('/two-gzip-members', encoded('gzip', Buffer.concat([gzipSync(FEED.slice(0, 40)), gzipSync(FEED.slice(40))])));
  server.route('/big-gzip', encoded('gzip', gzipSync(BIG)));
  server.route('/unknown-coding', encoded('zstd', Buffer.from(FEED)));
  server.route('/empty-gzip', encoded('gzip', Buffer.alloc(0)));
  server.route('/no-content-gzip', encoded('gzip', Buffer.alloc(0), 204));
  server.route('/gzip-redirect', (_req, res) => res.writeHead(302, { location: '/gzip', 'content-encoding': 'gzip' }).end('not gzip'));
  server.route('/gzip-error', (_req, res) => res.writeHead(503, 'Back Soon', { 'content-encoding': 'gzip' }).end('not gzip'));
  server.route('/latin1', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' });
    res.end(Buffer.from('<rss><title>Año nuevo, educación, niño, ¿qué pasó?</title></rss>', 'latin1'));
  });
  server.route('/cp1252', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    // One byte per character, as windows-1252: «, ó, », ñ are not valid UTF-8 on their own.
    res.end(Buffer.from('<rss><title>«Canción» de año nuevo</title></rss>', 'latin1'));
  });
  server.route('/429', (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'));
  server.route('/503', (_req, res) => {
    const inAnHour = new Date(Date.now() + 3600_000).toUTCString();
    res.writeHead(503, { 'retry-after': inAnHour }).end('maintenance');
  });
  server.route('/500', (_req, res) => res.writeHead(500).end('boom'));
  server.route('/429-own-phrase', (_req, res) => res.writeHead(429, 'Slow Down').end());
  // Redirect chains, named by their hops' statuses; each ends at /feed (or /conditional).
  const hop = (status: number, location: string): Handler => (_req, res) => res.writeHead(status, { location }).end();
  server.route('/301', hop(301, '/feed'));
  server.route('/308-308', hop(308, '/308'));
  server.route('/308', hop(308, `${server.base}/feed`));
  server.route('/301-302', hop(301, '/302'));
  server.route('/302', hop(302, '/feed'));
  server.route('/308-307', hop(308, '/307'));
  server.route('/307', hop(307, '/feed'));
  server.route('/303', hop(303, '/feed'));
  server.route('/301-to-conditional', hop(301, '/conditional'));
});

afterAll(() => server.close());

function expectOk(result: FetchResult): Extract<FetchResult, { kind: 'ok' }> {
  if (result.kind !== 'ok') throw new Error(`expected an ok result, got ${result.kind}`);
  return result;
}

async function httpFailure(path: string): Promise<HttpStatusError> {
  const error: unknown = await fetchFeed({ url: server.base + path }, options).then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpStatusError);
  return error as HttpStatusError;
}

describe('fetchFeed: successful responses', () => {
  it('returns the body, validators and cache hint of a 200', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/feed` }, options));
    expect(result).toMatchObject({
      finalUrl: `${server.base}/feed`,
      status: 200,
      text: FEED,
      charset: 'utf-8',
      charsetSource: 'http',
      etag: '"v1"',
      lastModified: 'Tue, 01 Jul 2025 10:00:00 GMT',
      cacheMaxAgeSeconds: 300,
      bytes: Buffer.byteLength(FEED),
      contentType: 'application/rss+xml; charset=utf-8',
    });
  });

  it('sends the user agent, feed Accept and compression headers', async () => {
    await fetchFeed({ url: `${server.base}/feed` }, options);
    const sent = server.lastHeaders('/feed');
    expect(sent?.['user-agent']).toBe('vigia-test/1.0');
    expect(sent?.accept).toBe(FEED_ACCEPT);
    expect(sent?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent?.['if-none-match']).toBeUndefined();
  });

  it('treats no-cache as no cache hint', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/no-cache` }, options));
    expect(result.cacheMaxAgeSeconds).toBeNull();
  });
});

describe('fetchFeed: conditional GET', () => {
  it('sends If-None-Match and reports not-modified on 304', async () => {
    const result = await fetchFeed({ url: `${server.base}/conditional`, etag: '"v1"' }, options);
    expect(result).toEqual({ kind: 'not-modified', finalUrl: `${server.base}/conditional`, permanentUrl: null, etag: '"v1"', lastModified: null, cacheMaxAgeSeconds: 60 });
    expect(server.lastHeaders('/conditional')?.['if-none-match']).toBe('"v1"');
  });

  it('reports the new validators a 304 carries, so they can replace the stored ones', async () => {
    const result = await fetchFeed({ url: `${server.base}/renewed`, etag: '"v1"' }, options);
    expect(result).toMatchObject({ kind: 'not-modified', etag: '"v2"', lastModified: 'Wed, 02 Jul 2025 08:00:00 GMT' });
  });

  it('sends If-Modified-Since when only the date is known', async () => {
    const lastModified = 'Tue, 01 Jul 2025 10:00:00 GMT';
    const result = await fetchFeed({ url: `${server.base}/conditional`, etag: null, lastModified }, options);
    expect(result.kind).toBe('not-modified');
    const sent = server.lastHeaders('/conditional');
    expect(sent?.['if-modified-since']).toBe(lastModified);
    expect(sent?.['if-none-match']).toBeUndefined();
  });

  it('gets the full body when the validator is stale', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/conditional`, etag: '"v0"' }, options));
    expect(result.text).toBe(FEED);
  });
});

describe('fetchFeed: permanent redirects', () => {
  it.each([
    ['/301', 'a 301'],
    ['/308-308', 'two 308s'],
  ])('reports the final URL as permanent after %s (%s)', async (path) => {
    const result = expectOk(await fetchFeed({ url: server.base + path }, options));
    expect(result).toMatchObject({ finalUrl: `${server.base}/feed`, permanentUrl: `${server.base}/feed`, text: FEED });
  });

  it.each([
    ['/301-302', 'a 301 then a 302'],
    ['/308-307', 'a 308 then a 307'],
    ['/302', 'a 302'],
    ['/303', 'a 303'],
    ['/feed', 'no redirect'],
  ])('reports no permanent URL for %s (%s)', async (path) => {
    const result = expectOk(await fetchFeed({ url: server.base + path }, options));
    expect(result).toMatchObject({ finalUrl: `${server.base}/feed`, permanentUrl: null, text: FEED });
  });

  it('reports the permanent URL with a 304 reached through a 301', async () => {
    const result = await fetchFeed({ url: `${server.base}/301-to-conditional`, etag: '"v1"' }, options);
    expect(result).toMatchObject({ kind: 'not-modified', finalUrl: `${server.base}/conditional`, permanentUrl: `${server.base}/conditional` });
  });
});

describe('fetchFeed: compressed bodies', () => {
  it.each(['gzip', 'deflate', 'br'])('decodes a %s body and counts decompressed bytes', async (encoding) => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/${encoding}` }, options));
    expect(result.text).toBe(FEED);
    expect(result.bytes).toBe(Buffer.byteLength(FEED));
  });
});

describe('fetchFeed: Content-Encoding variants', () => {
  it.each(['/x-gzip', '/GZIP', '/raw-deflate', '/gzip-then-br', '/identity-listed', '/two-gzip-members'])('decodes %s', async (path) => {
    const result = expectOk(await fetchFeed({ url: `${server.base}${path}` }, options));
    expect(result.text).toBe(FEED);
  });

  it('decodes a large gzip body whole, across many chunks', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/big-gzip` }, options));
    expect(result.text).toBe(BIG);
    expect(result.bytes).toBe(BIG.length);
  });

  it('passes a body in an unknown coding through as sent, as fetch did', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/unknown-coding` }, options));
    expect(result.text).toBe(FEED);
  });

  it.each(['/empty-gzip', '/no-content-gzip'])('reads no bytes at all under gzip (%s) as an empty body, not a cut one', async (path) => {
    const result = expectOk(await fetchFeed({ url: `${server.base}${path}` }, options));
    expect(result.text).toBe('');
    expect(result.bytes).toBe(0);
  });

  it('does not decode the body of a redirect or an error status', async () => {
    expect(expectOk(await fetchFeed({ url: `${server.base}/gzip-redirect` }, options)).text).toBe(FEED);
    expect((await httpFailure('/gzip-error')).message).toBe(`fetch: HTTP 503 Back Soon from ${server.base}/gzip-error`);
  });
});

describe('fetchFeed: character sets', () => {
  it('decodes ISO-8859-1 declared in Content-Type', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/latin1` }, options));
    expect(result.text).toContain('Año nuevo, educación, niño, ¿qué pasó?');
    expect(result.charset).toBe('iso-8859-1');
    expect(result.charsetSource).toBe('http');
  });

  it('falls back to windows-1252 for undeclared text that is not UTF-8', async () => {
    const result = expectOk(await fetchFeed({ url: `${server.base}/cp1252` }, options));
    expect(result.text).toContain('«Canción» de año nuevo');
    expect(result.charset).toBe('windows-1252');
    expect(result.charsetSource).toBe('fallback');
  });
});

describe('fetchFeed: HTTP errors', () => {
  it('reports 429 with Retry-After in seconds', async () => {
    const error = await httpFailure('/429');
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.kind).toBe('http-status');
    expect(error.message).toContain(`${server.base}/429`);
    expect(error.message).toMatch(/^fetch: HTTP 429 Too Many Requests from /);
  });

  it('reports 503 with Retry-After as an HTTP date', async () => {
    const error = await httpFailure('/503');
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBeGreaterThan(3500_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(3600_000);
  });

  it('keeps the server’s own reason phrase', async () => {
    const error = await httpFailure('/429-own-phrase');
    expect(error.statusText).toBe('Slow Down');
    expect(error.message).toBe(`fetch: HTTP 429 Slow Down from ${server.base}/429-own-phrase`);
  });

  it('reports 500 without a retry hint', async () => {
    const error = await httpFailure('/500');
    expect(error.status).toBe(500);
    expect(error.retryAfterMs).toBeNull();
    expect(error.message).toBe(`fetch: HTTP 500 Internal Server Error from ${server.base}/500`);
  });
});
