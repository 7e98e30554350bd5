/**
 * Full-text search over stored stories (FTS5 table story_search, migration 2), newest first, one
 * page at a time. Copies of an article from other feeds are left out: each story appears once.
 */
import type { Db } from './open-database';
import { joinStoriesOn, STORY_REF_COLUMNS, type StoryRef } from './story-ref';

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
    const from = `story_search q ${joinStoriesOn('s.id = q.story_id')}`;
    const where = 'story_search MATCH @query AND s.duplicate_of IS NULL';
    const total = this.db.prepare(`SELECT COUNT(*) FROM ${from} WHERE ${where}`).pluck().get({ query: ftsQuery }) as number;
    const stories = this.db
      .prepare(`SELECT ${STORY_REF_COLUMNS} FROM ${from} WHERE ${where} ORDER BY time DESC, s.id LIMIT @limit OFFSET @offset`)
      .all({ query: ftsQuery, limit: page.limit, offset: page.offset }) as StoryRef[];
    // Snippets only for the page shown: computing them before the sort would cost one per match.
    const snippets = new Map(
      (
        this.db
          .prepare(
            `SELECT story_id AS id, snippet(story_search, 2, @start, @end, '…', 16) AS snippet FROM story_search
             WHERE story_search MATCH @query AND story_id IN (SELECT value FROM json_each(@ids))`,
          )
          .all({ query: ftsQuery, start: MATCH_START, end: MATCH_END, ids: JSON.stringify(stories.map((story) => story.id)) }) as Array<{
          id: string;
          snippet: string;
        }>
      ).map((row) => [row.id, row.snippet]),
    );
    return { total, hits: stories.map((story) => ({ ...story, snippet: snippets.get(story.id) ?? '' })) };
  }
}
