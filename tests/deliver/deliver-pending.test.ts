/**
 * deliverPending and deliverOutletUpdates with sinks written for the tests: the queue's order, what
 * stops a round (a failure that may pass) and what does not (channels given up), and what is logged.
 */
import { pino, type Logger } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverOutletUpdates, deliverPending, ROLLUP_SIZE, type AlertSink, type SinkReceipt } from '../../src/deliver/deliver-pending';
import type { AlertPayload } from '../../src/model';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { addOtherFeed, alerting, makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';

const log = pino({ level: 'silent' });

/** A logger that keeps what it writes, parsed. */
function capturingLog(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return { log: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) }), lines };
}

const receipt = (ref: string | null, givenUp: SinkReceipt['givenUp'] = []): SinkReceipt => ({ ref, givenUp });
const UNKNOWN_CHANNEL = { channelId: '199999999999999999', reason: '404 Unknown Channel (code 10003)' };

/** Records what it was given; fails on the calls listed in `failOn` (1-based). */
class RecordingSink implements AlertSink {
  readonly name = 'test';
  readonly delivered: string[] = [];
  calls = 0;
  constructor(private readonly failOn: ReadonlySet<number> = new Set()) {}

  async deliver(alert: AlertPayload, alertId: number): Promise<SinkReceipt> {
    this.calls++;
    if (this.failOn.has(this.calls)) throw new Error('channel unavailable');
    this.delivered.push(alert.storyId);
    return receipt(`ref-${alertId}`);
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
    expect(await deliverPending(alerts, sink, now, log)).toEqual({ delivered: 3, failed: 0, givenUp: 0 });
    expect(sink.delivered).toEqual(['s1', 's2', 's3']);
    expect(alerts.pendingCount()).toBe(0);
    const [first] = rows() as Array<{ ref: string; deliveredAt: number }>;
    expect(first).toMatchObject({ deliveredAt: 10_000 });
    expect(first!.ref).toMatch(/^ref-\d+$/);
  });

  it('stops at the first failure, keeping order, and delivers the rest next round', async () => {
    const flaky = new RecordingSink(new Set([2]));
    expect(await deliverPending(alerts, flaky, now, log)).toEqual({ delivered: 1, failed: 1, givenUp: 0 });
    expect(flaky.calls).toBe(2);
    expect(flaky.delivered).toEqual(['s1']);
    expect(rows()).toMatchObject([
      { story: 's1', attempts: 0, deliveredAt: 10_000 },
      { story: 's2', attempts: 1, error: 'channel unavailable', deliveredAt: null },
      { story: 's3', attempts: 0, error: null, deliveredAt: null },
    ]);

    clock = 20_000;
    expect(await deliverPending(alerts, flaky, now, log)).toEqual({ delivered: 2, failed: 0, givenUp: 0 });
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
    expect(await deliverPending(alerts, sink, now, log)).toEqual({ delivered: 1, failed: 0, givenUp: 0 });
    expect(await deliverPending(alerts, sink, now, log)).toEqual({ delivered: 0, failed: 0, givenUp: 0 });
    expect(sink.delivered).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('works through the queue in batches', async () => {
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, [alerting('s4'), alerting('s5')]);
    const sink = new RecordingSink();
    expect(await deliverPending(alerts, sink, now, log, { batch: 2 })).toEqual({ delivered: 5, failed: 0, givenUp: 0 });
    expect(sink.delivered).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('hands the sink the stored payload and the alert id', async () => {
    const seen: Array<[AlertPayload, number]> = [];
    const sink: AlertSink = {
      name: 'spy',
      async deliver(alert, alertId) {
        seen.push([alert, alertId]);
        return receipt('ok');
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
      deliverRollup: async (first, items) => {
        expect(first).toBe(items[0]!.id);
        rollups.push(items.map((item) => item.payload.storyId));
        return items.map(() => receipt(`rollup-${rollups.length}`));
      },
    };
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 10 })).toEqual({ delivered: ROLLUP_SIZE + 5, failed: 0, givenUp: 0 });
    expect(rollups.map((chunk) => chunk.length)).toEqual([ROLLUP_SIZE, 5]);
    expect(rollups[0]!.slice(0, 4)).toEqual(['s1', 's2', 's3', 'b0']);
    expect(alerts.pendingCount()).toBe(0);
  });

  it('resends a failed roll-up as the same roll-up, even once the queue is under the limit', async () => {
    let fail = true;
    const singles: string[] = [];
    const rollups: Array<[number, string[]]> = [];
    const sink: AlertSink = {
      name: 'flaky',
      deliver: async (alert) => {
        singles.push(alert.storyId);
        return receipt('single');
      },
      deliverRollup: async (first, items) => {
        rollups.push([first, items.map((item) => item.payload.storyId)]);
        if (fail) throw new Error('Discord unavailable');
        return items.map(() => receipt('rollup'));
      },
    };
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 2 })).toEqual({ delivered: 0, failed: 3, givenUp: 0 });
    expect(rows().map((row) => (row as { attempts: number }).attempts)).toEqual([1, 1, 1]);
    fail = false;
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 5 })).toEqual({ delivered: 3, failed: 0, givenUp: 0 });
    expect(singles).toEqual([]);
    expect(rollups).toEqual([rollups[0], rollups[0]]);
    expect(rollups[0]![1]).toEqual(['s1', 's2', 's3']);
  });

  it('keeps alerts planned one by one on their own when a burst arrives before their retry, and rolls up only the burst', async () => {
    let fail = true;
    const sent: string[] = [];
    const sink: AlertSink = {
      name: 'flaky',
      deliver: async (alert) => {
        if (fail) throw new Error('Discord unavailable');
        sent.push(alert.storyId);
        return receipt('single');
      },
      deliverRollup: async (_first, items) => {
        sent.push(`roll-up of ${items.map((item) => item.payload.storyId).join(' ')}`);
        return items.map(() => receipt('rollup'));
      },
    };
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 10 })).toEqual({ delivered: 0, failed: 1, givenUp: 0 });
    const burst = Array.from({ length: 11 }, (_, index) => `b${index}`);
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, burst.map((id) => alerting(id)));
    fail = false;
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 10 })).toEqual({ delivered: 14, failed: 0, givenUp: 0 });
    expect(sent).toEqual(['s1', 's2', 's3', `roll-up of ${burst.join(' ')}`]);
  });

  it('reads a planned roll-up whole when a page of the queue cuts it', async () => {
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, Array.from({ length: 5 }, (_, index) => alerting(`b${index}`)));
    let fail = true;
    const rollups: string[][] = [];
    const sink: AlertSink = {
      name: 'flaky',
      deliver: async () => receipt('single'),
      deliverRollup: async (_first, items) => {
        if (fail) throw new Error('Discord unavailable');
        rollups.push(items.map((item) => item.payload.storyId));
        return items.map(() => receipt('rollup'));
      },
    };
    // Eight alerts planned as one roll-up, then retried two at a time.
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 2 })).toEqual({ delivered: 0, failed: 8, givenUp: 0 });
    fail = false;
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 2, batch: 2 })).toEqual({ delivered: 8, failed: 0, givenUp: 0 });
    expect(rollups).toEqual([['s1', 's2', 's3', 'b0', 'b1', 'b2', 'b3', 'b4']]);
  });

  it('sends a planned roll-up one by one through a sink that cannot post roll-ups', async () => {
    const rollupSink: AlertSink = {
      name: 'down',
      deliver: async () => receipt('single'),
      deliverRollup: async () => {
        throw new Error('Discord unavailable');
      },
    };
    await deliverPending(alerts, rollupSink, now, log, { rollupOver: 2 });
    const console = new RecordingSink();
    expect(await deliverPending(alerts, console, now, log, { rollupOver: 2 })).toEqual({ delivered: 3, failed: 0, givenUp: 0 });
    expect(console.delivered).toEqual(['s1', 's2', 's3']);
  });

  it('does not let a channel given up hold back the alerts after it, and logs it with the alert and channel', async () => {
    const { log: capture, lines } = capturingLog();
    const sink: AlertSink = {
      name: 'discord',
      // s1 loses its route channel, s2 loses its only channel, s3 goes through.
      deliver: async (alert, alertId) =>
        alert.storyId === 's1' ? receipt(`ref-${alertId}`, [UNKNOWN_CHANNEL]) : alert.storyId === 's2' ? receipt(null, [UNKNOWN_CHANNEL]) : receipt(`ref-${alertId}`),
    };
    expect(await deliverPending(alerts, sink, now, capture)).toEqual({ delivered: 2, failed: 0, givenUp: 2 });
    expect(alerts.pendingCount()).toBe(0);
    expect(rows()).toMatchObject([
      { story: 's1', deliveredAt: 10_000, ref: expect.stringMatching(/^ref-/), error: null },
      { story: 's2', deliveredAt: 10_000, ref: null, error: `channel ${UNKNOWN_CHANNEL.channelId}: ${UNKNOWN_CHANNEL.reason}` },
      { story: 's3', deliveredAt: 10_000, ref: expect.stringMatching(/^ref-/) },
    ]);
    const given = lines.filter((line) => String(line.msg).startsWith('delivery given up'));
    expect(given.map((line) => [line.level, line.story, line.channel, line.reason, line.sink])).toEqual([
      [50, 's1', UNKNOWN_CHANNEL.channelId, UNKNOWN_CHANNEL.reason, 'discord'],
      [50, 's2', UNKNOWN_CHANNEL.channelId, UNKNOWN_CHANNEL.reason, 'discord'],
    ]);
    expect(given[0]!.alert).toEqual(expect.any(Number));
  });

  it('settles each alert of a roll-up by its own receipt', async () => {
    const sink: AlertSink = {
      name: 'rollup',
      deliver: async () => receipt('single'),
      deliverRollup: async (_first, items) => items.map((item) => (item.payload.storyId === 's2' ? receipt(null, [UNKNOWN_CHANNEL]) : receipt('rollup-1'))),
    };
    expect(await deliverPending(alerts, sink, now, log, { rollupOver: 2 })).toEqual({ delivered: 2, failed: 0, givenUp: 1 });
    expect(rows().map((row) => (row as { ref: string | null }).ref)).toEqual(['rollup-1', null, 'rollup-1']);
  });

  it('counts the attempts of an alert that keeps failing and logs them, never giving it up', async () => {
    const { log: capture, lines } = capturingLog();
    const down: AlertSink = {
      name: 'down',
      deliver: async () => {
        throw Object.assign(new Error('Service Unavailable'), { status: 503 });
      },
    };
    for (let round = 0; round < 3; round++) expect(await deliverPending(alerts, down, now, capture)).toEqual({ delivered: 0, failed: 1, givenUp: 0 });
    expect(rows()).toMatchObject([{ story: 's1', attempts: 3, error: '503 Service Unavailable', deliveredAt: null }, { attempts: 0 }, { attempts: 0 }]);
    expect(lines.map((line) => line.attempts)).toEqual([1, 2, 3]);
    expect(alerts.pendingCount()).toBe(3);
  });
});

