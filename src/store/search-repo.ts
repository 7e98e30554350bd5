/**
 * Full-text search over stored stories (FTS5 table story_search, migrations 2 and 5), newest first, one
 * page at a time. Copies of an article from other feeds are left out: each story appears once.
 */
import type { Db } from './open-database';
import { STORIES_WITH_FEED, STORY_REF_COLUMNS, type StoryRef } from './story-ref';

export interface SearchHit extends StoryRef {
  /** A few words around the match; the matched words wrapped in MATCH_START and MATCH_END. */
  snippet: string;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** Private-use characters that cannot occur in feed text, so a formatter can turn them into bold. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export class SearchRepo {
  constructor(private readonly db: Db) {}

  /** `ftsQuery` must come from toFtsQuery: raw user text could be an FTS5 syntax error. */
  search(ftsQuery: string, page: { limit: number; offset: number }): SearchPage {
    const total = this.db.prepare('SELECT COUNT(*) FROM story_search WHERE story_search MATCH ?').pluck().get(ftsQuery) as number;
    // The index is keyed by time (migration 5): reading it backwards is newest first, and SQLite
    // stops after the page, so neither the sort nor the snippets cost more as matches grow.
    const rows = this.db
      .prepare(
        `SELECT story_id AS id, snippet(story_search, 2, @start, @end, '…', 16) AS snippet FROM story_search
         WHERE story_search MATCH @query ORDER BY rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ query: ftsQuery, start: MATCH_START, end: MATCH_END, limit: page.limit, offset: page.offset }) as Array<{ id: string; snippet: string }>;
    const story = this.db.prepare(`SELECT ${STORY_REF_COLUMNS} FROM ${STORIES_WITH_FEED} WHERE s.id = ?`);
    const hits = rows.flatMap((row) => {
      const ref = story.get(row.id) as StoryRef | undefined;
      return ref ? [{ ...ref, snippet: row.snippet }] : [];
    });
    return { total, hits };
  }
}
