/**
 * Everything fetchFeed can fail with. Callers switch on `kind` (retry, back off, disable the feed)
 * and log `message`, which always names the URL, so no raw undici error ever reaches them.
 */
import { STATUS_CODES } from 'node:http';

export type FetchErrorKind =
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'network'
  | 'cancelled'
  | 'invalid-url'
  | 'blocked-address'
  | 'decompression';

export abstract class FetchError extends Error {
  abstract readonly kind: FetchErrorKind;
  /** The URL whose request failed: after redirects, the last one tried. */
  readonly url: string;

  protected constructor(message: string, url: string, options?: ErrorOptions) {
    super(`fetch: ${message}`, options);
    this.url = url;
    this.name = new.target.name;
  }
}

/** "10 MB", "512 KB", "1500 bytes": a limit as an operator would write it. */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

function formatDuration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

export class HttpStatusError extends FetchError {
  readonly kind = 'http-status' as const;
  readonly status: number;
  readonly statusText: string;
  /** How long the server asked us to wait (Retry-After), null when it did not say. */
  readonly retryAfterMs: number | null;

  constructor(url: string, status: number, statusText: string, retryAfterMs: number | null) {
    // HTTP/2 and some servers send no reason phrase; the standard one reads better in logs.
    const text = statusText || STATUS_CODES[status] || 'Unknown Status';
    const retry = retryAfterMs === null ? '' : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
    super(`HTTP ${status} ${text} from ${url}${retry}`, url);
    this.status = status;
    this.statusText = text;
    this.retryAfterMs = retryAfterMs;
  }
}

export class TimeoutError extends FetchError {
  readonly kind = 'timeout' as const;
  readonly deadlineMs: number;

  constructor(url: string, deadlineMs: number) {
    super(`no complete response within ${formatDuration(deadlineMs)} from ${url}`, url);
    this.deadlineMs = deadlineMs;
  }
}

export class TooLargeError extends FetchError {
  readonly kind = 'too-large' as const;
  readonly limitBytes: number;

  constructor(url: string, limitBytes: number) {
    super(`body larger than ${formatBytes(limitBytes)} from ${url}`, url);
    this.limitBytes = limitBytes;
  }
}

export class TooManyRedirectsError extends FetchError {
  readonly kind = 'too-many-redirects' as const;
  /** The number of redirects that were allowed (and followed) before giving up. */
  readonly count: number;

  constructor(url: string, count: number) {
    super(`more than ${count} redirect${count === 1 ? '' : 's'}, gave up at ${url}`, url);
    this.count = count;
  }
}

export class BadRedirectError extends FetchError {
  readonly kind = 'bad-redirect' as const;
  /** The Location header as sent, null when it was missing. */
  readonly location: string | null;

  constructor(url: string, location: string | null) {
    const why =
      location === null
        ? 'has no Location header'
        : URL.canParse(location, url)
          ? `points to ${JSON.stringify(location)}; only http and https are followed`
          : `has an invalid Location ${JSON.stringify(location)}`;
    super(`redirect from ${url} ${why}`, url);
    this.location = location;
  }
}

/** Node and undici error codes in words; the code itself stays in the message for searching. */
const NETWORK_CODE_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'server sent no headers in time',
  UND_ERR_BODY_TIMEOUT: 'server stopped sending the body',
  UND_ERR_HEADERS_OVERFLOW: 'response headers too large',
  // llhttp: the connection closed partway through a chunked body.
  HPE_INVALID_EOF_STATE: 'connection closed before the body was complete',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
};

export type NetworkStage = 'request' | 'body';

export class NetworkError extends FetchError {
  readonly kind = 'network' as const;
  /** The system or undici code (ECONNREFUSED, UND_ERR_SOCKET...), when there is one. */
  readonly code: string | null;
  readonly stage: NetworkStage;

  constructor(url: string, stage: NetworkStage, code: string | null, detail: string, options?: ErrorOptions) {
    const words = (code && NETWORK_CODE_WORDS[code]) || detail || 'network failure';
    const suffix = code ? ` (${code})` : '';
    const where = stage === 'request' ? `could not fetch ${url}` : `connection failed while reading the body from ${url}`;
    super(`${where}: ${words}${suffix}`, url, options);
    this.code = code;
    this.stage = stage;
  }
}

/** The outer signal (shutdown) fired: not the feed's fault, so callers should not count it as one. */
export class CancelledError extends FetchError {
  readonly kind = 'cancelled' as const;

  constructor(url: string, reason: unknown) {
    super(`cancelled while fetching ${url}`, url, { cause: reason });
  }
}

export class InvalidUrlError extends FetchError {
  readonly kind = 'invalid-url' as const;

  constructor(url: string) {
    super(`not an http or https URL: ${JSON.stringify(url)}`, url);
  }
}

/** A fetch for a Discord user tried to reach an address that is not public (see public-address.ts). */
export class BlockedAddressError extends FetchError {
  readonly kind = 'blocked-address' as const;
  readonly address: string;
  /** What the address is, in words: "a loopback address". */
  readonly reason: string;

  constructor(url: string, address: string, reason: string) {
    super(`refused to fetch ${url}: ${address} is ${reason}, not a public address`, url);
    this.address = address;
    this.reason = reason;
  }
}

export type DecompressionProblem = 'truncated' | 'corrupt' | 'too-many-codings';

function countBytes(bytes: number): string {
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * A compressed body that cannot be decoded whole. Kept apart from NetworkError because the
 * connection may have closed cleanly: only the compressed stream shows the body is incomplete,
 * and without this the feed would be blamed for "malformed XML".
 */
export class DecompressionError extends FetchError {
  readonly kind = 'decompression' as const;
  /** The content coding that failed ("gzip", "deflate", "br"); for too-many-codings, the whole Content-Encoding. */
  readonly encoding: string;
  readonly problem: DecompressionProblem;
  /** Compressed bytes received before the failure. */
  readonly wireBytes: number;
  /** zlib's code (Z_BUF_ERROR, Z_DATA_ERROR, ERR__ERROR_FORMAT_PADDING_1...), when there is one. */
  readonly code: string | null;

  constructor(url: string, encoding: string, problem: DecompressionProblem, wireBytes: number, code: string | null, detail: string, options?: ErrorOptions) {
    const body = `the ${encoding}-compressed body from ${url}`;
    const message =
      problem === 'truncated'
        ? `${body} ended before its end marker (after ${countBytes(wireBytes)} on the wire): the download was cut short`
        : problem === 'corrupt'
          ? `${body} is corrupt (${countBytes(wireBytes)} on the wire): ${detail || 'not valid ' + encoding}${code ? ` (${code})` : ''}`
          : `the body from ${url} is compressed in too many layers (Content-Encoding: ${encoding}); ${detail}`;
    super(message, url, options);
    this.encoding = encoding;
    this.problem = problem;
    this.wireBytes = wireBytes;
    this.code = code;
  }
}
