/**
 * The fetch errors: each kind's message says what went wrong and names the URL, in words an
 * operator reads in a log or a health notice, and carries the fields callers switch on.
 */
import { describe, expect, it } from 'vitest';
import {
  BadRedirectError,
  BlockedAddressError,
  CancelledError,
  DecompressionError,
  FetchError,
  formatBytes,
  HttpStatusError,
  InvalidUrlError,
  NetworkError,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
} from '../../src/fetch/errors';

const URL_ = 'https://noticias.example/venezuela/rss';

describe('formatBytes', () => {
  it('writes a limit as an operator would: whole MB, else whole KB, else bytes', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(512 * 1024)).toBe('512 KB');
    expect(formatBytes(1024 * 1024 + 1024)).toBe('1025 KB');
    expect(formatBytes(1536)).toBe('1536 bytes');
    expect(formatBytes(1024 * 1024 + 1)).toBe('1048577 bytes');
    expect(formatBytes(1000)).toBe('1000 bytes');
    expect(formatBytes(0)).toBe('0 bytes');
  });
});

describe('every fetch error', () => {
  const all: FetchError[] = [
    new HttpStatusError(URL_, 404, 'Not Found', null),
    new TimeoutError(URL_, 20_000),
    new TooLargeError(URL_, 1024),
    new TooManyRedirectsError(URL_, 5),
    new BadRedirectError(URL_, null),
    new NetworkError(URL_, 'request', 'ECONNREFUSED', 'connect ECONNREFUSED'),
    new CancelledError(URL_, new Error('shutdown')),
    new InvalidUrlError(URL_),
    new BlockedAddressError(URL_, '10.0.0.5', 'a private address'),
    new DecompressionError(URL_, 'gzip', 'truncated', 512, 'Z_BUF_ERROR', 'unexpected end of file'),
  ];

  it('is an Error named after its class, says it came from fetch, and names the URL', () => {
    for (const error of all) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(FetchError);
      expect(error.name).toBe(error.constructor.name);
      expect(error.message.startsWith('fetch: ')).toBe(true);
      expect(error.message).toContain(URL_);
      expect(error.url).toBe(URL_);
    }
  });

  it('has a kind of its own', () => {
    expect(all.map((error) => error.kind)).toEqual([
      'http-status',
      'timeout',
      'too-large',
      'too-many-redirects',
      'bad-redirect',
      'network',
      'cancelled',
      'invalid-url',
      'blocked-address',
      'decompression',
    ]);
  });
});

describe('HttpStatusError', () => {
  it('gives the status, its reason and the URL', () => {
    const error = new HttpStatusError(URL_, 404, 'Not Found', null);
    expect(error.message).toBe(`fetch: HTTP 404 Not Found from ${URL_}`);
    expect(error).toMatchObject({ status: 404, statusText: 'Not Found', retryAfterMs: null });
  });

  it('fills in the standard reason when the server sent none, and says so when there is no standard one', () => {
    expect(new HttpStatusError(URL_, 503, '', null).message).toBe(`fetch: HTTP 503 Service Unavailable from ${URL_}`);
    expect(new HttpStatusError(URL_, 503, '', null).statusText).toBe('Service Unavailable');
    expect(new HttpStatusError(URL_, 599, '', null).message).toBe(`fetch: HTTP 599 Unknown Status from ${URL_}`);
  });

  it('keeps the server’s own reason phrase', () => {
    expect(new HttpStatusError(URL_, 429, 'Slow Down', null).message).toBe(`fetch: HTTP 429 Slow Down from ${URL_}`);
  });

  it('says how long the server asked us to wait, rounded up to whole seconds', () => {
    const error = new HttpStatusError(URL_, 429, 'Too Many Requests', 1500);
    expect(error.message).toBe(`fetch: HTTP 429 Too Many Requests from ${URL_} (retry after 2 s)`);
    expect(error.retryAfterMs).toBe(1500);
    expect(new HttpStatusError(URL_, 503, '', 7_200_000).message).toMatch(/\(retry after 7200 s\)$/);
  });
});

describe('TimeoutError', () => {
  it('gives the deadline in seconds when whole, else in milliseconds', () => {
    expect(new TimeoutError(URL_, 20_000).message).toBe(`fetch: no complete response within 20 s from ${URL_}`);
    expect(new TimeoutError(URL_, 1500).message).toBe(`fetch: no complete response within 1500 ms from ${URL_}`);
    expect(new TimeoutError(URL_, 500).message).toBe(`fetch: no complete response within 500 ms from ${URL_}`);
    expect(new TimeoutError(URL_, 500).deadlineMs).toBe(500);
  });
});

describe('TooLargeError', () => {
  it('gives the limit as an operator wrote it', () => {
    const error = new TooLargeError(URL_, 10 * 1024 * 1024);
    expect(error.message).toBe(`fetch: body larger than 10 MB from ${URL_}`);
    expect(error.limitBytes).toBe(10 * 1024 * 1024);
  });
});

describe('TooManyRedirectsError', () => {
  it('gives how many redirects were allowed, in the singular for one, and where it gave up', () => {
    expect(new TooManyRedirectsError(URL_, 5).message).toBe(`fetch: more than 5 redirects, gave up at ${URL_}`);
    expect(new TooManyRedirectsError(URL_, 1).message).toBe(`fetch: more than 1 redirect, gave up at ${URL_}`);
    expect(new TooManyRedirectsError(URL_, 0).message).toBe(`fetch: more than 0 redirects, gave up at ${URL_}`);
    expect(new TooManyRedirectsError(URL_, 5).count).toBe(5);
  });
});

