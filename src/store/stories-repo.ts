/**
 * Stories, what matched in them, and their alerts. A story and its alert are written in one
 * transaction, so a crash leaves either both or neither: an alert is never lost or made twice.
 */
import type { StoryFeatures } from '../cluster/story-features';
import type { StoredLink } from '../cluster/find-duplicate';
import type { AlertPayload, MatchResult, Story } from '../model';
import type { Db } from './open-database';
import { searchKey } from './story-time';

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

/** Every statement the repository runs, prepared once per repository instead of on every call. */
function prepareStatements(db: Db) {
  return {
    known: db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck(),
    latestOfFeed: db.prepare('SELECT id FROM stories WHERE feed_id = ? ORDER BY rowid DESC LIMIT ?').pluck(),
    firstByUrl: db.prepare(`
      SELECT s.id, s.title, f.url AS feedUrl FROM stories s JOIN feeds f ON f.id = s.feed_id
      WHERE s.url = ? AND s.duplicate_of IS NULL ORDER BY s.fetched_at LIMIT 1`),
    countAll: db.prepare('SELECT COUNT(*) FROM stories').pluck(),
    insertStory: db.prepare(`
      INSERT OR IGNORE INTO stories (id, feed_id, guid, url, title, text, author, published_at, fetched_at, lang, summary, duplicate_of)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertEntity: db.prepare('INSERT OR IGNORE INTO story_entities (story_id, entity_id, name, mentions, at, original) VALUES (?, ?, ?, ?, ?, ?)'),
    insertClaim: db.prepare('INSERT OR IGNORE INTO story_claims (story_id, claim_id, stance, evidence, detail) VALUES (?, ?, ?, ?, ?)'),
    insertAlert: db.prepare('INSERT OR IGNORE INTO alerts (story_id, created_at, payload) VALUES (?, ?, ?)'),
    insertFeatures: db.prepare('INSERT OR IGNORE INTO story_features (story_id, at, features) VALUES (?, ?, ?)'),
    setCluster: db.prepare('UPDATE stories SET cluster_of = ? WHERE id = ?'),
    // A link is listed once under an alert, and never the alert's own article again: a feed that
    // re-issues a story (new guid, same link or none) joins its own cluster, which must not read as
    // another outlet. Other links from the same feed are listed: an aggregator carries many outlets.
    addOutlet: db.prepare(
      `INSERT OR IGNORE INTO alert_outlets (alert_id, story_id, feed_name, url, title, added_at)
       SELECT a.id, @storyId, @feedName, @url, @title, @addedAt FROM alerts a JOIN stories root ON root.id = a.story_id
       WHERE a.story_id = @clusterOf
         AND NOT (root.feed_id = @feedId AND (@url IS NULL OR root.url = @url))
         AND NOT EXISTS (SELECT 1 FROM alert_outlets o WHERE o.alert_id = a.id AND o.url = @url)`,
    ),
    bumpOutlets: db.prepare('UPDATE alerts SET outlets_version = outlets_version + 1 WHERE story_id = ?'),
    indexPending: db.prepare(`
      INSERT INTO story_search (rowid, story_id, title, text)
      SELECT ${searchKey('s')} AS key, s.id, s.title, s.text
      FROM story_search_pending p JOIN stories s ON s.rowid = p.story_rowid ORDER BY key`),
    clearPending: db.prepare('DELETE FROM story_search_pending'),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/** One story and everything that goes with it; the caller holds the transaction. */
function writeStory(writes: Statements, feedId: number, fetchedAt: number, { story, match, duplicateOf, clusterOf, features, alert }: StoredStory): void {
  const inserted = writes.insertStory.run(
    story.id,
    feedId,
    story.guid,
    story.url,
    story.title,
    story.text,
    story.author,
    story.publishedAt,
    fetchedAt,
    match.lang,
    match.summary,
    duplicateOf,
  );
  if (inserted.changes === 0) return; // stored by an earlier poll: nothing more to do
  // The story's time (storyTime in SQL) and whether it is an original, for /figure's index range.
  const at = Math.min(story.publishedAt ?? fetchedAt, fetchedAt);
  const original = duplicateOf === null ? 1 : 0;
  for (const entity of match.entities) writes.insertEntity.run(story.id, entity.id, entity.name, entity.mentions, at, original);
  for (const claim of match.claims) {
    const detail = JSON.stringify({ asserting: claim.asserting, disputing: claim.disputing });
    writes.insertClaim.run(story.id, claim.id, claim.stance, claim.evidence, detail);
  }
  if (features) writes.insertFeatures.run(story.id, features.at, JSON.stringify(features));
  if (clusterOf) {
    writes.setCluster.run(clusterOf, story.id);
    // Gathered under the first story's alert, if it has one (a new feed's first poll makes none).
    const added = writes.addOutlet.run({ storyId: story.id, feedName: story.feedName, url: story.url, title: story.title, addedAt: fetchedAt, clusterOf, feedId });
    if (added.changes > 0) writes.bumpOutlets.run(clusterOf);
  }
  if (alert) writes.insertAlert.run(story.id, fetchedAt, JSON.stringify(alert));
}

export class StoriesRepo {
  private prepared: Statements | null = null;
  /** One transaction per call: a feed's stories and alerts are stored together or not at all. */
  private readonly saveInTransaction;
  private readonly indexInTransaction;

  constructor(private readonly db: Db) {
    this.saveInTransaction = db.transaction((feedId: number, fetchedAt: number, items: readonly StoredStory[]) => this.writeAll(feedId, fetchedAt, items));
    this.indexInTransaction = db.transaction((): number => {
      const indexed = this.statements.indexPending.run().changes;
      this.statements.clearPending.run();
      return indexed;
    });
  }

  /** Prepared on first use, so constructing a repository touches no table. */
  private get statements(): Statements {
    return (this.prepared ??= prepareStatements(this.db));
  }

  /** Which of these ids are already stored: those items were seen before and never alert again. */
  knownIds(ids: readonly string[]): Set<string> {
    const known = new Set<string>();
    const lookup = this.statements.known;
    for (const id of ids) if (lookup.get(id) !== undefined) known.add(id);
    return known;
  }

  /** The ids of the `limit` stories stored last from this feed, newest first. */
  latestIdsOfFeed(feedId: number, limit: number): string[] {
    return this.statements.latestOfFeed.all(feedId, limit) as string[];
  }

  /** The first stored story with this canonical URL, from any feed. */
  firstByUrl(url: string): StoredLink | null {
    return (this.statements.firstByUrl.get(url) as StoredLink | undefined) ?? null;
  }

  count(): number {
    return this.statements.countAll.get() as number;
  }

  /**
   * All of a feed's stories in one transaction, or in the caller's when it holds one (a poll's health
   * write, FeedsRepo.recordSuccess): there a savepoint of their own would make SQLite journal the pages
   * they change a second time (about 12 µs a story, measured), and a throw rolls the caller's back anyway.
   */
  saveAll(feedId: number, fetchedAt: number, items: readonly StoredStory[]): void {
    if (this.db.inTransaction) this.writeAll(feedId, fetchedAt, items);
    else this.saveInTransaction(feedId, fetchedAt, items);
  }

  private writeAll(feedId: number, fetchedAt: number, items: readonly StoredStory[]): void {
    const statements = this.statements;
    for (const item of items) writeStory(statements, feedId, fetchedAt, item);
  }

  /**
   * Adds every story stored since the last call to the full-text index, in key order, in one
   * transaction; returns how many. Called once a tick (see migration 6): FTS5 writes keys that come
   * in order as one segment, where keys arriving feed by feed overlap and cost twice as much to merge.
   */
  indexForSearch(): number {
    return this.indexInTransaction();
  }

  /**
   * Copies what the write-ahead log holds into the database file, without waiting for readers.
   * Called once a tick has stored everything: left to SQLite's own trigger (see openDatabase), a big
   * tick would sync the disk several times over and copy pages the next feed changes again.
   */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }
}