describe('deliverOutletUpdates', () => {
  /** Every alert delivered, then joined by another outlet: each needs an edit. */
  async function deliveredWithNewOutlets(): Promise<void> {
    await deliverPending(alerts, new RecordingSink(), now, log);
    const joining = ['s1', 's2', 's3'].map((id) => ({ story: makeStory(`o-${id}`, { url: `https://otro.example/${id}` }), match: makeMatch(), duplicateOf: null, clusterOf: id, alert: null }));
    new StoriesRepo(t.db).saveAll(addOtherFeed(t), 3000, joining);
  }
  const waiting = () => t.db.prepare('SELECT story_id FROM alerts WHERE outlets_version > outlets_shown ORDER BY id').pluck().all();

  it('pages through every alert waiting, so the ones that keep failing do not hide the rest', async () => {
    await deliveredWithNewOutlets();
    const edited: string[] = [];
    const sink: AlertSink = {
      name: 'flaky',
      deliver: async () => receipt('x'),
      update: async (alert) => {
        if (alert.storyId !== 's3') throw Object.assign(new Error('Bad Gateway'), { status: 502 });
        edited.push(alert.storyId);
        return [];
      },
    };
    expect(await deliverOutletUpdates(alerts, sink, log, 2)).toBe(1);
    expect(edited).toEqual(['s3']);
    expect(waiting()).toEqual(['s1', 's2']);
  });

  it('counts an alert as shown when its messages can no longer be edited, and logs each one', async () => {
    await deliveredWithNewOutlets();
    const { log: capture, lines } = capturingLog();
    const sink: AlertSink = { name: 'discord', deliver: async () => receipt('x'), update: async () => [{ channelId: '1', reason: '404 Unknown Message (code 10008)' }] };
    expect(await deliverOutletUpdates(alerts, sink, capture)).toBe(3);
    expect(waiting()).toEqual([]);
    expect(lines.map((line) => [line.level, line.story, line.channel, line.reason])).toEqual(
      ['s1', 's2', 's3'].map((story) => [40, story, '1', '404 Unknown Message (code 10008)']),
    );
  });
});
