/**
 * Stories, what matched in them, and their alerts. A story and its alert are written in one
 * transaction, so a crash leaves either both or neither: an alert is never lost or made twice.
 */
import type { AlertPayload, MatchResult, Story } from '../model';
import type { Db } from './open-database';

export interface StoredStory {
  story: Story;
  match: MatchResult;
  /** Set when the same article was already stored from another feed. */
  duplicateOf: string | null;
  alert: AlertPayload | null;
}

export class StoriesRepo {
  constructor(private readonly db: Db) {}

  /** Which of these ids are already stored: those items were seen before and never alert again. */
  knownIds(ids: readonly string[]): Set<string> {
    const known = new Set<string>();
    const lookup = this.db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
    for (const id of ids) if (lookup.get(id) !== undefined) known.add(id);
    return known;
  }

  /** The first stored story with this canonical URL, from any feed. */
  idByUrl(url: string): string | null {
    const row = this.db.prepare('SELECT id FROM stories WHERE url = ? AND duplicate_of IS NULL ORDER BY fetched_at LIMIT 1').pluck().get(url);
    return (row as string | undefined) ?? null;
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number;
  }

  saveAll(feedId: number, fetchedAt: number, items: readonly StoredStory[]): void {
    const insertStory = this.db.prepare(`
      INSERT OR IGNORE INTO stories (id, feed_id, guid, url, title, text, author, published_at, fetched_at, lang, summary, duplicate_of)
      VALUES (@id, @feedId, @guid, @url, @title, @text, @author, @publishedAt, @fetchedAt, @lang, @summary, @duplicateOf)`);
    const insertEntity = this.db.prepare('INSERT OR IGNORE INTO story_entities (story_id, entity_id, name, mentions) VALUES (?, ?, ?, ?)');
    const insertClaim = this.db.prepare('INSERT OR IGNORE INTO story_claims (story_id, claim_id, stance, evidence, detail) VALUES (?, ?, ?, ?, ?)');
    const insertAlert = this.db.prepare('INSERT OR IGNORE INTO alerts (story_id, created_at, payload) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const { story, match, duplicateOf, alert } of items) {
        const inserted = insertStory.run({
          id: story.id,
          feedId,
          guid: story.guid,
          url: story.url,
          title: story.title,
          text: story.text,
          author: story.author,
          publishedAt: story.publishedAt,
          fetchedAt,
          lang: match.lang,
          summary: match.summary,
          duplicateOf,
        });
        if (inserted.changes === 0) continue; // stored by an earlier poll: nothing more to do
        for (const entity of match.entities) insertEntity.run(story.id, entity.id, entity.name, entity.mentions);
        for (const claim of match.claims) {
          const detail = JSON.stringify({ asserting: claim.asserting, disputing: claim.disputing });
          insertClaim.run(story.id, claim.id, claim.stance, claim.evidence, detail);
        }
        if (alert) insertAlert.run(story.id, fetchedAt, JSON.stringify(alert));
      }
    })();
  }
}
