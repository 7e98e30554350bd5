/**
 * Reads a response body with a hard size cap. undici hands the stream over already decompressed,
 * so the count here is the decoded size: a gzip bomb is stopped at the cap, having inflated little
 * more than one chunk past it, and nothing past the cap is ever buffered.
 */
import { TooLargeError } from './errors';

type ResponseBody = NonNullable<Response['body']>;

export async function readCappedBody(body: ResponseBody | null, maxBytes: number, url: string): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling tears down the connection; there is nothing left to wait for, so do not.
      reader.cancel().catch(() => undefined);
      throw new TooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Lets go of a body we will not read (redirects, errors, 304) without waiting for it. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
