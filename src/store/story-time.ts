/**
 * When a story happened, for periods and ordering: its published date, unless the feed gave none or
 * dated it after we fetched it (a wrong time zone), then when we fetched it. Written exactly as the
 * `stories_time` index (migration 2) so SQLite uses that index; `alias` is the stories table alias.
 */
export function storyTime(alias = 's'): string {
  return `min(coalesce(${alias}.published_at, ${alias}.fetched_at), ${alias}.fetched_at)`;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
