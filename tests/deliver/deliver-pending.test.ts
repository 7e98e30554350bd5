import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverPending, ROLLUP_SIZE, type AlertSink } from '../../src/deliver/deliver-pending';
import type { AlertPayload } from '../../src/model';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { alerting, openTempDb, type TempDb } from '../support/store-fixtures';

const log = pino({ level: 'silent' });

/** Records what it was given; fails on the calls listed in `failOn` (1-based). */
class RecordingSink implements AlertSink {
  readonly name = 'test';
  readonly delivered: string[] = [];
  calls = 0;
  constructor(private readonly failOn: ReadonlySet<number> = new Set()) {}

  async deliver(alert: AlertPayload, alertId: number): Promise<string> {
    this.calls++;
    if (this.failOn.has(this.calls)) throw new Error('channel unavailable');
    this.delivered.push(alert.storyId);
    return `ref-${alertId}`;
  }
}

let t: TempDb;
let alerts: AlertsRepo;
let clock: number;
const now = (): number => clock;

const rows = () =>
  t.db.prepare('SELECT story_id AS story, attempts, last_error AS error, delivered_at AS deliveredAt, delivery_ref AS ref FROM alerts ORDER BY id').all();

beforeEach(() => {
  t = openTempDb();
  alerts = new AlertsRepo(t.db);
  clock = 10_000;
  new StoriesRepo(t.db).saveAll(t.feedId, 1000, [alerting('s1'), alerting('s2'), alerting('s3')]);
});

afterEach(() => t.cleanup());

describe('deliverPending', () => {
  it('delivers every pending alert oldest first and marks each delivered', async () => {
    const sink = new RecordingSink();
    expect(await deliverPending(alerts, sink, now, log)).toEqual({ delivered: 3, failed: 0 });
    expect(sink.delivered).toEqual(['s1', 's2', 's3']);
    expect(alerts.pendingCount()).toBe(0);
    const [first] = rows() as Array<{ ref: string; deliveredAt: number }>;
    expect(first).toMatchObject({ deliveredAt: 10_000 });
    expect(first!.ref).toMatch(/^ref-\d+$/);
  });

  it('stops at the first failure, keeping order, and delivers the rest next round', async () => {
    const flaky = new RecordingSink(new Set([2]));
    expect(await deliverPending(alerts, flaky, now, log)).toEqual({ delivered: 1, failed: 1 });
    expect(flaky.calls).toBe(2);
    expect(flaky.delivered).toEqual(['s1']);
    expect(rows()).toMatchObject([
      { story: 's1', attempts: 0, deliveredAt: 10_000 },
      { story: 's2', attempts: 1, error: 'channel unavailable', deliveredAt: null },
      { story: 's3', attempts: 0, error: null, deliveredAt: null },
    ]);

    clock = 20_000;
    expect(await deliverPending(alerts, flaky, now, log)).toEqual({ delivered: 2, failed: 0 });
    expect(flaky.delivered).toEqual(['s1', 's2', 's3']);
    expect(rows()).toMatchObject([
      { story: 's1', deliveredAt: 10_000 },
      { story: 's2', attempts: 1, error: null, deliveredAt: 20_000 },
      { story: 's3', attempts: 0, deliveredAt: 20_000 },
    ]);
  });

  it('never delivers an alert twice', async () => {
    const sink = new RecordingSink();
    await deliverPending(alerts, sink, now, log);
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, [alerting('s1'), alerting('s4')]);
    expect(await deliverPending(alerts, sink, now, log)).toEqual({ delivered: 1, failed: 0 });
    expect(await deliverPending(alerts, sink, now, log)).toEqual({ delivered: 0, failed: 0 });
    expect(sink.delivered).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('works through the queue in batches', async () => {
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, [alerting('s4'), alerting('s5')]);
    const sink = new RecordingSink();
    expect(await deliverPending(alerts, sink, now, log, { batch: 2 })).toEqual({ delivered: 5, failed: 0 });
    expect(sink.delivered).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('hands the sink the stored payload and the alert id', async () => {
    const seen: Array<[AlertPayload, number]> = [];
    const sink: AlertSink = {
      name: 'spy',
      async deliver(alert, alertId) {
        seen.push([alert, alertId]);
        return 'ok';
      },
    };
    const expected = alerts.pending();
    await deliverPending(alerts, sink, now, log);
    expect(seen).toEqual(expected.map((alert) => [alert.payload, alert.id]));
    expect(seen[0]![0]).toEqual(alerting('s1').alert);
  });

  it('posts a burst over the limit as roll-ups of ROLLUP_SIZE, oldest first, and marks each alert', async () => {
    const extra = Array.from({ length: ROLLUP_SIZE + 2 }, (_, index) => alerting(`b${index}`));
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, extra);
    const rollups: string[][] = [];
    const sink: AlertSink = {
      name: 'rollup',
      deliver: async () => {
        throw new Error('a burst must not go out one by one');
      },
      deliverRollup: async (items) => {
        rollups.push(items.map((item) => item.payload.storyId));
        return `rollup-${rollups.length}`;
      },
    };
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 10 })).toEqual({ delivered: ROLLUP_SIZE + 5, failed: 0 });
    expect(rollups.map((chunk) => chunk.length)).toEqual([ROLLUP_SIZE, 5]);
    expect(rollups[0]!.slice(0, 4)).toEqual(['s1', 's2', 's3', 'b0']);
    expect(alerts.pendingCount()).toBe(0);
  });

  it('keeps every alert of a failed roll-up waiting, and sends alerts one by one under the limit', async () => {
    let fail = true;
    const singles: string[] = [];
    const sink: AlertSink = {
      name: 'flaky',
      deliver: async (alert) => {
        singles.push(alert.storyId);
        return 'single';
      },
      deliverRollup: async () => {
        if (fail) throw new Error('Discord unavailable');
        return 'rollup';
      },
    };
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 2 })).toEqual({ delivered: 0, failed: 3 });
    expect(rows().map((row) => (row as { attempts: number }).attempts)).toEqual([1, 1, 1]);
    fail = false;
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 5 })).toEqual({ delivered: 3, failed: 0 });
    expect(singles).toEqual(['s1', 's2', 's3']);
  });
});
