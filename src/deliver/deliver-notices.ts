/**
 * Drains the health notice queue into a sink, oldest first, the way deliverPending drains alerts:
 * marked delivered only after the sink accepted a notice. A failure that may pass ends the round and
 * is retried next time; one Discord refuses for good (health channel deleted, access lost) gives
 * that notice up, logged, so it cannot block the notices after it.
 */
import type { Logger } from 'pino';
import type { HealthNotice } from '../route/feed-health-transition';
import type { NoticesRepo, PendingNotice } from '../store/notices-repo';
import type { DeliveryReport } from './deliver-pending';
import { describeFailure, failureKind, type FailureKind } from './delivery-failure';

export interface NoticeSink {
  readonly name: string;
  /** Delivers one notice; resolves with a reference to what was posted. */
  deliverNotice(notice: HealthNotice, noticeId: number): Promise<string>;
}

/** Keeps the notice for a retry, or gives it up, by what kind of failure it met; says which. */
function recordFailure(notices: NoticesRepo, now: () => number, noticeLog: Logger, { id, attempts }: PendingNotice, error: unknown): FailureKind {
  const reason = describeFailure(error);
  const kind = failureKind(error);
  if (kind === 'permanent') {
    notices.markGivenUp(id, reason, now());
    noticeLog.error({ reason }, 'notice given up: discord refuses the health channel for good');
  } else {
    notices.markFailed(id, reason);
    noticeLog.warn({ attempts: attempts + 1, error: reason }, 'notice delivery failed; will retry');
  }
  return kind;
}

export async function deliverNotices(notices: NoticesRepo, sink: NoticeSink, now: () => number, log: Logger, batch = 100): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, failed: 0, givenUp: 0 };
  for (;;) {
    const pending = notices.pending(batch);
    if (pending.length === 0) return report;
    for (const entry of pending) {
      try {
        notices.markDelivered(entry.id, await sink.deliverNotice(entry.notice, entry.id), now());
        report.delivered++;
      } catch (error) {
        const noticeLog = log.child({ notice: entry.id, feed: entry.notice.feedUrl, kind: entry.notice.kind, sink: sink.name });
        if (recordFailure(notices, now, noticeLog, entry, error) === 'transient') return { ...report, failed: 1 };
        report.givenUp++;
      }
    }
  }
}
