/**
 * Undoes Content-Encoding ourselves, strictly. fetch's decoders flush leniently, so a gzip, deflate
 * or brotli body cut short reached the XML parser as if whole and the feed was blamed for malformed
 * XML; here zlib finishes strictly and a truncated or corrupt body fails with a DecompressionError
 * that names the URL. Stages are joined with pipe(), which keeps zlib's backpressure: a bomb inflates
 * only as fast as the reader takes it, so the decoded-size cap in read-body.ts stops it early.
 */
import { Duplex, PassThrough } from 'node:stream';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { DecompressionError } from './errors';

type Coding = 'gzip' | 'deflate' | 'br';

/** As undici's fetch: each layer is a zlib instance, so a long list is refused, not honoured. */
export const MAX_CODINGS = 5;

const KNOWN: Record<string, Coding> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br' };

/**
 * The codings to undo, in decoding order (the last one listed was applied last, so it comes off
 * first). Empty when the body is read as sent: no coding, only identity, or any coding we do not
 * know, which fetch also passed through undecoded. Stacked lists ("gzip, br") are decoded layer by
 * layer, as fetch did, up to MAX_CODINGS.
 */
export function codingsToUndo(contentEncoding: string | null, url: string): Coding[] {
  const listed = (contentEncoding ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '' && token !== 'identity');
  if (listed.length > MAX_CODINGS) {
    throw new DecompressionError(url, contentEncoding ?? '', 'too-many-codings', 0, null, `at most ${MAX_CODINGS} are decoded`);
  }
  const codings: Coding[] = [];
  for (const token of listed) {
    const coding = KNOWN[token];
    if (coding === undefined) return [];
    codings.unshift(coding);
  }
  return codings;
}

/**
 * The body with its Content-Encoding undone, or `raw` itself when there is nothing to undo. A
 * decoding failure surfaces as a DecompressionError from the returned stream; a failure of `raw`
 * (network, abort) surfaces as it came, for the caller to classify. Destroying the returned stream
 * destroys `raw`, which lets the connection go.
 */
export function decompressedBody(raw: Readable, contentEncoding: string | null, url: string): Readable {
  const codings = codingsToUndo(contentEncoding, url);
  if (codings.length === 0) return raw;
  const decoders = codings.map(decoderFor);
  const stages: Readable[] = [raw, ...decoders];
  let wireBytes = 0;
  let settled = false;
  const release = (): void => {
    settled = true;
    for (const stage of stages) stage.destroy();
  };
  // The reader let go (the cap, or an error of its own): take the connection down with it, at once.
  const out = new PassThrough({
    destroy(error, done) {
      release();
      done(error);
    },
  });
  /** The first failure wins; the stages destroyed after it report nothing more. */
  const fail = (error: Error | null): void => {
    if (settled) return;
    release();
    if (error) out.destroy(error);
    else out.end();
  };

  raw.on('data', (chunk: Buffer) => (wireBytes += chunk.byteLength));
  raw.on('error', fail);
  decoders.forEach((decoder, layer) =>
    decoder.on('error', (error: NodeJS.ErrnoException) => {
      const code = typeof error.code === 'string' ? error.code : null;
      // zlib reports input that ends before the end marker as Z_BUF_ERROR; anything else is bad data.
      const truncated = code === 'Z_BUF_ERROR';
      // No byte at all under a Content-Encoding is an empty body, not a cut one (a 204, or a lazy server).
      if (truncated && wireBytes === 0) return fail(null);
      fail(new DecompressionError(url, codings[layer]!, truncated ? 'truncated' : 'corrupt', wireBytes, code, error.message, { cause: error }));
    }),
  );
  let tail: Readable = raw;
  for (const decoder of decoders) tail = tail.pipe(decoder);
  tail.pipe(out);
  return out;
}

function decoderFor(coding: Coding): Duplex {
  // zlib's defaults finish with Z_FINISH (BROTLI_OPERATION_FINISH): input that stops early is an error.
  if (coding === 'gzip') return createGunzip();
  if (coding === 'br') return createBrotliDecompress();
  return new DeflateDecoder();
}

/** CMF says deflate with a window of at most 32 KB, and CMF·256 + FLG is a multiple of 31 (RFC 1950). */
function isZlibHeader(head: Buffer): boolean {
  const cmf = head[0]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | head[1]!) % 31 === 0;
}

/**
 * "deflate" means zlib-wrapped data (RFC 9110 §8.4.1.2), but some servers send raw deflate, which
 * fetch accepted too: the first two bytes decide which inflater to use. The inner inflater is read
 * only as fast as this stream is, so zlib's own backpressure still holds against a bomb.
 */
class DeflateDecoder extends Duplex {
  #inner: Transform | null = null;
  #head = Buffer.alloc(0);
  /** Our reader asked for more and push() has not said stop since. */
  #wanted = false;

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    // Inner write errors arrive as its 'error' event, which destroys this stream.
    if (this.#inner) {
      this.#inner.write(chunk, () => done());
      return;
    }
    this.#head = Buffer.concat([this.#head, chunk]);
    if (this.#head.length < 2) return done();
    this.#start().write(this.#head, () => done());
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.#inner) this.#inner.end();
    else this.#start().end(this.#head); // under two bytes in all: the inflater reports it truncated
    done();
  }

  override _read(): void {
    this.#wanted = true;
    this.#pump();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.#inner?.destroy();
    done(error);
  }

  #start(): Transform {
    const inner = this.#head.length >= 2 && isZlibHeader(this.#head) ? createInflate() : createInflateRaw();
    inner.on('readable', () => this.#pump());
    inner.on('end', () => this.push(null));
    inner.on('error', (error) => this.destroy(error));
    this.#inner = inner;
    return inner;
  }

  /** Moves inflated bytes across only while our reader wants them; zlib waits while they sit in the inner stream. */
  #pump(): void {
    while (this.#wanted && this.#inner) {
      const chunk: Buffer | null = this.#inner.read();
      if (chunk === null) return;
      this.#wanted = this.push(chunk);
    }
  }
}
