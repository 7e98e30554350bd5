/**
 * decompress.ts: which codings come off and in what order, strict decoding of each (whole, cut
 * short, corrupt, empty), failures of the raw stream passed through untouched, backpressure that
 * keeps a bomb from inflating ahead of the reader, and the connection let go when the reader stops.
 */
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, createGzip, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codingsToUndo, decompressedBody, MAX_CODINGS } from '../../src/fetch/decompress';
import { DecompressionError, TooLargeError } from '../../src/fetch/errors';
import { readCappedBody } from '../../src/fetch/read-body';
import { startFeedServer, type FeedServer } from '../support/feed-server';

const URL_ = 'https://noticias.example/venezuela/rss';
const FEED = Buffer.from(`<rss><channel>${'<item><title>Cartel de los Soles: nuevas acusaciones</title></item>'.repeat(300)}</channel></rss>`);
const MB = 1024 * 1024;
// Kept for the whole file, so no garbage that size is collected during a memory check.
const ZEROS = Buffer.alloc(64 * MB);

const ENCODE: Record<string, (input: Buffer) => Buffer> = {
  gzip: (input) => gzipSync(input),
  deflate: (input) => deflateSync(input),
  'raw deflate': (input) => deflateRawSync(input),
  br: (input) => brotliCompressSync(input, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
};
const HEADER: Record<string, string> = { gzip: 'gzip', deflate: 'deflate', 'raw deflate': 'deflate', br: 'br' };

/** A source that hands out `body` in `size`-byte chunks, only when asked. */
function source(body: Buffer, size = 1024): Readable {
  let offset = 0;
  return new Readable({
    read() {
      this.push(offset < body.length ? body.subarray(offset, (offset += size)) : null);
    },
  });
}

async function failureOf(stream: Readable): Promise<unknown> {
  return readCappedBody(stream, Number.MAX_SAFE_INTEGER, URL_).then(
    () => new Error('expected a failure'),
    (error: unknown) => error,
  );
}

describe('codingsToUndo', () => {
  it('undoes nothing without a coding, or with only identity', () => {
    for (const header of [null, '', ' ', 'identity', 'Identity, identity']) expect(codingsToUndo(header, URL_)).toEqual([]);
  });

  it('knows gzip, its x-gzip alias, deflate and br, in any case and spacing', () => {
    expect(codingsToUndo('gzip', URL_)).toEqual(['gzip']);
    expect(codingsToUndo(' X-GZip ', URL_)).toEqual(['gzip']);
    expect(codingsToUndo('Deflate', URL_)).toEqual(['deflate']);
    expect(codingsToUndo('br', URL_)).toEqual(['br']);
  });

  it('takes a stacked list off last-applied first, skipping identity and empty entries', () => {
    expect(codingsToUndo('gzip, br', URL_)).toEqual(['br', 'gzip']);
    expect(codingsToUndo('deflate,,identity, gzip,', URL_)).toEqual(['gzip', 'deflate']);
  });

  it('reads the body as sent when any coding is unknown, as fetch did', () => {
    expect(codingsToUndo('zstd', URL_)).toEqual([]);
    expect(codingsToUndo('gzip, compress', URL_)).toEqual([]);
  });

  it(`refuses more than ${MAX_CODINGS} codings, naming the URL and the header`, () => {
    expect(codingsToUndo(Array(MAX_CODINGS).fill('gzip').join(', '), URL_)).toHaveLength(MAX_CODINGS);
    const header = Array(MAX_CODINGS + 1).fill('br').join(',');
    expect(() => codingsToUndo(header, URL_)).toThrow(DecompressionError);
    expect(() => codingsToUndo(header, URL_)).toThrow(`fetch: the body from ${URL_} is compressed in too many layers (Content-Encoding: ${header}); at most 5 are decoded`);
  });
});

describe('decompressedBody', () => {
  it('hands back the raw stream itself when there is nothing to undo', () => {
    const raw = source(FEED);
    expect(decompressedBody(raw, null, URL_)).toBe(raw);
    expect(decompressedBody(raw, 'zstd', URL_)).toBe(raw);
  });

  it.each(Object.keys(ENCODE))('decodes a whole %s body', async (name) => {
    const body = decompressedBody(source(ENCODE[name]!(FEED)), HEADER[name]!, URL_);
    expect(await readCappedBody(body, MB, URL_)).toEqual(FEED);
  });

  it('decodes a raw deflate body that arrives one byte at a time, so its first two bytes come apart', async () => {
    for (const encode of [ENCODE.deflate!, ENCODE['raw deflate']!]) {
      expect(await readCappedBody(decompressedBody(source(encode(FEED), 1), 'deflate', URL_), MB, URL_)).toEqual(FEED);
    }
  });

  it('decodes stacked codings', async () => {
    const body = decompressedBody(source(brotliCompressSync(deflateSync(gzipSync(FEED)))), 'gzip, deflate, br', URL_);
    expect(await readCappedBody(body, MB, URL_)).toEqual(FEED);
  });

  it.each(Object.keys(ENCODE))('reports a %s body cut short as truncated, with the bytes that came', async (name) => {
    const encoded = ENCODE[name]!(FEED);
    const cut = encoded.subarray(0, encoded.length - 20);
    const error = await failureOf(decompressedBody(source(cut), HEADER[name]!, URL_));
    expect(error).toBeInstanceOf(DecompressionError);
    expect(error).toMatchObject({ problem: 'truncated', encoding: HEADER[name], wireBytes: cut.length, url: URL_ });
    expect((error as Error).message).toBe(
      `fetch: the ${HEADER[name]}-compressed body from ${URL_} ended before its end marker (after ${cut.length} bytes on the wire): the download was cut short`,
    );
  });

  it('says "1 byte" for a single byte, which is also too short to tell deflate’s kind', async () => {
    const error = await failureOf(decompressedBody(source(Buffer.from([0x78])), 'deflate', URL_));
    expect((error as Error).message).toContain('(after 1 byte on the wire)');
  });

  it.each(Object.keys(ENCODE))('reports a %s body of garbage as corrupt', async (name) => {
    const error = await failureOf(decompressedBody(source(Buffer.from('<rss>plain text, not compressed</rss>')), HEADER[name]!, URL_));
    expect(error).toBeInstanceOf(DecompressionError);
    expect(error).toMatchObject({ problem: 'corrupt', encoding: HEADER[name] });
    expect((error as DecompressionError).code).not.toBeNull();
    expect((error as Error).message).toMatch(new RegExp(`^fetch: the ${HEADER[name]}-compressed body from ${URL_} is corrupt \\(\\d+ bytes on the wire\\): .+ \\(.+\\)$`));
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it.each(['gzip', 'deflate', 'br'])('gives an empty body for no bytes at all under %s', async (header) => {
    expect(await readCappedBody(decompressedBody(source(Buffer.alloc(0)), header, URL_), MB, URL_)).toEqual(Buffer.alloc(0));
  });

  it('passes a failure of the raw stream through untouched, for the caller to classify', async () => {
    const raw = new Readable({ read() {} });
    const body = decompressedBody(raw, 'gzip', URL_);
    raw.push(gzipSync(FEED).subarray(0, 30));
    const socketGone = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    setTimeout(() => raw.destroy(socketGone), 10);
    expect(await failureOf(body)).toBe(socketGone);
  });

  it.each(Object.keys(ENCODE))('inflates a %s bomb only as fast as it is read, and lets the source go at the cap', async (name) => {
    const bomb = ENCODE[name]!(ZEROS);
    const raw = source(bomb);
    const before = process.memoryUsage().arrayBuffers;
    const body = decompressedBody(raw, HEADER[name]!, URL_);
    body.once('readable', () => undefined); // starts the flow, then nobody reads
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Without backpressure the whole 64 MB would now sit inflated in some stream's buffer.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * MB);
    await expect(readCappedBody(body, MB, URL_)).rejects.toBeInstanceOf(TooLargeError);
    expect(raw.destroyed).toBe(true);
  });
});

describe('decompressedBody over HTTP', () => {
  let server: FeedServer;
  let closed: Promise<void>;

  beforeAll(async () => {
    server = await startFeedServer();
    // An endless gzip stream of zeros: only the reader stopping can end it.
    server.route('/endless-gzip', (_req, res) => {
      closed = new Promise((resolve) => res.on('close', resolve));
      res.writeHead(200, { 'content-encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(res);
      const more = (): void => void (res.destroyed || gzip.write(Buffer.alloc(64 * 1024), more));
      more();
    });
  });

  afterAll(() => server.close());

  it('closes the connection when the reader stops at the cap', async () => {
    const response = await request(`${server.base}/endless-gzip`);
    const body = decompressedBody(response.body, response.headers['content-encoding'] as string, `${server.base}/endless-gzip`);
    await expect(readCappedBody(body, MB, URL_)).rejects.toBeInstanceOf(TooLargeError);
    // Resolves only once the client has closed the connection.
    await closed;
  });
});
