/**
 * When a story happened, for periods and ordering: its published date, unless the feed gave none or
 * dated it after we fetched it (a wrong time zone), then when we fetched it. Written exactly as the
 * `stories_time` index (migration 2) so SQLite uses that index; `alias` is the stories table alias.
 */
export function storyTime(alias = 's'): string {
  return `min(coalesce(${alias}.published_at, ${alias}.fetched_at), ${alias}.fetched_at)`;
}

/**
 * The search key of a stories row (`alias` is `new`, `old` or the table): when it happened, in whole
 * seconds clamped to [0, 2^32), times 2^31, plus the row's rowid. Unique while rowids stay under 2^31.
 * Reading story_search by this key backwards is newest first (migration 5).
 */
export function searchKey(alias: string): string {
  return `(max(0, min(${storyTime(alias)} / 1000, 4294967295)) * 2147483648 + ${alias}.rowid)`;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