describe('BadRedirectError', () => {
  it('says the Location header is missing', () => {
    const error = new BadRedirectError(URL_, null);
    expect(error.message).toBe(`fetch: redirect from ${URL_} has no Location header`);
    expect(error.location).toBeNull();
  });

  it('quotes a Location to another scheme and says only http and https are followed', () => {
    expect(new BadRedirectError(URL_, 'ftp://archivo.example/rss').message).toBe(
      `fetch: redirect from ${URL_} points to "ftp://archivo.example/rss"; only http and https are followed`,
    );
  });

  it('quotes a Location that is not a URL at all', () => {
    const error = new BadRedirectError(URL_, 'http://[not-an-address');
    expect(error.message).toBe(`fetch: redirect from ${URL_} has an invalid Location "http://[not-an-address"`);
    expect(error.location).toBe('http://[not-an-address');
  });
});

describe('NetworkError', () => {
  it('puts a known code in words and keeps the code for searching', () => {
    const error = new NetworkError(URL_, 'request', 'ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9');
    expect(error.message).toBe(`fetch: could not fetch ${URL_}: connection refused (ECONNREFUSED)`);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', stage: 'request' });
    expect(new NetworkError(URL_, 'request', 'ENOTFOUND', '').message).toBe(`fetch: could not fetch ${URL_}: host name not found (DNS) (ENOTFOUND)`);
  });

  it('says when the connection failed while reading the body', () => {
    const error = new NetworkError(URL_, 'body', 'UND_ERR_SOCKET', 'other side closed');
    expect(error.message).toBe(`fetch: connection failed while reading the body from ${URL_}: connection closed unexpectedly (UND_ERR_SOCKET)`);
    expect(error.stage).toBe('body');
  });

  it('falls back to the detail for an unknown code, and to plain words when there is neither', () => {
    expect(new NetworkError(URL_, 'request', 'EWEIRD', 'something odd').message).toBe(`fetch: could not fetch ${URL_}: something odd (EWEIRD)`);
    expect(new NetworkError(URL_, 'request', null, 'socket hang up').message).toBe(`fetch: could not fetch ${URL_}: socket hang up`);
    expect(new NetworkError(URL_, 'request', null, '').message).toBe(`fetch: could not fetch ${URL_}: network failure`);
    expect(new NetworkError(URL_, 'request', null, '').code).toBeNull();
  });

  it('keeps the underlying error as its cause', () => {
    const cause = new Error('connect ECONNRESET');
    expect(new NetworkError(URL_, 'request', 'ECONNRESET', cause.message, { cause }).cause).toBe(cause);
  });
});

describe('CancelledError', () => {
  it('says the fetch was cancelled and keeps the reason as its cause', () => {
    const reason = new Error('shutting down');
    const error = new CancelledError(URL_, reason);
    expect(error.message).toBe(`fetch: cancelled while fetching ${URL_}`);
    expect(error.cause).toBe(reason);
  });
});

describe('InvalidUrlError', () => {
  it('quotes what was given, so an empty or spaced value is visible', () => {
    expect(new InvalidUrlError('gopher://old.example').message).toBe('fetch: not an http or https URL: "gopher://old.example"');
    expect(new InvalidUrlError(' ').message).toBe('fetch: not an http or https URL: " "');
  });
});

describe('BlockedAddressError', () => {
  it('names the URL, the address it resolved to and why that address is refused', () => {
    const error = new BlockedAddressError('http://intranet.example/rss', '127.0.0.1', 'a loopback address');
    expect(error.message).toBe('fetch: refused to fetch http://intranet.example/rss: 127.0.0.1 is a loopback address, not a public address');
    expect(error).toMatchObject({ address: '127.0.0.1', reason: 'a loopback address', url: 'http://intranet.example/rss' });
  });
});

describe('DecompressionError', () => {
  it('says a truncated body ended before its end marker, after how many bytes, and why that matters', () => {
    const error = new DecompressionError(URL_, 'gzip', 'truncated', 2048, 'Z_BUF_ERROR', 'unexpected end of file');
    expect(error.message).toBe(`fetch: the gzip-compressed body from ${URL_} ended before its end marker (after 2048 bytes on the wire): the download was cut short`);
    expect(error).toMatchObject({ kind: 'decompression', encoding: 'gzip', problem: 'truncated', wireBytes: 2048, code: 'Z_BUF_ERROR' });
    expect(new DecompressionError(URL_, 'br', 'truncated', 1, 'Z_BUF_ERROR', '').message).toContain('(after 1 byte on the wire)');
  });

  it('gives the decoder’s reason and code for a corrupt body, and plain words when it gave none', () => {
    expect(new DecompressionError(URL_, 'gzip', 'corrupt', 15, 'Z_DATA_ERROR', 'incorrect header check').message).toBe(
      `fetch: the gzip-compressed body from ${URL_} is corrupt (15 bytes on the wire): incorrect header check (Z_DATA_ERROR)`,
    );
    expect(new DecompressionError(URL_, 'deflate', 'corrupt', 0, null, '').message).toBe(`fetch: the deflate-compressed body from ${URL_} is corrupt (0 bytes on the wire): not valid deflate`);
  });

  it('quotes the Content-Encoding that stacked too many codings', () => {
    const error = new DecompressionError(URL_, 'gzip, gzip', 'too-many-codings', 0, null, 'at most 1 is decoded');
    expect(error.message).toBe(`fetch: the body from ${URL_} is compressed in too many layers (Content-Encoding: gzip, gzip); at most 1 is decoded`);
  });

  it('keeps the decoder’s error as its cause', () => {
    const cause = Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' });
    expect(new DecompressionError(URL_, 'gzip', 'truncated', 10, 'Z_BUF_ERROR', cause.message, { cause }).cause).toBe(cause);
  });
});
