import { describe, expect, it } from 'vitest';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from '../../src/schedule/next-check';

const now = 1_700_000_000_000;
const S = 1000;
const HOUR = 3600;

describe('nextCheckAfterSuccess', () => {
  const base = { now, intervalS: 600, ttlMinutes: null, cacheMaxAgeS: null, maxIntervalS: 6 * HOUR };

  it('waits the interval when the feed gives no hint', () => {
    expect(nextCheckAfterSuccess(base)).toBe(now + 600 * S);
  });

  it('stretches the interval to the RSS TTL', () => {
    expect(nextCheckAfterSuccess({ ...base, ttlMinutes: 30 })).toBe(now + 1800 * S);
  });

  it('stretches the interval to Cache-Control max-age', () => {
    expect(nextCheckAfterSuccess({ ...base, cacheMaxAgeS: 3600 })).toBe(now + 3600 * S);
  });

  it('takes the longer of TTL and max-age', () => {
    expect(nextCheckAfterSuccess({ ...base, ttlMinutes: 60, cacheMaxAgeS: 1200 })).toBe(now + 3600 * S);
    expect(nextCheckAfterSuccess({ ...base, ttlMinutes: 20, cacheMaxAgeS: 2400 })).toBe(now + 2400 * S);
  });

  it('never shortens the interval', () => {
    expect(nextCheckAfterSuccess({ ...base, ttlMinutes: 1, cacheMaxAgeS: 0 })).toBe(now + 600 * S);
    expect(nextCheckAfterSuccess({ ...base, cacheMaxAgeS: 60 })).toBe(now + 600 * S);
  });

  it('caps the stretch at the ceiling', () => {
    expect(nextCheckAfterSuccess({ ...base, ttlMinutes: 24 * 60 })).toBe(now + 6 * HOUR * S);
    expect(nextCheckAfterSuccess({ ...base, cacheMaxAgeS: 31_536_000 })).toBe(now + 6 * HOUR * S);
  });

  it('keeps an interval longer than the ceiling', () => {
    expect(nextCheckAfterSuccess({ ...base, intervalS: 12 * HOUR, ttlMinutes: 24 * 60 })).toBe(now + 12 * HOUR * S);
  });
});

describe('nextCheckAfterFailure', () => {
  const base = { now, intervalS: 600, errors: 1, retryAfterMs: null, backoffCapS: 6 * HOUR };

  it('waits one interval after the first failure', () => {
    expect(nextCheckAfterFailure(base)).toBe(now + 600 * S);
  });

  it('doubles the wait with each consecutive failure', () => {
    expect(nextCheckAfterFailure({ ...base, errors: 2 })).toBe(now + 1200 * S);
    expect(nextCheckAfterFailure({ ...base, errors: 3 })).toBe(now + 2400 * S);
    expect(nextCheckAfterFailure({ ...base, errors: 4 })).toBe(now + 4800 * S);
  });

  it('caps the back-off', () => {
    expect(nextCheckAfterFailure({ ...base, errors: 10 })).toBe(now + 6 * HOUR * S);
    expect(nextCheckAfterFailure({ ...base, errors: 1000 })).toBe(now + 6 * HOUR * S);
  });

  it('never waits less than the interval, even with a lower cap', () => {
    expect(nextCheckAfterFailure({ ...base, errors: 5, backoffCapS: 60 })).toBe(now + 600 * S);
  });

  it('waits at least as long as Retry-After', () => {
    expect(nextCheckAfterFailure({ ...base, retryAfterMs: 2 * HOUR * S })).toBe(now + 2 * HOUR * S);
  });

  it('ignores a Retry-After shorter than the back-off', () => {
    expect(nextCheckAfterFailure({ ...base, errors: 3, retryAfterMs: 30 * S })).toBe(now + 2400 * S);
  });

  it('caps Retry-After at 24 hours', () => {
    expect(nextCheckAfterFailure({ ...base, retryAfterMs: 7 * 24 * HOUR * S })).toBe(now + 24 * HOUR * S);
  });
});
