import { describe, expect, it } from 'vitest';
import { isUncompressed, parseCacheMaxAge, parseRetryAfter } from '../../src/fetch/http-headers';
import { formatBytes } from '../../src/fetch/errors';

describe('parseRetryAfter', () => {
  const now = Date.parse('Tue, 01 Jul 2025 10:00:00 GMT');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Tue, 01 Jul 2025 10:02:30 GMT', now)).toBe(150_000);
  });

  it('treats a date in the past as now', () => {
    expect(parseRetryAfter('Tue, 01 Jul 2025 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
  });
});

describe('parseCacheMaxAge', () => {
  it('reads max-age among other directives', () => {
    expect(parseCacheMaxAge('public, max-age=300')).toBe(300);
    expect(parseCacheMaxAge('Max-Age="60", must-revalidate')).toBe(60);
    expect(parseCacheMaxAge('max-age=0')).toBe(0);
  });

  it('gives null for no-cache, no-store, a missing header or a bad value', () => {
    expect(parseCacheMaxAge('no-cache')).toBeNull();
    expect(parseCacheMaxAge('max-age=300, no-store')).toBeNull();
    expect(parseCacheMaxAge(null)).toBeNull();
    expect(parseCacheMaxAge('public')).toBeNull();
    expect(parseCacheMaxAge('max-age=abc')).toBeNull();
  });
});

describe('isUncompressed', () => {
  it('is true only without a real content-encoding', () => {
    expect(isUncompressed(null)).toBe(true);
    expect(isUncompressed('identity')).toBe(true);
    expect(isUncompressed('gzip')).toBe(false);
  });
});

describe('formatBytes', () => {
  it('writes limits in words', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(512 * 1024)).toBe('512 KB');
    expect(formatBytes(1500)).toBe('1500 bytes');
  });
});
