/**
 * Downloads one feed: conditional GET, manual redirects, one deadline for the whole exchange, the
 * body decoded strictly (decompress.ts) under a cap on its decompressed size, and every failure
 * turned into a FetchError.
 */
import { decodeBody } from './decode';
import type { CharsetSource } from './decode';
import { startDeadline } from './deadline';
import type { Deadline } from './deadline';
import { decompressedBody } from './decompress';
import {
  BadRedirectError,
  BlockedAddressError,
  CancelledError,
  FetchError,
  HttpStatusError,
  InvalidUrlError,
  NetworkError,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
} from './errors';
import type { NetworkStage } from './errors';
import type { AddressGuard } from './address-guard';
import { isUncompressed, parseCacheMaxAge, parseRetryAfter } from './http-headers';
import { discardBody, readCappedBody } from './read-body';
import { header, sendRequest } from './send-request';
import type { RawResponse } from './send-request';

export interface FetchRequest {
  url: string;
  /** Validators from the previous successful fetch, sent back for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchOptions {
  /** Deadline for the whole request: every redirect hop, headers and body. */
  timeoutMs: number;
  /** Cap on the body after decompression. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Outer cancellation (shutdown); fetchFeed then rejects with CancelledError. */
  signal?: AbortSignal;
  /** For URLs from untrusted users: public addresses only, checked on every hop and connection. */
  guard?: AddressGuard;
}

/** What both results say about the address: where the feed was found, and whether it moved for good. */
interface Located {
  finalUrl: string;
  /**
   * finalUrl when at least one redirect was followed and every hop was permanent (301 or 308), else
   * null: a single temporary hop (302, 303, 307) means the server still wants the asked URL used.
   */
  permanentUrl: string | null;
}

export interface NotModifiedResult extends Located {
  kind: 'not-modified';
  /** Validators the 304 carried, null where it sent none: a 304 may renew them (RFC 9111 §4.3.4). */
  etag: string | null;
  lastModified: string | null;
  cacheMaxAgeSeconds: number | null;
}

export interface FetchedFeed extends Located {
  kind: 'ok';
  status: number;
  text: string;
  charset: string;
  charsetSource: CharsetSource;
  etag: string | null;
  lastModified: string | null;
  cacheMaxAgeSeconds: number | null;
  /** Body size after decompression. */
  bytes: number;
  contentType: string | null;
}

export type FetchResult = NotModifiedResult | FetchedFeed;

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Moved Permanently and Permanent Redirect: the only hops after which a client ought to re-link (RFC 9110 §15.4.2, RFC 7538). */
const PERMANENT_STATUSES = new Set([301, 308]);

/** Where the request is, so a failure names the right URL and stage. Local to one call. */
interface Progress {
  url: string;
  stage: NetworkStage;
}

export async function fetchFeed(req: FetchRequest, options: FetchOptions): Promise<FetchResult> {
  if (!isHttpUrl(req.url)) throw new InvalidUrlError(req.url);
  const progress: Progress = { url: req.url, stage: 'request' };
  const deadline = startDeadline(options.timeoutMs, options.signal);
  try {
    const headers = requestHeaders(req, options);
    let allPermanent = true;
    for (let redirects = 0; ; redirects++) {
      throwIfAborted(deadline, progress.url, options);
      progress.stage = 'request';
      options.guard?.checkUrl(progress.url);
      const response = await sendRequest(progress.url, headers, deadline.signal, options.guard);
      if (!REDIRECT_STATUSES.has(response.status)) {
        progress.stage = 'body';
        const permanentUrl = redirects > 0 && allPermanent ? progress.url : null;
        return await readResponse(response, { finalUrl: progress.url, permanentUrl }, options);
      }
      discardBody(response.body);
      if (!PERMANENT_STATUSES.has(response.status)) allPermanent = false;
      if (redirects >= options.maxRedirects) throw new TooManyRedirectsError(progress.url, options.maxRedirects);
      progress.url = redirectTarget(progress.url, header(response.headers, 'location'));
    }
  } catch (error) {
    const failure = toFetchError(error, progress, deadline, options);
    deadline.abort(); // whatever went wrong, release the connection now rather than at GC
    throw failure;
  } finally {
    deadline.dispose();
  }
}

