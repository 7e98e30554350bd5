/**
 * Drains the alert queue into a sink, oldest first. An alert leaves the queue once every channel it
 * goes to has it or was given up (Discord refused that channel for good: deleted, no access, body
 * refused), so one bad channel never holds back the alerts after it. A sink throws only for failures
 * that may pass (an outage, a rate limit): the round then stops, so alerts keep their order and are
 * retried next time, however many times that takes; an outage never drops an alert.
 */
import type { Logger } from 'pino';
import type { AlertPayload } from '../model';
import type { AlertsRepo, PendingAlert, SendPlan } from '../store/alerts-repo';
import { describeFailure } from './delivery-failure';

/** A channel a sink will not reach, or whose message it can no longer edit; `reason` says why, in words. */
export interface ChannelGiveUp {
  channelId: string;
  reason: string;
}

/** What a sink did with one alert. */
export interface SinkReceipt {
  /** What was posted first (the alert channel's message id, a line number); null when every channel was given up. */
  ref: string | null;
  /** Every channel given up for this alert (the sink recorded them), logged once as the alert leaves the queue. */
  givenUp: readonly ChannelGiveUp[];
}

export interface AlertSink {
  readonly name: string;
  /**
   * Delivers one alert. `plannedAt` is when its send was planned, given when an earlier try may have
   * posted it. Throws only for a failure worth retrying.
   */
  deliver(alert: AlertPayload, alertId: number, plannedAt?: number): Promise<SinkReceipt>;
  /**
   * Shows an alert again after other outlets joined it (edits its messages where the sink can).
   * Resolves with the messages left as they were because they can no longer be edited (deleted,
   * access lost); throws when an edit may pass later.
   */
  update?(alert: AlertPayload, alertId: number): Promise<readonly ChannelGiveUp[]>;
  /**
   * Delivers several alerts as one roll-up message; resolves with a receipt per alert, in order.
   * `first` names the roll-up (its first alert's id) and stays the same on every resend of it, as
   * does `plannedAt`.
   */
  deliverRollup?(first: number, alerts: ReadonlyArray<{ id: number; payload: AlertPayload }>, plannedAt: number): Promise<SinkReceipt[]>;
}

/** A roll-up lists at most this many alerts; a bigger burst becomes several roll-ups, in order. */
export const ROLLUP_SIZE = 20;

export interface DeliveryReport {
  delivered: number;
  /** Deliveries that failed and will be retried. */
  failed: number;
  /** Deliveries given up for good: an alert's channel, a notice. */
  givenUp: number;
}

export interface DeliveryOptions {
  /** More alerts than this waiting at once are posted as roll-ups, not one message each. */
  rollupOver?: number;
  batch?: number;
}

interface Round {
  alerts: AlertsRepo;
  sink: AlertSink;
  now: () => number;
  log: Logger;
  report: DeliveryReport;
}

/** A failure worth retrying: the alerts stay queued with the error, and the round stops. */
function failed(round: Round, failures: readonly PendingAlert[], error: unknown): void {
  const message = describeFailure(error);
  for (const alert of failures) round.alerts.markFailed(alert.id, message);
  round.report.failed += failures.length;
  const attempts = (failures[0]?.attempts ?? 0) + 1;
  round.log.warn({ story: failures[0]?.storyId, alerts: failures.length, attempts, sink: round.sink.name, error: message }, 'delivery failed; will retry');
}

/** The sink is done with this alert: it leaves the queue, delivered or, when no channel took it, given up. */
function settle(round: Round, alert: PendingAlert, receipt: SinkReceipt): void {
  const alertLog = round.log.child({ alert: alert.id, story: alert.storyId, sink: round.sink.name });
  for (const { channelId, reason } of receipt.givenUp) alertLog.error({ channel: channelId, reason }, 'delivery given up: discord refuses this channel for good');
  round.report.givenUp += receipt.givenUp.length;
  if (receipt.ref === null) {
    const reason = receipt.givenUp.map((giveUp) => `channel ${giveUp.channelId}: ${giveUp.reason}`).join('; ');
    round.alerts.markGivenUp(alert.id, reason || 'every channel was given up', round.now());
    return;
  }
  round.alerts.markDelivered(alert.id, receipt.ref, round.now(), alert.outletsVersion);
  round.report.delivered++;
}

/** Sends one roll-up: its waiting alerts, named by its first alert. Resolves false when a failure ended the round. */
async function deliverRollup(round: Round, plan: SendPlan & { kind: 'rollup' }, members: readonly PendingAlert[]): Promise<boolean> {
  let receipts: SinkReceipt[];
  try {
    receipts = await round.sink.deliverRollup!(plan.first, members.map(({ id, payload }) => ({ id, payload })), plan.at);
  } catch (error) {
    failed(round, members, error);
    return false;
  }
  members.forEach((alert, index) => settle(round, alert, receipts[index]!));
  return true;
}

