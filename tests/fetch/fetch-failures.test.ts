import { brotliCompressSync, constants, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/fetch-feed';
import type { FetchOptions, FetchRequest } from '../../src/fetch/fetch-feed';
import {
  BadRedirectError,
  CancelledError,
  DecompressionError,
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

const story = Buffer.from(`<rss><channel>${'<item><title>Fiscalía acusa a altos mandos</title></item>'.repeat(400)}</channel></rss>`);
const gzipped = gzipSync(story);

/** Writes one byte every 300 ms until the client goes away. */
const slowDrip: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const timer = setInterval(() => res.write('x'), 300);
  res.on('close', () => clearInterval(timer));
};

/** The first half of a body: what arrives when a download is cut short. */
const half = (body: Buffer): Buffer => body.subarray(0, Math.floor(body.length / 2));

/** A compressed response sent chunked, whose last chunk arrives cleanly: only the compressed stream is cut. */
const chunked =
  (encoding: string, body: Buffer): Handler =>
  (_req, res) =>
    res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/rss+xml' }).end(body);

/**
 * A body with neither Content-Length nor chunking, which runs until the server closes the connection
 * (RFC 9112 §6.3): a close after half of it looks like a complete response at the HTTP level.
 */
const untilClose =
  (encoding: string, body: Buffer): Handler =>
  (req) =>
    req.socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\ncontent-encoding: ${encoding}\r\nconnection: close\r\n\r\n`), body]));

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
  server.route('/gzip-cut', chunked('gzip', half(gzipped)));
  server.route('/gzip-no-trailer', chunked('gzip', gzipped.subarray(0, gzipped.length - 8)));
  server.route('/gzip-cut-at-close', untilClose('gzip', half(gzipped)));
  server.route('/gzip-destroyed', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.write(half(gzipped), () => res.destroy());
  });
  server.route('/gzip-close-destroyed', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', connection: 'close' });
    res.write(half(gzipped), () => res.destroy());
  });
  server.route('/br-cut', chunked('br', half(brotliCompressSync(story))));
  server.route('/deflate-cut', chunked('deflate', half(deflateSync(story))));
  server.route('/raw-deflate-cut', chunked('deflate', half(deflateRawSync(story))));
  server.route('/stacked-cut', chunked('gzip, br', brotliCompressSync(half(gzipped))));
  server.route('/corrupt-br', chunked('br', Buffer.from('not brotli at all, not even close')));
  server.route('/corrupt-mid-gzip', chunked('gzip', Buffer.concat([gzipped.subarray(0, 20), Buffer.alloc(64, 0xff), gzipped.subarray(84)])));
  server.route('/too-many-codings', chunked('gzip, gzip, gzip, gzip, gzip, gzip', gzipped));
  // 50 MB of zeros in each coding: a few KB on the wire.
  server.route('/deflate-bomb', chunked('deflate', deflateSync(Buffer.alloc(50 * MB))));
  server.route('/raw-deflate-bomb', chunked('deflate', deflateRawSync(Buffer.alloc(50 * MB))));
  // Brotli's fastest setting: its default takes over a second to squeeze 50 MB.
  const brBomb = brotliCompressSync(Buffer.alloc(50 * MB), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
  server.route('/br-bomb', chunked('br', brBomb));
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

  it.each(['/deflate-bomb', '/raw-deflate-bomb', '/br-bomb'])('stops a %s at the decompressed cap too', async (path) => {
    const error = await failure(TooLargeError, at(path));
    expect(error.message).toBe(`fetch: body larger than 1 MB from ${server.base}${path}`);
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

  it('refuses a URL that is not http(s)', async () => {
    const error = await failure(InvalidUrlError, { url: 'file:///etc/passwd' });
    expect(error.message).toContain('file:///etc/passwd');
  });
});

describe('fetchFeed: compressed bodies cut short or corrupt', () => {
  it('reports a gzip body cut short in a chunked response that itself ended cleanly, naming the URL', async () => {
    const error = await failure(DecompressionError, at('/gzip-cut'));
    expect(error).toMatchObject({ kind: 'decompression', problem: 'truncated', encoding: 'gzip', code: 'Z_BUF_ERROR', url: `${server.base}/gzip-cut` });
    expect(error.wireBytes).toBe(half(gzipped).length);
    expect(error.message).toBe(
      `fetch: the gzip-compressed body from ${server.base}/gzip-cut ended before its end marker (after ${half(gzipped).length} bytes on the wire): the download was cut short`,
    );
  });

  it('reports a gzip body whose last 8 bytes (checksum and length) never came', async () => {
    const error = await failure(DecompressionError, at('/gzip-no-trailer'));
    expect(error.problem).toBe('truncated');
  });

  it('reports a gzip body cut by the server closing the connection, which HTTP alone cannot tell from the end', async () => {
    const error = await failure(DecompressionError, at('/gzip-cut-at-close'));
    expect(error).toMatchObject({ problem: 'truncated', encoding: 'gzip', wireBytes: half(gzipped).length });
    expect(error.message).toContain(`${server.base}/gzip-cut-at-close`);
  });

  it('blames the connection, not the compression, when the socket is destroyed mid-chunk', async () => {
    const error = await failure(NetworkError, at('/gzip-destroyed'));
    expect(error.stage).toBe('body');
    expect(error.message).toContain(`${server.base}/gzip-destroyed`);
  });

  it('reports a compressed chunked body whose connection closed partway, though the server had said it would close', async () => {
    const error = await failure(NetworkError, at('/gzip-close-destroyed'));
    expect(error).toMatchObject({ stage: 'body', code: 'HPE_INVALID_EOF_STATE' });
    expect(error.message).toBe(
      `fetch: connection failed while reading the body from ${server.base}/gzip-close-destroyed: connection closed before the body was complete (HPE_INVALID_EOF_STATE)`,
    );
  });

  it.each([
    ['/br-cut', 'br'],
    ['/deflate-cut', 'deflate'],
    ['/raw-deflate-cut', 'deflate'],
  ])('reports a %s body cut short', async (path, encoding) => {
    const error = await failure(DecompressionError, at(path));
    expect(error).toMatchObject({ problem: 'truncated', encoding });
    expect(error.message).toContain(`the ${encoding}-compressed body from ${server.base}${path} ended before its end marker`);
  });

  it('names the inner layer of a stacked encoding that was cut', async () => {
    const error = await failure(DecompressionError, at('/stacked-cut'));
    expect(error).toMatchObject({ problem: 'truncated', encoding: 'gzip' });
  });

  it('reports a body that is not gzip at all as corrupt, with zlib’s reason and code', async () => {
    const error = await failure(DecompressionError, at('/corrupt-gzip'));
    expect(error).toMatchObject({ problem: 'corrupt', encoding: 'gzip', code: 'Z_DATA_ERROR', wireBytes: 'not gzip at all'.length });
    expect(error.message).toBe(`fetch: the gzip-compressed body from ${server.base}/corrupt-gzip is corrupt (15 bytes on the wire): incorrect header check (Z_DATA_ERROR)`);
  });

  it('reports gzip damaged in the middle as corrupt', async () => {
    const error = await failure(DecompressionError, at('/corrupt-mid-gzip'));
    expect(error).toMatchObject({ problem: 'corrupt', encoding: 'gzip', code: 'Z_DATA_ERROR' });
  });

  it('reports a corrupt brotli body with the decoder’s code', async () => {
    const error = await failure(DecompressionError, at('/corrupt-br'));
    expect(error).toMatchObject({ problem: 'corrupt', encoding: 'br' });
    expect(error.code).toMatch(/^ERR_/);
    expect(error.message).toContain(`the br-compressed body from ${server.base}/corrupt-br is corrupt`);
  });

  it('refuses more than five stacked codings without decoding any', async () => {
    const error = await failure(DecompressionError, at('/too-many-codings'));
    expect(error).toMatchObject({ problem: 'too-many-codings', wireBytes: 0 });
    expect(error.message).toBe(
      `fetch: the body from ${server.base}/too-many-codings is compressed in too many layers (Content-Encoding: gzip, gzip, gzip, gzip, gzip, gzip); at most 5 are decoded`,
    );
  });
});
