/**
 * When to check a feed next. After a success: the feed's interval, stretched (never shortened) by
 * the publisher's RSS TTL or Cache-Control max-age, up to a ceiling. After a failure: exponential
 * back-off from the interval, capped, and never sooner than the server's Retry-After.
 */

export interface SuccessTiming {
  now: number;
  intervalS: number;
  ttlMinutes: number | null;
  cacheMaxAgeS: number | null;
  maxIntervalS: number;
}

export function nextCheckAfterSuccess(timing: SuccessTiming): number {
  const hint = Math.max(timing.ttlMinutes !== null ? timing.ttlMinutes * 60 : 0, timing.cacheMaxAgeS ?? 0);
  const ceiling = Math.max(timing.intervalS, timing.maxIntervalS);
  const waitS = Math.min(Math.max(timing.intervalS, hint), ceiling);
  return timing.now + waitS * 1000;
}

export interface FailureTiming {
  now: number;
  intervalS: number;
  /** Consecutive failures including this one (1 for the first). */
  errors: number;
  retryAfterMs: number | null;
  backoffCapS: number;
}

/** Retry-After beyond a day is a misconfigured server, not a plan. */
const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

export function nextCheckAfterFailure(timing: FailureTiming): number {
  const exponent = Math.min(Math.max(timing.errors - 1, 0), 30);
  const backoffMs = Math.min(timing.intervalS * 2 ** exponent, Math.max(timing.backoffCapS, timing.intervalS)) * 1000;
  const retryAfterMs = Math.min(timing.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return timing.now + Math.max(backoffMs, retryAfterMs);
}