/** One alert in its own message. Resolves false when a failure ended the round. */
async function deliverOwn(round: Round, alert: PendingAlert & { plan: SendPlan }): Promise<boolean> {
  try {
    settle(round, alert, await round.sink.deliver(alert.payload, alert.id, alert.plan.at));
    return true;
  } catch (error) {
    failed(round, [alert], error);
    return false;
  }
}

/**
 * Plans the alerts of a page no round has planned yet: a burst (a busy news day, the backlog after an
 * outage) as roll-ups of ROLLUP_SIZE, oldest first, anything else one message each. The plan is
 * stored before anything is sent, so a resend after a crash repeats the same messages.
 */
function planPage(round: Round, page: readonly PendingAlert[], rollupOver: number | undefined): Array<PendingAlert & { plan: SendPlan }> {
  const unplanned = page.filter((alert) => alert.plan === null).map((alert) => alert.id);
  const burst = rollupOver !== undefined && round.sink.deliverRollup !== undefined && unplanned.length > rollupOver;
  const size = burst ? ROLLUP_SIZE : 1;
  const groups: number[][] = [];
  for (let start = 0; start < unplanned.length; start += size) groups.push(unplanned.slice(start, start + size));
  const planned = round.alerts.planSends(groups, round.now());
  // An alert another round planned (or sent) since the page was read is left to the next page read,
  // which has its stored plan: guessing one here could send it a second way.
  return page.flatMap((alert) => {
    const plan = alert.plan ?? planned.get(alert.id);
    return plan ? [{ ...alert, plan }] : [];
  });
}

/** Sends a page as planned, oldest first. Resolves false when a failure ended the round. */
async function deliverPage(round: Round, page: ReadonlyArray<PendingAlert & { plan: SendPlan }>): Promise<boolean> {
  const sent = new Set<number>();
  for (const alert of page) {
    if (sent.has(alert.id)) continue;
    // A sink that cannot post roll-ups (the console) sends a planned one as single alerts.
    if (alert.plan.kind === 'rollup' && round.sink.deliverRollup !== undefined) {
      // Read whole: the page may cut a roll-up planned in an earlier round.
      const members = round.alerts.pendingRollup(alert.plan.first);
      for (const member of members) sent.add(member.id);
      if (!(await deliverRollup(round, alert.plan, members))) return false;
    } else if (!(await deliverOwn(round, alert))) return false;
  }
  return true;
}

export async function deliverPending(alerts: AlertsRepo, sink: AlertSink, now: () => number, log: Logger, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const round: Round = { alerts, sink, now, log, report: { delivered: 0, failed: 0, givenUp: 0 } };
  for (;;) {
    const page = alerts.pending(options.batch ?? 100);
    if (page.length === 0) return round.report;
    if (!(await deliverPage(round, planPage(round, page, options.rollupOver)))) return round.report;
  }
}

/** Edits one alert's messages; resolves whether its outlets are now shown (or can never be). */
async function updateOutlets(alerts: AlertsRepo, sink: AlertSink, log: Logger, alert: PendingAlert): Promise<boolean> {
  const alertLog = log.child({ alert: alert.id, story: alert.storyId, sink: sink.name });
  try {
    const left = (await sink.update?.(alert.payload, alert.id)) ?? [];
    for (const { channelId, reason } of left) alertLog.warn({ channel: channelId, reason }, 'outlet update skipped: the message can no longer be edited');
    alerts.markOutletsShown(alert.id, alert.outletsVersion);
    return true;
  } catch (error) {
    alertLog.warn({ error: describeFailure(error) }, 'outlet update failed; will retry');
    return false;
  }
}

/**
 * Edits delivered alerts that other outlets have joined since, so the team sees one alert with the
 * outlets under it. A failure is logged and retried next time; it never blocks new alerts, and the
 * queue is paged through to its end, so alerts whose edits keep failing never hide the ones after them.
 */
export async function deliverOutletUpdates(alerts: AlertsRepo, sink: AlertSink, log: Logger, batch = 100): Promise<number> {
  let updated = 0;
  for (let after = 0; ; ) {
    const page = alerts.outletUpdates(batch, after);
    for (const alert of page) if (await updateOutlets(alerts, sink, log, alert)) updated++;
    if (page.length < batch) return updated;
    after = page[page.length - 1]!.id;
  }
}
