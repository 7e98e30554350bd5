/**
 * Drains the alert queue into a sink, oldest first. An alert is marked delivered only after the sink
 * accepted it; the first failure stops the round so alerts keep their order and are retried next time.
 */
import type { Logger } from 'pino';
import type { AlertPayload } from '../model';
import type { AlertsRepo } from '../store/alerts-repo';

export interface AlertSink {
  readonly name: string;
  /** Delivers one alert; resolves with a reference to what was posted (a message id, a line number). */
  deliver(alert: AlertPayload, alertId: number): Promise<string>;
  /** Shows an alert again after other outlets joined it (edits the message where the sink can). */
  update?(alert: AlertPayload, alertId: number): Promise<void>;
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
}

export async function deliverPending(alerts: AlertsRepo, sink: AlertSink, now: () => number, log: Logger, batch = 100): Promise<DeliveryReport> {
  let delivered = 0;
  for (;;) {
    const pending = alerts.pending(batch);
    if (pending.length === 0) return { delivered, failed: 0 };
    for (const alert of pending) {
      try {
        const ref = await sink.deliver(alert.payload, alert.id);
        alerts.markDelivered(alert.id, ref, now(), alert.outletsVersion);
        delivered++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        alerts.markFailed(alert.id, message);
        log.warn({ story: alert.storyId, sink: sink.name, error: message }, 'delivery failed; will retry');
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
