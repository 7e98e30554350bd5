/**
 * The few response headers the scheduler cares about, parsed leniently: a malformed value means
 * "the server said nothing", never an error.
 */

/**
 * Retry-After is either delta-seconds ("120") or an HTTP-date. A date in the past means "now" (0).
 * `nowMs` is a parameter so the date form can be tested without a clock.
 */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse also accepts bare numbers and odd fragments; an HTTP-date always names a weekday or month.
  if (!/[a-z]/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (!Number.isFinite(at)) return null;
  return Math.max(0, at - nowMs);
}

/**
 * max-age from Cache-Control, in seconds. no-store and no-cache mean "do not rely on this copy",
 * which for a poller is the same as no hint at all, so both give null.
 */
export function parseCacheMaxAge(value: string | null): number | null {
  if (value === null) return null;
  let maxAge: number | null = null;
  for (const directive of value.split(',')) {
    const [rawName, rawValue] = directive.split('=', 2);
    const name = rawName?.trim().toLowerCase();
    if (name === 'no-store' || name === 'no-cache') return null;
    if (name === 'max-age' && rawValue !== undefined) {
      const seconds = rawValue.trim().replace(/^"(.*)"$/, '$1');
      if (/^\d+$/.test(seconds)) maxAge = Number(seconds);
    }
  }
  return maxAge;
}

/** True when the body arrives as sent, so Content-Length is the size we would read. */
export function isUncompressed(contentEncoding: string | null): boolean {
  return contentEncoding === null || contentEncoding.trim() === '' || contentEncoding.trim().toLowerCase() === 'identity';
}
