/**
 * Feeds and their health, as the scheduler and the status commands see them. A poll's health write
 * queues the health notice it causes in the same transaction (see writeHealth), and lands only if
 * the feed was not switched off or on since the poll read its row.
 */
import type { FeedConfig } from '../config/schema';
import { healthNotice, type HealthNotice } from '../route/feed-health-transition';
import { addressAfterSuccess } from '../schedule/poll-address';
import { NoticesRepo } from './notices-repo';
import type { Db } from './open-database';

export interface FeedRow {
  id: number;
  url: string;
  name: string;
  language: string | null;
  intervalS: number | null;
  enabled: boolean;
  origin: 'config' | 'user';
  etag: string | null;
  lastModified: string | null;
  nextCheckAt: number;
  lastCheckedAt: number | null;
  lastSuccessAt: number | null;
  consecutiveErrors: number;
  lastError: string | null;
  lastErrorAt: number | null;
  disabledReason: string | null;
  firstPolledAt: number | null;
  /** Times the feed was switched off or on (migration 12): tells a poll whether its row is still current. */
  switchCount: number;
  /** Polled instead of url after a confirmed permanent redirect (migration 13; schedule/poll-address.ts); null: url. */
  pollUrl: string | null;
  /** A permanent redirect target seen on the last movedSeen successful polls, not yet confirmed. */
  movedTo: string | null;
  movedSeen: number;
}

/** The row a poll started from, as much of it as recording the poll's outcome needs. */
export type PolledFeed = Pick<FeedRow, 'id' | 'switchCount'>;

/**
 * What recording a poll's outcome did: nothing, when the feed was removed or disabled (or removed
 * and added back) while it was polled; else the health notice it queued, if any.
 */
export type PollRecord = { recorded: false } | { recorded: true; notice: HealthNotice | null };

/** A success's record also says whether it confirmed a permanent move: the address now polled, or null. */
export type SuccessRecord = { recorded: false } | { recorded: true; notice: HealthNotice | null; moved: string | null };

const COLUMNS = `id, url, name, language, interval_s AS intervalS, enabled, origin, etag, last_modified AS lastModified,
  next_check_at AS nextCheckAt, last_checked_at AS lastCheckedAt, last_success_at AS lastSuccessAt,
  consecutive_errors AS consecutiveErrors, last_error AS lastError, last_error_at AS lastErrorAt,
  disabled_reason AS disabledReason, first_polled_at AS firstPolledAt, switch_count AS switchCount,
  poll_url AS pollUrl, moved_to AS movedTo, moved_seen AS movedSeen`;

type RawFeedRow = Omit<FeedRow, 'enabled'> & { enabled: number };

const toFeed = (row: RawFeedRow): FeedRow => ({ ...row, enabled: row.enabled === 1 });

/** Only a feed still on, and not switched since the poll read it, takes that poll's outcome. */
const STILL_POLLED = 'id = @id AND enabled = 1 AND switch_count = @switchCount';

/** The reasons syncFromConfig disables a feed for, as an SQL list: only these does the file itself undo. */
const CONFIG_REASONS = `'disabled in feeds.yaml', 'no longer in feeds.yaml'`;

export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}

export class FeedsRepo {
  // On this repo's own connection, so a notice shares the transaction of the change that causes it.
  private readonly notices: NoticesRepo;

  constructor(private readonly db: Db) {
    this.notices = new NoticesRepo(db);
  }

