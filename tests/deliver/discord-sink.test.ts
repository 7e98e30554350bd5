import type { MessageCreateOptions, MessageEditOptions } from 'discord.js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverOutletUpdates, deliverPending } from '../../src/deliver/deliver-pending';
import { alertNonce } from '../../src/deliver/delivery-nonce';
import { createDiscordSink } from '../../src/deliver/discord-sink';
import { formatAlertMessage } from '../../src/format/format-embed';
import type { HealthNotice } from '../../src/route/feed-health-transition';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { DeliveriesRepo } from '../../src/store/deliveries-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { alerting, openTempDb, type TempDb } from '../support/store-fixtures';

const log = pino({ level: 'silent' });
const ALERTS = '100000000000000001';
const HEALTH = '100000000000000002';
const MADURO = '100000000000000003';

/** Records what would have been posted; throws on the calls listed in `failOn` (1-based). */
function recordingSender(failOn: Set<number> = new Set()) {
  const sent: Array<{ channelId: string; message: MessageCreateOptions }> = [];
  let calls = 0;
  const send = async (channelId: string, message: MessageCreateOptions): Promise<string> => {
    calls++;
    if (failOn.has(calls)) throw new Error('Service Unavailable');
    sent.push({ channelId, message });
    return `m${calls}`;
  };
  return { send, sent };
}

let t: TempDb;
let alerts: AlertsRepo;
let deliveries: DeliveriesRepo;

beforeEach(() => {
  t = openTempDb();
  alerts = new AlertsRepo(t.db);
  deliveries = new DeliveriesRepo(t.db);
  // makeMatch() matches nicolas-maduro.
  new StoriesRepo(t.db).saveAll(t.feedId, 1000, [alerting('s1')]);
});

afterEach(() => t.cleanup());

const edits: Array<{ channelId: string; messageId: string; message: MessageEditOptions }> = [];
const sinkWith = (send: ReturnType<typeof recordingSender>['send']) =>
  createDiscordSink({
    send,
    edit: async (channelId, messageId, message) => void edits.push({ channelId, messageId, message }),
    routing: { alertChannel: ALERTS, routes: [{ channel: MADURO, entities: ['nicolas-maduro'], claims: [] }] },
    healthChannel: HEALTH,
    deliveries,
    now: () => 5000,
  });

describe('createDiscordSink', () => {
  it('posts the embed to the alert channel and every matching route, each with its own enforced nonce', async () => {
    const { send, sent } = recordingSender();
    const report = await deliverPending(alerts, sinkWith(send), () => 6000, log);
    expect(report).toEqual({ delivered: 1, failed: 0 });
    const [pending] = t.db.prepare('SELECT id, payload, delivery_ref AS ref FROM alerts').all() as Array<{ id: number; payload: string; ref: string }>;
    const payload = JSON.parse(pending!.payload);
    expect(sent).toEqual([
      { channelId: ALERTS, message: { ...formatAlertMessage(payload), nonce: alertNonce(pending!.id, 's1', ALERTS), enforceNonce: true } },
      { channelId: MADURO, message: { ...formatAlertMessage(payload), nonce: alertNonce(pending!.id, 's1', MADURO), enforceNonce: true } },
    ]);
    expect(pending!.ref).toBe('m1');
    expect(deliveries.forAlert(pending!.id)).toEqual([
      { channelId: ALERTS, messageId: 'm1', deliveredAt: 5000 },
      { channelId: MADURO, messageId: 'm2', deliveredAt: 5000 },
    ]);
  });

  it('retries only the channels not yet reached after a failure, and marks the alert sent at the end', async () => {
    const { send, sent } = recordingSender(new Set([2]));
    const sink = sinkWith(send);
    expect(await deliverPending(alerts, sink, () => 6000, log)).toEqual({ delivered: 0, failed: 1 });
    expect(alerts.pendingCount()).toBe(1);
    expect(sent.map((entry) => entry.channelId)).toEqual([ALERTS]);

    expect(await deliverPending(alerts, sink, () => 7000, log)).toEqual({ delivered: 1, failed: 0 });
    expect(sent.map((entry) => entry.channelId)).toEqual([ALERTS, MADURO]);
    expect(t.db.prepare('SELECT delivery_ref AS ref, attempts FROM alerts').get()).toEqual({ ref: 'm1', attempts: 1 });
  });

  it('posts a health notice to the health channel with a notice nonce', async () => {
    const { send, sent } = recordingSender();
    const notice: HealthNotice = { kind: 'failing', feedUrl: 'https://news.example/feed', feedName: 'News *1*', detail: 'HTTP 500', failures: 1, at: Date.UTC(2025, 0, 1) };
    expect(await sinkWith(send).deliverNotice(notice, 4)).toBe('m1');
    expect(sent[0]!.channelId).toBe(HEALTH);
    expect(sent[0]!.message).toMatchObject({ enforceNonce: true, embeds: [{ title: 'Feed failing: News \\*1\\*' }] });
    expect(String(sent[0]!.message.nonce)).toMatch(/^h4\./);
  });

  it('edits every message of a delivered alert when other outlets join it, once per change', async () => {
    const { send } = recordingSender();
    const sink = sinkWith(send);
    edits.length = 0;
    await deliverPending(alerts, sink, () => 6000, log);
    t.db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES ('s2', ?, 'Same news', '', 1, 'es', '')").run(t.feedId);
    t.db.prepare("INSERT INTO alert_outlets (alert_id, story_id, feed_name, url, title, added_at) SELECT id, 's2', 'Otro medio', 'https://otro.example/n', 'La misma noticia', 7000 FROM alerts").run();
    t.db.prepare('UPDATE alerts SET outlets_version = outlets_version + 1').run();
    expect(await deliverOutletUpdates(alerts, sink, log)).toBe(1);
    expect(edits.map((edit) => [edit.channelId, edit.messageId])).toEqual([
      [ALERTS, 'm1'],
      [MADURO, 'm2'],
    ]);
    expect(JSON.stringify(edits[0]!.message)).toContain('Also reported by 1');
    expect(JSON.stringify(edits[0]!.message)).toContain('Otro medio');
    expect(await deliverOutletUpdates(alerts, sink, log)).toBe(0);
  });
});
