/**
 * Reads a response body with a hard size cap. The stream given is already decompressed (see
 * decompress.ts), so the count here is the decoded size: a gzip bomb is stopped at the cap, having
 * inflated little more than one chunk past it, and nothing past the cap is ever buffered.
 */
import type { Readable } from 'node:stream';
import { TooLargeError } from './errors';

export async function readCappedBody(body: Readable, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      // Destroying tears down the connection; there is nothing left to wait for, so do not.
      discardBody(body);
      throw new TooLargeError(url, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Lets go of a body we will not read (redirects, errors, 304) without waiting for it. */
export function discardBody(body: Readable): void {
  // undici reports an unfinished body destroyed as an abort error, which nobody here waits for.
  body.on('error', () => undefined);
  body.destroy();
}
