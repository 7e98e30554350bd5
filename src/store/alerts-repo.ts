/** The alert queue that sinks deliver from, oldest first. */
import type { AlertOutlet, AlertPayload } from '../model';
import type { Db } from './open-database';

export interface PendingAlert {
  id: number;
  storyId: string;
  createdAt: number;
  attempts: number;
  /** How many times other outlets were added; what the delivered message shows is recorded with it. */
  outletsVersion: number;
  payload: AlertPayload;
}

type AlertRow = Omit<PendingAlert, 'payload'> & { payload: string };
const ALERT_COLUMNS = 'id, story_id AS storyId, created_at AS createdAt, attempts, outlets_version AS outletsVersion, payload';

export class AlertsRepo {
  constructor(private readonly db: Db) {}

  pending(limit = 100): PendingAlert[] {
    const rows = this.db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE delivered_at IS NULL ORDER BY id LIMIT ?`).all(limit) as AlertRow[];
    return this.withOutlets(rows);
  }

  /**
   * Delivered alerts whose message does not yet list every outlet gathered under it, by id from
   * `afterId` on: a caller pages through them all, so alerts whose edits keep failing cannot hide
   * the ones after them.
   */
  outletUpdates(limit = 100, afterId = 0): PendingAlert[] {
    const rows = this.db
      .prepare(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE id > ? AND delivered_at IS NOT NULL AND outlets_version > outlets_shown ORDER BY id LIMIT ?`)
      .all(afterId, limit) as AlertRow[];
    return this.withOutlets(rows);
  }

  markOutletsShown(id: number, version: number): void {
    this.db.prepare('UPDATE alerts SET outlets_shown = MAX(outlets_shown, ?) WHERE id = ?').run(version, id);
  }

  private withOutlets(rows: readonly AlertRow[]): PendingAlert[] {
    const outletsOf = this.db.prepare('SELECT feed_name AS feedName, url, title FROM alert_outlets WHERE alert_id = ? ORDER BY added_at, story_id');
    return rows.map((row) => {
      const outlets = outletsOf.all(row.id) as AlertOutlet[];
      const payload = JSON.parse(row.payload) as AlertPayload;
      return { ...row, payload: outlets.length > 0 ? { ...payload, outlets } : payload };
    });
  }

  pendingCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM alerts WHERE delivered_at IS NULL').pluck().get() as number;
  }

  /** Only after the sink accepted it: a crash before this line means the alert is sent again, never lost. */
  markDelivered(id: number, ref: string, now: number, outletsShown = 0): void {
    this.db
      .prepare('UPDATE alerts SET delivered_at = ?, delivery_ref = ?, last_error = NULL, outlets_shown = ? WHERE id = ? AND delivered_at IS NULL')
      .run(now, ref, outletsShown, id);
  }

  /**
   * Discord refused every channel of this alert for good (see DeliveriesRepo.giveUp): it leaves the
   * queue with no reference and `reason` as its error, instead of blocking the alerts after it.
   */
  markGivenUp(id: number, reason: string, now: number): void {
    this.db
      .prepare('UPDATE alerts SET delivered_at = ?, delivery_ref = NULL, last_error = ?, outlets_shown = outlets_version WHERE id = ? AND delivered_at IS NULL')
      .run(now, reason, id);
  }

  markFailed(id: number, error: string): void {
    this.db.prepare('UPDATE alerts SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id);
  }
}
