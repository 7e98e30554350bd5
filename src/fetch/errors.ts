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
  | 'blocked-address';

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
  Z_DATA_ERROR: 'compressed body is corrupt',
  Z_BUF_ERROR: 'compressed body is truncated',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
};

export type NetworkStage = 'request' | 'body';

export class NetworkError extends FetchError {
  readonly kind = 'network' as const;
  /** The system or undici code (ECONNREFUSED, UND_ERR_SOCKET, Z_DATA_ERROR...), when there is one. */
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
