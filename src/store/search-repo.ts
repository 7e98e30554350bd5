/**
 * Full-text search over stored stories (FTS5 table story_search, migrations 2 and 5), newest first, one
 * page at a time. Copies of an article from other feeds are left out: each story appears once. The
 * index holds no text (migration 8): hits carry the story's stored text for their snippet.
 */
import type { Db } from './open-database';
import { STORIES_WITH_FEED, STORY_REF_COLUMNS, type StoryRef } from './story-ref';

export interface SearchHit extends StoryRef {
  /** The story's stored text, for the snippet (the index keeps no copy: migration 8). */
  text: string;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

export class SearchRepo {
  constructor(private readonly db: Db) {}

  /** `ftsQuery` must come from toFtsQuery: raw user text could be an FTS5 syntax error. */
  search(ftsQuery: string, page: { limit: number; offset: number }): SearchPage {
    const total = this.db.prepare('SELECT COUNT(*) FROM story_search WHERE story_search MATCH ?').pluck().get(ftsQuery) as number;
    // The index is keyed by time (migration 5): reading it backwards is newest first, and SQLite
    // stops after the page, so the sort costs no more as matches grow.
    const ids = this.db
      .prepare('SELECT story_id FROM story_search WHERE story_search MATCH @query ORDER BY rowid DESC LIMIT @limit OFFSET @offset')
      .pluck()
      .all({ query: ftsQuery, limit: page.limit, offset: page.offset }) as string[];
    const story = this.db.prepare(`SELECT ${STORY_REF_COLUMNS}, s.text AS text FROM ${STORIES_WITH_FEED} WHERE s.id = ?`);
    return { total, hits: ids.flatMap((id) => (story.get(id) as SearchHit | undefined) ?? []) };
  }
}
