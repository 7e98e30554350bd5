/**
 * Which channels each alert has reached, and which it never will. A delivery row is written only
 * after Discord accepted the message, so when an alert goes to several channels and one fails, the
 * retry skips those already reached. A give-up row is written when Discord refused a channel for
 * good (deleted, no access, body refused): that channel is not asked again for that alert.
 */
import type { Db } from './open-database';

/** An alert's own message, or a roll-up message it shares with the other alerts listed in it. */
export type DeliveryKind = 'alert' | 'rollup';

export interface Delivery {
  channelId: string;
  messageId: string;
  deliveredAt: number;
  kind: DeliveryKind;
}

export class DeliveriesRepo {
  constructor(private readonly db: Db) {}

  /** The message already posted for this alert in this channel, or null. */
  messageId(alertId: number, channelId: string): string | null {
    const row = this.db.prepare('SELECT message_id FROM deliveries WHERE alert_id = ? AND channel_id = ?').pluck().get(alertId, channelId);
    return (row as string | undefined) ?? null;
  }

  record(alertId: number, channelId: string, messageId: string, now: number, kind: DeliveryKind = 'alert'): void {
    this.db
      .prepare('INSERT OR IGNORE INTO deliveries (alert_id, channel_id, message_id, delivered_at, kind) VALUES (?, ?, ?, ?, ?)')
      .run(alertId, channelId, messageId, now, kind);
  }

  forAlert(alertId: number): Delivery[] {
    return this.db
      .prepare(
        'SELECT channel_id AS channelId, message_id AS messageId, delivered_at AS deliveredAt, kind FROM deliveries WHERE alert_id = ? ORDER BY delivered_at, channel_id',
      )
      .all(alertId) as Delivery[];
  }

  /** Discord refused this channel for good for this alert; `reason` says how, in words. The first reason is kept. */
  giveUp(alertId: number, channelId: string, reason: string, now: number): void {
    this.db.prepare('INSERT OR IGNORE INTO delivery_give_ups (alert_id, channel_id, reason, given_up_at) VALUES (?, ?, ?, ?)').run(alertId, channelId, reason, now);
  }

  /** The channels given up for this alert, in the order they were given up, with the reason in words. */
  giveUpsFor(alertId: number): Array<{ channelId: string; reason: string }> {
    return this.db
      .prepare('SELECT channel_id AS channelId, reason FROM delivery_give_ups WHERE alert_id = ? ORDER BY given_up_at, channel_id')
      .all(alertId) as Array<{ channelId: string; reason: string }>;
  }

  /** The alert reached this channel or gave it up: either way there is nothing left to send there. */
  isSettled(alertId: number, channelId: string): boolean {
    return (
      this.messageId(alertId, channelId) !== null ||
      this.db.prepare('SELECT 1 FROM delivery_give_ups WHERE alert_id = ? AND channel_id = ?').pluck().get(alertId, channelId) !== undefined
    );
  }

  /** How many alert deliveries to a channel were given up, for the status commands. */
  givenUpCount(): number {
    return this.db.prepare('SELECT COUNT(*) FROM delivery_give_ups').pluck().get() as number;
  }
}
