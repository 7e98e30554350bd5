/** The alert queue that sinks deliver from, oldest first. */
import type { AlertOutlet, AlertPayload } from '../model';
import type { Db } from './open-database';

/**
 * How a waiting alert is sent, fixed before its first try (`at`): in its own message, or in a roll-up
 * named by that roll-up's first alert.
 */
export type SendPlan = { kind: 'own'; at: number } | { kind: 'rollup'; first: number; at: number };

export interface PendingAlert {
  id: number;
  storyId: string;
  createdAt: number;
  attempts: number;
  /** How many times other outlets were added; what the delivered message shows is recorded with it. */
  outletsVersion: number;
  /** Null until a delivery round plans it (planSends). */
  plan: SendPlan | null;
  payload: AlertPayload;
}

type AlertRow = Omit<PendingAlert, 'payload' | 'plan'> & { payload: string; plannedAt: number | null; rollupOf: number | null };
const ALERT_COLUMNS =
  'id, story_id AS storyId, created_at AS createdAt, attempts, outlets_version AS outletsVersion, planned_at AS plannedAt, rollup_of AS rollupOf, payload';

const planOf = (row: Pick<AlertRow, 'plannedAt' | 'rollupOf'>): SendPlan | null => {
  if (row.plannedAt === null) return null;
  return row.rollupOf === null ? { kind: 'own', at: row.plannedAt } : { kind: 'rollup', first: row.rollupOf, at: row.plannedAt };
};

export class AlertsRepo {
  constructor(private readonly db: Db) {}

  pending(limit = 100): PendingAlert[] {
    const rows = this.db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE delivered_at IS NULL ORDER BY id LIMIT ?`).all(limit) as AlertRow[];
    return this.withOutlets(rows);
  }

  /** The alerts of a planned roll-up still waiting, in order, wherever the queue's pages cut it. */
  pendingRollup(first: number): PendingAlert[] {
    const rows = this.db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE rollup_of = ? AND delivered_at IS NULL ORDER BY id`).all(first) as AlertRow[];
    return this.withOutlets(rows);
  }

  /**
   * Fixes how waiting alerts are sent, before the first try: each group of `ids` goes out as one
   * message, a roll-up when it holds several, named by its first alert. An alert planned before keeps
   * its plan, so a resend repeats exactly the message (and nonce) tried before. Resolves with the
   * plans written.
   */
  planSends(groups: ReadonlyArray<readonly number[]>, now: number): Map<number, SendPlan> {
    const update = this.db.prepare('UPDATE alerts SET planned_at = ?, rollup_of = ? WHERE id = ? AND planned_at IS NULL AND delivered_at IS NULL');
    const written = new Map<number, SendPlan>();
    this.db.transaction(() => {
      for (const ids of groups) {
        const rollupOf = ids.length > 1 ? ids[0]! : null;
        for (const id of ids) if (update.run(now, rollupOf, id).changes > 0) written.set(id, planOf({ plannedAt: now, rollupOf })!);
      }
    })();
    return written;
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
      const { plannedAt: _plannedAt, rollupOf: _rollupOf, ...rest } = row;
      return { ...rest, plan: planOf(row), payload: outlets.length > 0 ? { ...payload, outlets } : payload };
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
