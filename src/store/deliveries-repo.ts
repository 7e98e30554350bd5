/**
 * Which channels each alert has reached. A row is written only after Discord accepted the message,
 * so when an alert goes to several channels and one fails, the retry skips those already reached.
 */
import type { Db } from './open-database';

export interface Delivery {
  channelId: string;
  messageId: string;
  deliveredAt: number;
}

export class DeliveriesRepo {
  constructor(private readonly db: Db) {}

  /** The message already posted for this alert in this channel, or null. */
  messageId(alertId: number, channelId: string): string | null {
    const row = this.db.prepare('SELECT message_id FROM deliveries WHERE alert_id = ? AND channel_id = ?').pluck().get(alertId, channelId);
    return (row as string | undefined) ?? null;
  }

  record(alertId: number, channelId: string, messageId: string, now: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO deliveries (alert_id, channel_id, message_id, delivered_at) VALUES (?, ?, ?, ?)')
      .run(alertId, channelId, messageId, now);
  }

  forAlert(alertId: number): Delivery[] {
    return this.db
      .prepare('SELECT channel_id AS channelId, message_id AS messageId, delivered_at AS deliveredAt FROM deliveries WHERE alert_id = ? ORDER BY delivered_at, channel_id')
      .all(alertId) as Delivery[];
  }
}
