/**
 * Feed health notices waiting for delivery, oldest first. Like alerts, a notice is marked delivered
 * only after the sink accepted it: a crash before that sends it again rather than losing it.
 */
import type { HealthNotice } from '../route/feed-health-transition';
import type { Db } from './open-database';

export interface PendingNotice {
  id: number;
  attempts: number;
  notice: HealthNotice;
}

type NoticeRow = HealthNotice & { id: number; attempts: number };

export class NoticesRepo {
  constructor(private readonly db: Db) {}

  add(notice: HealthNotice): number {
    const result = this.db
      .prepare('INSERT INTO health_notices (kind, feed_url, feed_name, detail, failures, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(notice.kind, notice.feedUrl, notice.feedName, notice.detail, notice.failures, notice.at);
    return Number(result.lastInsertRowid);
  }

  pending(limit = 100): PendingNotice[] {
    const rows = this.db
      .prepare(
        `SELECT id, attempts, kind, feed_url AS feedUrl, feed_name AS feedName, detail, failures, created_at AS at
         FROM health_notices WHERE delivered_at IS NULL ORDER BY id LIMIT ?`,
      )
      .all(limit) as NoticeRow[];
    return rows.map(({ id, attempts, ...notice }) => ({ id, attempts, notice }));
  }

  pendingCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM health_notices WHERE delivered_at IS NULL').pluck().get() as number;
  }

  markDelivered(id: number, ref: string, now: number): void {
    this.db.prepare('UPDATE health_notices SET delivered_at = ?, delivery_ref = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL').run(now, ref, id);
  }

  /** Discord refused the notice for good (health channel deleted, no access): it leaves the queue with `reason` as its error. */
  markGivenUp(id: number, reason: string, now: number): void {
    this.db.prepare('UPDATE health_notices SET delivered_at = ?, delivery_ref = NULL, last_error = ? WHERE id = ? AND delivered_at IS NULL').run(now, reason, id);
  }

  markFailed(id: number, error: string): void {
    this.db.prepare('UPDATE health_notices SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id);
  }
}
