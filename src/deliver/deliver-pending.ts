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
        alerts.markDelivered(alert.id, ref, now());
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
