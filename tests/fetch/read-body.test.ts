/**
 * readCappedBody and discardBody against a real HTTP server on 127.0.0.1, reading undici request()
 * bodies as fetchFeed does: whole bodies, chunked bodies, the size cap, connections torn down at the
 * cap or when a body is discarded, and streams that end early or are aborted by the caller. The cap
 * counted after decompression is tested in decompress.test.ts, which makes the decoded stream.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TooLargeError } from '../../src/fetch/errors';
import { discardBody, readCappedBody } from '../../src/fetch/read-body';
import { startFeedServer, type FeedServer } from '../support/feed-server';

const SMALL = 'Caracas niega que exista el Cartel de los Soles.';
const PARTS = ['<rss><channel>', '<title>Fiscales acusan a altos mandos</title>', '<title>Prosecutors name the Cartel of the Suns</title>', '</channel></rss>'];

let server: FeedServer;
/** Resolves when the server sees the client go away from an endless body. */
let endlessClosed: Promise<void>;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/small', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(SMALL));
  server.route('/chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    for (const part of PARTS) res.write(part);
    res.end();
  });
  server.route('/empty', (_req, res) => res.writeHead(204).end());
  server.route('/cut-short', (_req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('<rss>', () => res.destroy());
  });
  server.route('/endless', (_req, res) => {
    endlessClosed = new Promise((resolve) => res.on('close', resolve));
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const more = (): void => void (res.destroyed || res.write(Buffer.alloc(16 * 1024, 'x'), more));
    more();
  });
});

afterAll(() => server.close());

const get = (path: string, signal?: AbortSignal) => request(`${server.base}${path}`, signal ? { signal } : {});
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readCappedBody', () => {
  it('reads a whole body under the cap, byte for byte', async () => {
    const bytes = await readCappedBody((await get('/small')).body, 1024, `${server.base}/small`);
    expect(text(bytes)).toBe(SMALL);
    expect(bytes.byteLength).toBe(Buffer.byteLength(SMALL));
  });

  it('accepts a body of exactly the cap and refuses one byte more, naming the limit and the URL', async () => {
    const size = Buffer.byteLength(SMALL);
    expect(text(await readCappedBody((await get('/small')).body, size, 'https://diario.example/rss'))).toBe(SMALL);
    const over = readCappedBody((await get('/small')).body, size - 1, 'https://diario.example/rss');
    await expect(over).rejects.toBeInstanceOf(TooLargeError);
    await expect(over).rejects.toMatchObject({
      kind: 'too-large',
      url: 'https://diario.example/rss',
      limitBytes: size - 1,
      message: `fetch: body larger than ${size - 1} bytes from https://diario.example/rss`,
    });
  });

  it('joins a chunked body in the order it was sent', async () => {
    const response = await get('/chunked');
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(text(await readCappedBody(response.body, 4096, 'u'))).toBe(PARTS.join(''));
  });

  it('counts a chunked body across its chunks against the cap', async () => {
    const total = Buffer.byteLength(PARTS.join(''));
    await expect(readCappedBody((await get('/chunked')).body, total - 1, 'u')).rejects.toBeInstanceOf(TooLargeError);
  });

  it('stops reading an endless body at the cap and lets the connection go', async () => {
    const response = await get('/endless');
    await expect(readCappedBody(response.body, 256 * 1024, 'u')).rejects.toBeInstanceOf(TooLargeError);
    // Resolves only if the client closed the connection; reading on would have kept it open.
    await endlessClosed;
  });

  it('gives an empty body for a response without one', async () => {
    const response = await get('/empty');
    expect(response.statusCode).toBe(204);
    expect(await readCappedBody(response.body, 1024, 'u')).toEqual(Buffer.alloc(0));
  });

  it('fails, rather than returning what came, when the server cuts the body short', async () => {
    const read = readCappedBody((await get('/cut-short')).body, 1024 * 1024, 'u');
    await expect(read).rejects.toThrow();
    await expect(read).rejects.not.toBeInstanceOf(TooLargeError);
  });

  it('fails when the caller aborts while the body is still coming', async () => {
    const controller = new AbortController();
    const response = await get('/endless', controller.signal);
    const read = readCappedBody(response.body, Number.MAX_SAFE_INTEGER, 'u');
    controller.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    await endlessClosed;
  });
});

describe('discardBody', () => {
  it('lets go of a body without reading it: the server sees the connection close', async () => {
    const response = await get('/endless');
    expect(discardBody(response.body)).toBeUndefined();
    await endlessClosed;
  });

  it('does nothing for a response without a body', async () => {
    const response = await get('/empty');
    expect(() => discardBody(response.body)).not.toThrow();
  });
});
