/**
 * Sends one GET with undici's request() rather than fetch: it hands over the body exactly as sent,
 * still compressed, so decompress.ts can decode it strictly (fetch inflates leniently, and nothing
 * turns its decoding off). Redirects are not followed here; fetchFeed follows them itself.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { DecoratorHandler, Dispatcher, getGlobalDispatcher, request } from 'undici';
import type { AddressGuard } from './address-guard';

/** One response as sent: status, headers and the body still encoded. */
export interface RawResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Readable;
}

/** One GET, redirects not followed, through the guard's dispatcher when there is one. */
export async function sendRequest(url: string, headers: Record<string, string>, signal: AbortSignal, guard: AddressGuard | undefined): Promise<RawResponse> {
  const seen = { statusText: '' };
  // Through the prototype: the global dispatcher may belong to Node's bundled undici, which can predate compose().
  const dispatcher = Dispatcher.prototype.compose.call(guard?.dispatcher ?? getGlobalDispatcher(), keepStatusText(seen));
  const response = await request(url, { method: 'GET', headers, signal, maxRedirections: 0, dispatcher });
  return { status: response.statusCode, statusText: seen.statusText, headers: response.headers, body: response.body };
}

/** request() drops the reason phrase; HttpStatusError shows a server's own ("Slow Down"), as it did under fetch. */
function keepStatusText(seen: { statusText: string }): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => dispatch(opts, new StatusTextHandler(handler, seen));
}

class StatusTextHandler extends DecoratorHandler {
  readonly #handler: Dispatcher.DispatchHandlers;
  readonly #seen: { statusText: string };

  constructor(handler: Dispatcher.DispatchHandlers, seen: { statusText: string }) {
    super(handler);
    this.#handler = handler;
    this.#seen = seen;
  }

  onHeaders(statusCode: number, headers: Buffer[], resume: () => void, statusText: string): boolean {
    this.#seen.statusText = statusText; // a 1xx comes first; the final response's phrase overwrites it
    return this.#handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true;
  }
}

/** A header as fetch's Headers.get gave it: repeated fields joined with ", ", null when absent. */
export function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
