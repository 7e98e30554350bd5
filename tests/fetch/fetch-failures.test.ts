import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/fetch-feed';
import type { FetchOptions, FetchRequest } from '../../src/fetch/fetch-feed';
import {
  BadRedirectError,
  CancelledError,
  FetchError,
  InvalidUrlError,
  NetworkError,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
} from '../../src/fetch/errors';
import { closedPort, startFeedServer } from '../support/feed-server';
import type { FeedServer, Handler } from '../support/feed-server';

const MB = 1024 * 1024;
const options: FetchOptions = { timeoutMs: 5000, maxBytes: MB, maxRedirects: 3, userAgent: 'vigia-test/1.0' };
const FEED = '<rss><channel><title>ok</title></channel></rss>';

let server: FeedServer;

/** Writes one byte every 300 ms until the client goes away. */
const slowDrip: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const timer = setInterval(() => res.write('x'), 300);
  res.on('close', () => clearInterval(timer));
};

const redirectTo =
  (location: string | null, status = 302): Handler =>
  (_req, res) =>
    res.writeHead(status, location === null ? {} : { location }).end();

beforeAll(async () => {
  server = await startFeedServer();
  // 50 MB of zeros gzip to about 50 KB: cheap to send, ruinous to buffer.
  const bomb = gzipSync(Buffer.alloc(50 * MB));
  server.route('/feed', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED));
  server.route('/slow', slowDrip);
  server.route('/silent', () => undefined); // never answers
  server.route('/bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
  server.route('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    for (let i = 0; i < 32; i++) res.write(Buffer.alloc(64 * 1024, 'a'));
    res.end();
  });
  // Declares 2 MB, then stalls: only an early Content-Length check can fail before the deadline.
  server.route('/big-declared', (_req, res) => {
    res.writeHead(200, { 'content-length': String(2 * MB) });
    res.write('<rss>');
  });
  server.route('/corrupt-gzip', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all'));
  server.route('/cut-short', (_req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('<rss>', () => res.destroy());
  });
  server.route('/moved', redirectTo('/hop'));
  server.route('/hop', redirectTo(`${server.base}/feed`, 301));
  server.route('/loop', redirectTo('/loop'));
  server.route('/to-file', redirectTo('file:///etc/passwd'));
  server.route('/to-ftp', redirectTo('ftp://example.com/feed.xml', 301));
  server.route('/no-location', redirectTo(null));
});

afterAll(() => server.close());

async function failure<T extends FetchError>(
  type: abstract new (...args: never[]) => T,
  req: FetchRequest,
  overrides: Partial<FetchOptions> = {},
): Promise<T> {
  const error: unknown = await fetchFeed(req, { ...options, ...overrides }).then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as FetchError).message).toMatch(/^fetch: /);
  return error as T;
}

const at = (path: string): FetchRequest => ({ url: server.base + path });

describe('fetchFeed: deadline and cancellation', () => {
  it('cuts a slow-drip body at the deadline', async () => {
    const error = await failure(TimeoutError, at('/slow'), { timeoutMs: 1000 });
    expect(error.deadlineMs).toBe(1000);
    expect(error.message).toContain(`${server.base}/slow`);
  });

  it('times out a server that never sends headers', async () => {
    const error = await failure(TimeoutError, at('/silent'), { timeoutMs: 500 });
    expect(error.message).toContain(`${server.base}/silent`);
  });

  it('reports outer cancellation as cancelled, not as a timeout', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await failure(CancelledError, at('/slow'), { signal: controller.signal });
    expect(error.message).toContain(`${server.base}/slow`);
  });

  it('does not start when already cancelled', async () => {
    await failure(CancelledError, at('/feed'), { signal: AbortSignal.abort() });
  });
});

describe('fetchFeed: size cap', () => {
  it('stops a gzip bomb at the decompressed cap', async () => {
    const error = await failure(TooLargeError, at('/bomb'));
    expect(error.limitBytes).toBe(MB);
    expect(error.message).toBe(`fetch: body larger than 1 MB from ${server.base}/bomb`);
  });

  it('stops an uncompressed body without Content-Length at the cap', async () => {
    const error = await failure(TooLargeError, at('/big-chunked'));
    expect(error.message).toContain(`${server.base}/big-chunked`);
  });

  it('rejects a too-large Content-Length before reading the body', async () => {
    const error = await failure(TooLargeError, at('/big-declared'), { timeoutMs: 3000 });
    expect(error.message).toContain(`${server.base}/big-declared`);
  });
});

describe('fetchFeed: redirects', () => {
  it('follows relative and absolute redirects to the final URL', async () => {
    const result = await fetchFeed(at('/moved'), options);
    expect(result.kind).toBe('ok');
    expect(result.finalUrl).toBe(`${server.base}/feed`);
  });

  it('gives up on a redirect loop', async () => {
    const error = await failure(TooManyRedirectsError, at('/loop'));
    expect(error.count).toBe(3);
    expect(error.message).toContain(`${server.base}/loop`);
  });

  it('follows no redirect when maxRedirects is 0', async () => {
    await failure(TooManyRedirectsError, at('/moved'), { maxRedirects: 0 });
  });

  it.each(['/to-file', '/to-ftp'])('refuses a redirect to another scheme (%s)', async (path) => {
    const error = await failure(BadRedirectError, at(path));
    expect(error.message).toContain(`${server.base}${path}`);
    expect(error.location).toMatch(/^(file|ftp):/);
  });

  it('refuses a redirect without Location', async () => {
    const error = await failure(BadRedirectError, at('/no-location'));
    expect(error.location).toBeNull();
    expect(error.message).toContain(`${server.base}/no-location`);
  });
});

describe('fetchFeed: network failures', () => {
  it('reports a refused connection', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const error = await failure(NetworkError, { url });
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.stage).toBe('request');
    expect(error.message).toContain(url);
    expect(error.message).toContain('connection refused');
  });

  it('reports a connection closed mid-body', async () => {
    const error = await failure(NetworkError, at('/cut-short'));
    expect(error.stage).toBe('body');
    expect(error.message).toContain(`${server.base}/cut-short`);
  });

  it('reports a corrupt compressed body', async () => {
    const error = await failure(NetworkError, at('/corrupt-gzip'));
    expect(error.code).toBe('Z_DATA_ERROR');
    expect(error.message).toContain(`${server.base}/corrupt-gzip`);
  });

  it('refuses a URL that is not http(s)', async () => {
    const error = await failure(InvalidUrlError, { url: 'file:///etc/passwd' });
    expect(error.message).toContain('file:///etc/passwd');
  });
});