function requestHeaders(req: FetchRequest, options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent,
    Accept: FEED_ACCEPT,
    // decompress.ts decodes exactly these.
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (req.etag) headers['If-None-Match'] = req.etag;
  if (req.lastModified) headers['If-Modified-Since'] = req.lastModified;
  return headers;
}

async function readResponse(response: RawResponse, located: Located, options: FetchOptions): Promise<FetchResult> {
  const { status, headers } = response;
  const url = located.finalUrl;
  const cacheMaxAgeSeconds = parseCacheMaxAge(header(headers, 'cache-control'));
  if (status === 304) {
    discardBody(response.body);
    return { kind: 'not-modified', ...located, etag: header(headers, 'etag'), lastModified: header(headers, 'last-modified'), cacheMaxAgeSeconds };
  }
  if (status < 200 || status > 299) {
    discardBody(response.body);
    const retryAfterMs = parseRetryAfter(header(headers, 'retry-after'));
    throw new HttpStatusError(url, status, response.statusText, retryAfterMs);
  }
  // Content-Length counts the bytes on the wire, so it only predicts the decoded size uncompressed.
  const contentEncoding = header(headers, 'content-encoding');
  const declaredLength = Number(header(headers, 'content-length') ?? Number.NaN);
  if (isUncompressed(contentEncoding) && declaredLength > options.maxBytes) {
    discardBody(response.body);
    throw new TooLargeError(url, options.maxBytes);
  }
  const body = await readCappedBody(decompressedBody(response.body, contentEncoding, url), options.maxBytes, url);
  const contentType = header(headers, 'content-type');
  const decoded = decodeBody(body, contentType);
  return {
    kind: 'ok',
    ...located,
    status,
    text: decoded.text,
    charset: decoded.charset,
    charsetSource: decoded.source,
    etag: header(headers, 'etag'),
    lastModified: header(headers, 'last-modified'),
    cacheMaxAgeSeconds,
    bytes: body.byteLength,
    contentType,
  };
}

function isHttpUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:';
}

/** Resolves Location against the URL that sent it; only http(s) targets are followed. */
function redirectTarget(from: string, location: string | null): string {
  if (location === null || !URL.canParse(location, from)) throw new BadRedirectError(from, location);
  const target = new URL(location, from);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new BadRedirectError(from, location);
  return target.href;
}

function throwIfAborted(deadline: Deadline, url: string, options: FetchOptions): void {
  const cause = deadline.cause();
  if (cause === 'timeout') throw new TimeoutError(url, options.timeoutMs);
  if (cause === 'cancelled') throw new CancelledError(url, options.signal?.reason);
}

/**
 * Our own errors pass through. Anything else (an AbortError, a socket or parser error from undici)
 * is blamed on the deadline or the caller if either fired, else on the network.
 */
function toFetchError(error: unknown, progress: Progress, deadline: Deadline, options: FetchOptions): FetchError {
  // Raised inside the connection's DNS lookup, which knows the host but not the URL.
  if (error instanceof BlockedAddressError && error.url !== progress.url) return new BlockedAddressError(progress.url, error.address, error.reason);
  if (error instanceof FetchError) return error;
  const cause = deadline.cause();
  if (cause === 'timeout') return new TimeoutError(progress.url, options.timeoutMs);
  if (cause === 'cancelled') return new CancelledError(progress.url, options.signal?.reason);
  return new NetworkError(progress.url, progress.stage, errorCode(error), errorMessage(error), { cause: error });
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Happy-eyeballs connects report an AggregateError; its first attempt carries the code.
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return null;
}

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') return errorMessage(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
