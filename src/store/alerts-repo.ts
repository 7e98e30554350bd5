/** The alert queue that sinks deliver from, oldest first. */
import type { AlertPayload } from '../model';
import type { Db } from './open-database';

export interface PendingAlert {
  id: number;
  storyId: string;
  createdAt: number;
  attempts: number;
  payload: AlertPayload;
}

export class AlertsRepo {
  constructor(private readonly db: Db) {}

  pending(limit = 100): PendingAlert[] {
    const rows = this.db
      .prepare('SELECT id, story_id AS storyId, created_at AS createdAt, attempts, payload FROM alerts WHERE delivered_at IS NULL ORDER BY id LIMIT ?')
      .all(limit) as Array<Omit<PendingAlert, 'payload'> & { payload: string }>;
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as AlertPayload }));
  }

  pendingCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM alerts WHERE delivered_at IS NULL').pluck().get() as number;
  }

  /** Only after the sink accepted it: a crash before this line means the alert is sent again, never lost. */
  markDelivered(id: number, ref: string, now: number): void {
    this.db.prepare('UPDATE alerts SET delivered_at = ?, delivery_ref = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL').run(now, ref, id);
  }

  markFailed(id: number, error: string): void {
    this.db.prepare('UPDATE alerts SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id);
  }
}