  all(): FeedRow[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM feeds ORDER BY id`).all() as RawFeedRow[]).map(toFeed);
  }

  byUrl(url: string): FeedRow | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE url = ?`).get(url) as RawFeedRow | undefined;
    return row && toFeed(row);
  }

  /**
   * Whether a feed read for a tick is still to be polled when its turn comes: a tick queues hundreds
   * of feeds, and one removed or disabled meanwhile (by /feeds remove, or another process) is skipped
   * rather than fetched. The write at the end checks again, for a change during the poll itself.
   */
  stillPolled(feed: PolledFeed): boolean {
    return this.db.prepare(`SELECT 1 FROM feeds WHERE ${STILL_POLLED}`).get({ id: feed.id, switchCount: feed.switchCount }) !== undefined;
  }

  private byId(id: number): FeedRow | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE id = ?`).get(id) as RawFeedRow | undefined;
    return row && toFeed(row);
  }

  /**
   * Enabled feeds to poll now, the most overdue first: those whose next check has come, those never
   * checked, and those whose last check lies ahead of `now`. Next checks are clock times: once the
   * clock is set back (an NTP step, a corrected host) a wait would stretch by the whole step, and a
   * feed checked just before a 6-hour step would sleep 6 hours more. Such a feed is polled at once
   * and rescheduled from the corrected clock; one checked before the time the clock went back to
   * keeps its wait, which began in the past either way.
   */
  due(now: number): FeedRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM feeds WHERE enabled = 1
         AND (next_check_at <= @now OR last_checked_at IS NULL OR last_checked_at > @now)
         ORDER BY next_check_at, id`,
      )
      .all({ now }) as RawFeedRow[];
    return rows.map(toFeed);
  }

  enabled(): FeedRow[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE enabled = 1 ORDER BY id`).all() as RawFeedRow[]).map(toFeed);
  }

  /**
   * Makes the table agree with feeds.yaml: new feeds are added, changed ones updated, and feeds that
   * left the file are disabled (not deleted: their stories stay searchable). Health is kept, except
   * that a feed the file turns back on starts afresh, as reEnable does: errors from before it was
   * disabled would otherwise disable it again at its first transient failure.
   */
  syncFromConfig(feeds: readonly FeedConfig[], now: number): void {
    // Every SET expression reads the row as it was before this update.
    const turnedBackOn = `feeds.enabled = 0 AND excluded.enabled = 1
      AND (feeds.disabled_reason IS NULL OR feeds.disabled_reason IN (${CONFIG_REASONS}))`;
    const upsert = this.db.prepare(`
      INSERT INTO feeds (url, name, language, interval_s, enabled, origin, created_at, disabled_reason)
      VALUES (@url, @name, @language, @interval, @enabled, 'config', @now, @reason)
      ON CONFLICT(url) DO UPDATE SET name = excluded.name, language = excluded.language,
        interval_s = excluded.interval_s, origin = 'config',
        consecutive_errors = CASE WHEN ${turnedBackOn} THEN 0 ELSE feeds.consecutive_errors END,
        next_check_at = CASE WHEN ${turnedBackOn} THEN @now ELSE feeds.next_check_at END,
        enabled = CASE WHEN feeds.disabled_reason IS NOT NULL AND feeds.disabled_reason NOT IN
          (${CONFIG_REASONS}) AND excluded.enabled = 1 THEN 0 ELSE excluded.enabled END,
        disabled_reason = CASE WHEN excluded.enabled = 0 THEN 'disabled in feeds.yaml'
          WHEN feeds.disabled_reason IN (${CONFIG_REASONS}) THEN NULL
          ELSE feeds.disabled_reason END`);
    const listed = new Set(feeds.map((feed) => feed.url));
    this.db.transaction(() => {
      for (const feed of feeds) {
        upsert.run({
          url: feed.url,
          name: feed.name ?? hostOf(feed.url),
          language: feed.language ?? null,
          interval: feed.interval ?? null,
          enabled: feed.enabled ? 1 : 0,
          now,
          reason: feed.enabled ? null : 'disabled in feeds.yaml',
        });
      }
      const stale = this.db.prepare(`SELECT url FROM feeds WHERE origin = 'config' AND enabled = 1`).all() as Array<{ url: string }>;
      const disable = this.db.prepare(`UPDATE feeds SET enabled = 0, disabled_reason = 'no longer in feeds.yaml' WHERE url = ?`);
      for (const { url } of stale) if (!listed.has(url)) disable.run(url);
    })();
  }

  /**
   * `etag`, `lastModified`: the validators to send next time. Each one given replaces the stored one,
   * null clearing it (a 200 without it: sending a stale one would never get a 304 again); one left
   * out is kept (a 304 that does not repeat it). `permanentUrl`: where the poll was permanently
   * redirected to (FetchResult.permanentUrl; left out, none), counted toward a move of the address
   * polled (addressAfterSuccess). `storeStories` writes what the poll found in the same transaction,
   * and only if the outcome is recorded.
   */
  recordSuccess(
    feed: PolledFeed,
    update: { now: number; nextCheckAt: number; etag?: string | null; lastModified?: string | null; firstPoll: boolean; permanentUrl?: string | null },
    storeStories?: () => void,
  ): SuccessRecord {
    const write = this.db.prepare(
      `UPDATE feeds SET last_checked_at = @now, last_success_at = @now, next_check_at = @nextCheckAt, consecutive_errors = 0,
       etag = CASE WHEN @keepEtag = 1 THEN etag ELSE @etag END,
       last_modified = CASE WHEN @keepLastModified = 1 THEN last_modified ELSE @lastModified END,
       first_polled_at = CASE WHEN @firstPoll = 1 THEN COALESCE(first_polled_at, @now) ELSE first_polled_at END,
       poll_url = @pollUrl, moved_to = @movedTo, moved_seen = @movedSeen
       WHERE ${STILL_POLLED}`,
    );
    let moved: string | null = null;
    const record = this.writeHealth(feed, update.now, (before) => {
      const address = addressAfterSuccess(before, update.permanentUrl ?? null);
      const { changes } = write.run({
        id: feed.id,
        switchCount: feed.switchCount,
        now: update.now,
        nextCheckAt: update.nextCheckAt,
        etag: update.etag ?? null,
        keepEtag: update.etag === undefined ? 1 : 0,
        lastModified: update.lastModified ?? null,
        keepLastModified: update.lastModified === undefined ? 1 : 0,
        firstPoll: update.firstPoll ? 1 : 0,
        pollUrl: address.pollUrl,
        movedTo: address.movedTo,
        movedSeen: address.movedSeen,
      });
      if (changes > 0) storeStories?.();
      moved = address.confirmed;
      return changes > 0;
    });
    return record.recorded ? { ...record, moved } : record;
  }

  /**
   * A failure also ends a run of redirect sightings, and a feed polled at a moved address goes back
   * to its own url: the url is the ground truth, and the move is only trusted while it works.
   */
  recordFailure(feed: PolledFeed, update: { now: number; nextCheckAt: number; error: string; disabledReason: string | null }): PollRecord {
    const write = this.db.prepare(
      `UPDATE feeds SET last_checked_at = @now, next_check_at = @nextCheckAt, consecutive_errors = consecutive_errors + 1,
       last_error = @error, last_error_at = @now, poll_url = NULL, moved_to = NULL, moved_seen = 0,
       enabled = CASE WHEN @disabledReason IS NULL THEN enabled ELSE 0 END,
       disabled_reason = COALESCE(@disabledReason, disabled_reason) WHERE ${STILL_POLLED}`,
    );
    return this.writeHealth(feed, update.now, () => write.run({ id: feed.id, switchCount: feed.switchCount, ...update }).changes > 0);
  }

  /**
   * A poll's write to a feed's health, and the notice it causes (if any) queued in the same
   * transaction: both land or neither. Worked out later instead, a crash in between would lose the
   * notice for good, as the next poll already starts from the changed row. `write` gets the row as
   * it stands inside the transaction (recordSuccess counts redirects from it) and says whether its
   * UPDATE applied: the UPDATE's own WHERE is the check, so no read-then-write race. BEGIN IMMEDIATE
   * takes the write lock before `before` is read, so another process cannot change the row between
   * that read and the write either.
   */
  private writeHealth(feed: PolledFeed, at: number, write: (before: FeedRow) => boolean): PollRecord {
    return this.db
      .transaction((): PollRecord => {
        const before = this.byId(feed.id);
        if (!before || !write(before)) return { recorded: false };
        const notice = healthNotice(before, this.byId(feed.id)!, at);
        if (notice) this.notices.add(notice);
        return { recorded: true, notice };
      })
      .immediate();
  }

  /** A feed added with /feeds add: polled from the next tick; syncFromConfig leaves it alone. */
  addUserFeed(feed: { url: string; name: string }, now: number): void {
    this.db
      .prepare(`INSERT INTO feeds (url, name, enabled, origin, next_check_at, created_at) VALUES (?, ?, 1, 'user', ?, ?)`)
      .run(feed.url, feed.name, now, now);
  }

  /**
   * Re-enables a disabled feed (failures or /feeds remove): errors forgotten, checked at the next tick.
   * A feed dropped from feeds.yaml becomes a user's feed, or the next syncFromConfig would drop it again.
   */
  reEnable(id: number, now: number, name?: string): void {
    this.db
      .prepare(
        `UPDATE feeds SET enabled = 1, disabled_reason = NULL, consecutive_errors = 0, next_check_at = ?,
         origin = CASE WHEN disabled_reason = 'no longer in feeds.yaml' THEN 'user' ELSE origin END,
         name = COALESCE(?, name) WHERE id = ?`,
      )
      .run(now, name ?? null, id);
  }

  /** Stops polling a feed; its row and stories stay, and the reason survives restarts (see syncFromConfig). */
  disable(id: number, reason: string): void {
    this.db.prepare('UPDATE feeds SET enabled = 0, disabled_reason = ? WHERE id = ?').run(reason, id);
  }
}
