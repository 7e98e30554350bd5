/**
 * Drains the health notice queue into a sink, oldest first, the way deliverPending drains alerts:
 * marked delivered only after the sink accepted a notice; the first failure ends the round.
 */
import type { Logger } from 'pino';
import type { HealthNotice } from '../route/feed-health-transition';
import type { NoticesRepo } from '../store/notices-repo';
import type { DeliveryReport } from './deliver-pending';

export interface NoticeSink {
  readonly name: string;
  /** Delivers one notice; resolves with a reference to what was posted. */
  deliverNotice(notice: HealthNotice, noticeId: number): Promise<string>;
}

export async function deliverNotices(notices: NoticesRepo, sink: NoticeSink, now: () => number, log: Logger, batch = 100): Promise<DeliveryReport> {
  let delivered = 0;
  for (;;) {
    const pending = notices.pending(batch);
    if (pending.length === 0) return { delivered, failed: 0 };
    for (const { id, notice } of pending) {
      try {
        const ref = await sink.deliverNotice(notice, id);
        notices.markDelivered(id, ref, now());
        delivered++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        notices.markFailed(id, message);
        log.warn({ feed: notice.feedUrl, notice: notice.kind, sink: sink.name, error: message }, 'notice delivery failed; will retry');
        return { delivered, failed: 1 };
      }
    }
  }
}
