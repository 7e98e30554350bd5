/**
 * Stories, what matched in them, and their alerts. A story and its alert are written in one
 * transaction, so a crash leaves either both or neither: an alert is never lost or made twice.
 */
import type { StoryFeatures } from '../cluster/story-features';
import type { AlertPayload, MatchResult, Story } from '../model';
import type { Db } from './open-database';

export interface StoredStory {
  story: Story;
  match: MatchResult;
  /** Set when the same article was already stored from another feed. */
  duplicateOf: string | null;
  /** Set when another outlet's story about the same news came first: this one joins its alert. */
  clusterOf?: string | null;
  /** What the clusterer compares; stored for matched stories only. */
  features?: StoryFeatures | null;
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
    const insertEntity = this.db.prepare('INSERT OR IGNORE INTO story_entities (story_id, entity_id, name, mentions, at, original) VALUES (?, ?, ?, ?, ?, ?)');
    const insertClaim = this.db.prepare('INSERT OR IGNORE INTO story_claims (story_id, claim_id, stance, evidence, detail) VALUES (?, ?, ?, ?, ?)');
    const insertAlert = this.db.prepare('INSERT OR IGNORE INTO alerts (story_id, created_at, payload) VALUES (?, ?, ?)');
    const insertFeatures = this.db.prepare('INSERT OR IGNORE INTO story_features (story_id, at, features) VALUES (?, ?, ?)');
    const setCluster = this.db.prepare('UPDATE stories SET cluster_of = ? WHERE id = ?');
    const addOutlet = this.db.prepare(
      `INSERT OR IGNORE INTO alert_outlets (alert_id, story_id, feed_name, url, title, added_at)
       SELECT id, ?, ?, ?, ?, ? FROM alerts WHERE story_id = ?`,
    );
    const bumpOutlets = this.db.prepare('UPDATE alerts SET outlets_version = outlets_version + 1 WHERE story_id = ?');
    this.db.transaction(() => {
      for (const { story, match, duplicateOf, clusterOf, features, alert } of items) {
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
        // The story's time (storyTime in SQL) and whether it is an original, for /figure's index range.
        const at = Math.min(story.publishedAt ?? fetchedAt, fetchedAt);
        const original = duplicateOf === null ? 1 : 0;
        for (const entity of match.entities) insertEntity.run(story.id, entity.id, entity.name, entity.mentions, at, original);
        for (const claim of match.claims) {
          const detail = JSON.stringify({ asserting: claim.asserting, disputing: claim.disputing });
          insertClaim.run(story.id, claim.id, claim.stance, claim.evidence, detail);
        }
        if (features) insertFeatures.run(story.id, features.at, JSON.stringify(features));
        if (clusterOf) {
          setCluster.run(clusterOf, story.id);
          // Gathered under the first story's alert, if it has one (a new feed's first poll makes none).
          const added = addOutlet.run(story.id, story.feedName, story.url, story.title, fetchedAt, clusterOf);
          if (added.changes > 0) bumpOutlets.run(clusterOf);
        }
        if (alert) insertAlert.run(story.id, fetchedAt, JSON.stringify(alert));
      }
    })();
  }
}
