/**
 * Drains the alert queue into a sink, oldest first. An alert is marked delivered only after the sink
 * accepted it; the first failure stops the round so alerts keep their order and are retried next time.
 */
import type { Logger } from 'pino';
import type { AlertPayload } from '../model';
import type { AlertsRepo, PendingAlert } from '../store/alerts-repo';

export interface AlertSink {
  readonly name: string;
  /** Delivers one alert; resolves with a reference to what was posted (a message id, a line number). */
  deliver(alert: AlertPayload, alertId: number): Promise<string>;
  /** Shows an alert again after other outlets joined it (edits the message where the sink can). */
  update?(alert: AlertPayload, alertId: number): Promise<void>;
  /** Delivers several alerts as one roll-up message; resolves with its reference. */
  deliverRollup?(alerts: ReadonlyArray<{ id: number; payload: AlertPayload }>): Promise<string>;
}

/** A roll-up lists at most this many alerts; a bigger burst becomes several roll-ups, in order. */
export const ROLLUP_SIZE = 20;

export interface DeliveryReport {
  delivered: number;
  failed: number;
}

export interface DeliveryOptions {
  /** More alerts than this waiting at once are posted as roll-ups, not one message each. */
  rollupOver?: number;
  batch?: number;
}

function failed(alerts: AlertsRepo, sink: AlertSink, log: Logger, failures: readonly PendingAlert[], error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  for (const alert of failures) alerts.markFailed(alert.id, message);
  log.warn({ story: failures[0]?.storyId, alerts: failures.length, sink: sink.name, error: message }, 'delivery failed; will retry');
}

/**
 * A burst (a busy news day, or the backlog after an outage) goes out as roll-ups of ROLLUP_SIZE,
 * oldest first. The chunks depend only on the queue, so a resend after a crash rebuilds the same
 * roll-up and its nonce.
 */
async function deliverRollups(alerts: AlertsRepo, sink: AlertSink, now: () => number, log: Logger, pending: PendingAlert[]): Promise<DeliveryReport> {
  let delivered = 0;
  for (let start = 0; start < pending.length; start += ROLLUP_SIZE) {
    const chunk = pending.slice(start, start + ROLLUP_SIZE);
    try {
      const ref = await sink.deliverRollup!(chunk.map(({ id, payload }) => ({ id, payload })));
      for (const alert of chunk) alerts.markDelivered(alert.id, ref, now(), alert.outletsVersion);
      delivered += chunk.length;
    } catch (error) {
      failed(alerts, sink, log, chunk, error);
      return { delivered, failed: chunk.length };
    }
  }
  return { delivered, failed: 0 };
}

export async function deliverPending(alerts: AlertsRepo, sink: AlertSink, now: () => number, log: Logger, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const batch = options.batch ?? 100;
  let delivered = 0;
  for (;;) {
    const pending = alerts.pending(batch);
    if (pending.length === 0) return { delivered, failed: 0 };
    if (options.rollupOver !== undefined && sink.deliverRollup && pending.length > options.rollupOver) {
      const report = await deliverRollups(alerts, sink, now, log, pending);
      delivered += report.delivered;
      if (report.failed > 0) return { delivered, failed: report.failed };
      continue;
    }
    for (const alert of pending) {
      try {
        const ref = await sink.deliver(alert.payload, alert.id);
        alerts.markDelivered(alert.id, ref, now(), alert.outletsVersion);
        delivered++;
      } catch (error) {
        failed(alerts, sink, log, [alert], error);
        return { delivered, failed: 1 };
      }
    }
  }
}

/**
 * Edits delivered alerts that other outlets have joined since, so the team sees one alert with the
 * outlets under it. A failure is logged and retried next time; it never blocks new alerts.
 */
export async function deliverOutletUpdates(alerts: AlertsRepo, sink: AlertSink, log: Logger): Promise<number> {
  let updated = 0;
  for (const alert of alerts.outletUpdates()) {
    try {
      await sink.update?.(alert.payload, alert.id);
      alerts.markOutletsShown(alert.id, alert.outletsVersion);
      updated++;
    } catch (error) {
      log.warn({ story: alert.storyId, sink: sink.name, error: error instanceof Error ? error.message : String(error) }, 'outlet update failed; will retry');
    }
  }
  return updated;
}
