/**
 * createDiscordSink: first with a recording sender and editor (the exact messages it builds), then
 * with the real discord.js client against the fake Discord, behind a proxy that answers chosen
 * requests the way Discord refuses them (deleted channel, no access, refused body, outage).
 */
import type { Client, MessageCreateOptions, MessageEditOptions } from 'discord.js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverNotices } from '../../src/deliver/deliver-notices';
import { deliverOutletUpdates, deliverPending } from '../../src/deliver/deliver-pending';
import { alertNonce } from '../../src/deliver/delivery-nonce';
import { createDiscordSink } from '../../src/deliver/discord-sink';
import { channelEditor } from '../../src/discord/edit-in-channel';
import { ownMessageFinder } from '../../src/discord/find-own-message';
import { channelSender } from '../../src/discord/send-to-channel';
import { formatAlertMessage } from '../../src/format/format-embed';
import type { HealthNotice } from '../../src/route/feed-health-transition';
import type { DiscordRouting } from '../../src/route/route-channels';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { DeliveriesRepo } from '../../src/store/deliveries-repo';
import { NoticesRepo } from '../../src/store/notices-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { startRestProxy, type LocalAnswer, type RestProxy } from '../support/check-channels-proxy';
import { connectClient } from '../support/discord-client';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { snowflake } from '../support/fake-discord-payloads';
import { addOtherFeed, alerting, makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

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
    // Plans here are never older than the nonce window, so the channel is never read.
    find: async () => {
      throw new Error('the channel was read although the nonce still held');
    },
    routing: { alertChannel: ALERTS, routes: [{ channel: MADURO, entities: ['nicolas-maduro'], claims: [] }] },
    healthChannel: HEALTH,
    deliveries,
    now: () => 5000,
    log,
  });

describe('createDiscordSink', () => {
  it('posts the embed to the alert channel and every matching route, each with its own enforced nonce', async () => {
    const { send, sent } = recordingSender();
    const report = await deliverPending(alerts, sinkWith(send), () => 6000, log);
    expect(report).toEqual({ delivered: 1, failed: 0, givenUp: 0 });
    const [pending] = t.db.prepare('SELECT id, payload, delivery_ref AS ref FROM alerts').all() as Array<{ id: number; payload: string; ref: string }>;
    const payload = JSON.parse(pending!.payload);
    expect(sent).toEqual([
      { channelId: ALERTS, message: { ...formatAlertMessage(payload), nonce: alertNonce(pending!.id, 's1', ALERTS), enforceNonce: true } },
      { channelId: MADURO, message: { ...formatAlertMessage(payload), nonce: alertNonce(pending!.id, 's1', MADURO), enforceNonce: true } },
    ]);
    expect(pending!.ref).toBe('m1');
    expect(deliveries.forAlert(pending!.id)).toEqual([
      { channelId: ALERTS, messageId: 'm1', deliveredAt: 5000, kind: 'alert' },
      { channelId: MADURO, messageId: 'm2', deliveredAt: 5000, kind: 'alert' },
    ]);
  });

  it('retries only the channels not yet reached after a failure, and marks the alert sent at the end', async () => {
    const { send, sent } = recordingSender(new Set([2]));
    const sink = sinkWith(send);
    expect(await deliverPending(alerts, sink, () => 6000, log)).toEqual({ delivered: 0, failed: 1, givenUp: 0 });
    expect(alerts.pendingCount()).toBe(1);
    expect(sent.map((entry) => entry.channelId)).toEqual([ALERTS]);

    expect(await deliverPending(alerts, sink, () => 7000, log)).toEqual({ delivered: 1, failed: 0, givenUp: 0 });
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

describe('createDiscordSink against Discord refusing', () => {
  let fake: FakeDiscord;
  let proxy: RestProxy;
  let client: Client;
  /** What the proxy answers instead of the fake ("POST /channels/1/messages"); undefined passes the request on. */
  let refuse: (request: string) => LocalAnswer | undefined;
  /** Every request the client made, refused or passed on. */
  let seen: string[];
  const DELETED = snowflake();
  const HIDDEN = snowflake();
  const MISSING_ACCESS: LocalAnswer = { status: 403, body: { message: 'Missing Access', code: 50001 } };
  const MISSING_PERMISSIONS: LocalAnswer = { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
  const INVALID_FORM_BODY: LocalAnswer = { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { embeds: { 0: { url: { _errors: [{ code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }] } } } } } };
  const SERVER_ERROR: LocalAnswer = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };

  beforeEach(async () => {
    fake = await startFakeDiscord();
    refuse = () => undefined;
    seen = [];
    proxy = await startRestProxy(fake, (method, path) => {
      seen.push(`${method} ${path}`);
      return refuse(`${method} ${path}`);
    });
    client = await connectClient({ ...fake, apiBase: proxy.apiBase });
  });

  afterEach(async () => {
    await client.destroy();
    await proxy.close();
    await fake.close();
    expect(fake.unhandled).toEqual([]);
  });

  const realSink = (routes: DiscordRouting['routes'] = [], healthChannel = fake.channels.health, now = 5000) =>
    createDiscordSink({
      send: channelSender(client),
      edit: channelEditor(client),
      find: ownMessageFinder(client),
      routing: { alertChannel: fake.channels.alerts, routes },
      healthChannel,
      deliveries,
      now: () => now,
      log,
    });
  const routeTo = (channel: string) => [{ channel, entities: ['nicolas-maduro'], claims: [] }];
  const titlesIn = (channelId: string) => fake.messagesIn(channelId).map((message) => (message.body.embeds as Array<{ title: string }> | undefined)?.[0]?.title ?? message.body.content);
  const alertRows = () => t.db.prepare('SELECT story_id AS story, delivered_at AS deliveredAt, delivery_ref AS ref, last_error AS error FROM alerts ORDER BY id').all();
  const giveUps = () => t.db.prepare('SELECT alert_id AS alertId, channel_id AS channelId, reason FROM delivery_give_ups ORDER BY alert_id, channel_id').all() as Array<{ alertId: number; channelId: string; reason: string }>;
  const requestsTo = (channelId: string) => seen.filter((request) => request.includes(`/channels/${channelId}`)).length;
  const edits = () => seen.filter((request) => request.startsWith('PATCH')).length;
  const addStories = (...ids: string[]) => new StoriesRepo(t.db).saveAll(t.feedId, 2000, ids.map((id) => alerting(id)));
  /** Another outlet carries the story: it joins that story's alert, which then needs an edit. */
  const joinOutlet = (storyId: string) =>
    new StoriesRepo(t.db).saveAll(addOtherFeed(t), 3000, [{ story: makeStory(`o-${storyId}`, { feedName: 'Otro medio', url: `https://otro.example/${storyId}` }), match: makeMatch(), duplicateOf: null, clusterOf: storyId, alert: null }]);

  it.each([
    ['deleted (404 Unknown Channel)', () => DELETED, undefined, 'Unknown Channel'],
    ['hidden from the bot (403 Missing Access)', () => HIDDEN, MISSING_ACCESS, 'Missing Access'],
    ['without permission to post (403 Missing Permissions)', () => fake.channels.other, MISSING_PERMISSIONS, 'Missing Permissions'],
  ])('gives up a route channel that is %s for each alert, without holding back later alerts', async (_, channel, answer, words) => {
    const route = channel();
    // The bot learns of a channel from GET /channels/{id}, unless it knows it already, and posts with POST.
    refuse = (request) => (request === `GET /channels/${route}` || request === `POST /channels/${route}/messages` ? answer : undefined);
    addStories('s2', 's3');
    const sink = realSink(routeTo(route));
    expect(await deliverPending(alerts, sink, () => 6000, log)).toEqual({ delivered: 3, failed: 0, givenUp: 3 });
    expect(titlesIn(fake.channels.alerts)).toEqual(['Story s1', 'Story s2', 'Story s3']);
    expect(alerts.pendingCount()).toBe(0);
    expect(giveUps()).toHaveLength(3);
    expect(giveUps().every((row) => row.channelId === route && row.reason.includes(words))).toBe(true);
    // Given up means not asked again: only the new alert tries the channel.
    const before = requestsTo(route);
    addStories('s4');
    await deliverPending(alerts, sink, () => 7000, log);
    expect(titlesIn(fake.channels.alerts)).toEqual(['Story s1', 'Story s2', 'Story s3', 'Story s4']);
    expect(requestsTo(route)).toBe(before + 1);
  });

  it('posts an alert whose embed Discord refuses once more as plain text with its title and link', async () => {
    let refused = 0;
    refuse = (request) => (request === `POST /channels/${fake.channels.alerts}/messages` && refused++ === 0 ? INVALID_FORM_BODY : undefined);
    await deliverPending(alerts, realSink(), () => 6000, log);
    const [message] = fake.messagesIn(fake.channels.alerts);
    expect(message!.body.embeds ?? []).toEqual([]);
    expect(String(message!.body.content)).toContain('Story s1');
    expect(String(message!.body.content)).toContain('https://example.com/news/s1');
    expect(alertRows()).toMatchObject([{ story: 's1', deliveredAt: 6000, ref: message!.id, error: null }]);
    expect(giveUps()).toEqual([]);
  });

  it('gives the alert up when Discord refuses even the plain form, with both refusals in words, and moves on', async () => {
    refuse = (request) => (request === `POST /channels/${fake.channels.alerts}/messages` ? INVALID_FORM_BODY : undefined);
    addStories('s2');
    expect(await deliverPending(alerts, realSink(), () => 6000, log)).toEqual({ delivered: 0, failed: 0, givenUp: 2 });
    expect(alerts.pendingCount()).toBe(0);
    expect(giveUps()).toHaveLength(2);
    expect(giveUps()[0]!.reason).toMatch(/Invalid Form Body[\s\S]*plain[\s\S]*Invalid Form Body/);
    expect(alertRows()).toMatchObject([
      { story: 's1', deliveredAt: 6000, ref: null, error: expect.stringContaining('Invalid Form Body') },
      { story: 's2', deliveredAt: 6000, ref: null },
    ]);
  });

  it('stops the round on a server error and retries next time, in order, giving nothing up', async () => {
    refuse = (request) => (request === `POST /channels/${fake.channels.alerts}/messages` ? SERVER_ERROR : undefined);
    addStories('s2');
    expect(await deliverPending(alerts, realSink(), () => 6000, log)).toEqual({ delivered: 0, failed: 1, givenUp: 0 });
    expect(alerts.pendingCount()).toBe(2);
    expect(giveUps()).toEqual([]);
    refuse = () => undefined;
    await deliverPending(alerts, realSink(), () => 7000, log);
    expect(titlesIn(fake.channels.alerts)).toEqual(['Story s1', 'Story s2']);
  });

  it('gives up a deleted route channel for a whole roll-up and still posts the roll-up in the alert channel', async () => {
    addStories('s2', 's3');
    await deliverPending(alerts, realSink(routeTo(DELETED)), () => 6000, log, { rollupOver: 2 });
    expect(titlesIn(fake.channels.alerts)).toEqual(['3 new alerts']);
    expect(alerts.pendingCount()).toBe(0);
    expect(giveUps().map((row) => row.channelId)).toEqual([DELETED, DELETED, DELETED]);
    expect(requestsTo(DELETED)).toBe(1);
  });

  it('posts a roll-up Discord refuses as single alerts in that channel', async () => {
    let refused = 0;
    refuse = (request) => (request === `POST /channels/${fake.channels.alerts}/messages` && refused++ === 0 ? INVALID_FORM_BODY : undefined);
    addStories('s2', 's3');
    await deliverPending(alerts, realSink(), () => 6000, log, { rollupOver: 2 });
    expect(titlesIn(fake.channels.alerts)).toEqual(['Story s1', 'Story s2', 'Story s3']);
    expect(alerts.pendingCount()).toBe(0);
  });

  /** A sink whose process dies right after Discord accepted its `killAfter`-th post, before recording it. */
  const dyingSink = (killAfter: number) => {
    const sender = channelSender(client);
    let posts = 0;
    return createDiscordSink({
      send: async (channelId, message) => {
        const id = await sender(channelId, message);
        if (++posts === killAfter) throw new Error('the process died before recording the post');
        return id;
      },
      edit: channelEditor(client),
      find: ownMessageFinder(client),
      routing: { alertChannel: fake.channels.alerts, routes: [] },
      healthChannel: fake.channels.health,
      deliveries,
      now: () => 5000,
      log,
    });
  };
  const storyIds = (count: number) => Array.from({ length: count }, (_, index) => `s${index + 2}`);

  it('posts a roll-up only once when the process died after Discord accepted it and new alerts came before the resend', async () => {
    addStories(...storyIds(14));
    expect(await deliverPending(alerts, dyingSink(1), () => 6000, log, { rollupOver: 10 })).toMatchObject({ delivered: 0, failed: 15 });
    addStories('late');
    expect(await deliverPending(alerts, realSink(), () => 7000, log, { rollupOver: 10 })).toEqual({ delivered: 16, failed: 0, givenUp: 0 });
    expect(titlesIn(fake.channels.alerts)).toEqual(['15 new alerts', 'Story late']);
    const [rollup] = fake.messagesIn(fake.channels.alerts);
    expect(new Set((alertRows() as Array<{ ref: string }>).slice(0, 15).map((row) => row.ref))).toEqual(new Set([rollup!.id]));
  });

  it('posts a roll-up only once when the resend comes after the nonce lapsed, finding it in the channel', async () => {
    addStories(...storyIds(14));
    expect(await deliverPending(alerts, dyingSink(1), () => 6000, log, { rollupOver: 10 })).toMatchObject({ delivered: 0, failed: 15 });
    fake.forgetNonces();
    const later = 6000 + 10 * 60_000;
    expect(await deliverPending(alerts, realSink([], fake.channels.health, later), () => later, log, { rollupOver: 10 })).toEqual({ delivered: 15, failed: 0, givenUp: 0 });
    expect(titlesIn(fake.channels.alerts)).toEqual(['15 new alerts']);
    const [rollup] = fake.messagesIn(fake.channels.alerts);
    expect(new Set((alertRows() as Array<{ ref: string }>).map((row) => row.ref))).toEqual(new Set([rollup!.id]));
  });

  it('posts again, and says so, when the nonce lapsed and the channel cannot be read', async () => {
    expect(await deliverPending(alerts, dyingSink(1), () => 6000, log)).toMatchObject({ delivered: 0, failed: 1 });
    fake.forgetNonces();
    refuse = (request) => (request.startsWith(`GET /channels/${fake.channels.alerts}/messages`) ? MISSING_ACCESS : undefined);
    const later = 6000 + 10 * 60_000;
    expect(await deliverPending(alerts, realSink([], fake.channels.health, later), () => later, log)).toEqual({ delivered: 1, failed: 0, givenUp: 0 });
    // A repeat, which the log names, rather than a lost alert.
    expect(titlesIn(fake.channels.alerts)).toEqual(['Story s1', 'Story s1']);
  });

  it('posts the last roll-up of a burst only once when the process died after Discord accepted it, though the rest is under the limit', async () => {
    addStories(...storyIds(22));
    expect(await deliverPending(alerts, dyingSink(2), () => 6000, log, { rollupOver: 10 })).toMatchObject({ delivered: 20, failed: 3 });
    expect(await deliverPending(alerts, realSink(), () => 7000, log, { rollupOver: 10 })).toEqual({ delivered: 3, failed: 0, givenUp: 0 });
    expect(titlesIn(fake.channels.alerts)).toEqual(['20 new alerts', '3 new alerts']);
  });

  it('never edits a roll-up with one alert when another outlet joins that alert', async () => {
    addStories('s2', 's3');
    const sink = realSink();
    await deliverPending(alerts, sink, () => 6000, log, { rollupOver: 2 });
    joinOutlet('s2');
    await deliverOutletUpdates(alerts, sink, log);
    expect(edits()).toBe(0);
    expect(fake.messages[0]!.message).toMatchObject({ embeds: [{ title: '3 new alerts' }] });
    expect(t.db.prepare('SELECT COUNT(*) FROM alerts WHERE outlets_version > outlets_shown').pluck().get()).toBe(0);
  });

  it('edits the copies still there when one was deleted, and does not try the deleted one again', async () => {
    const sink = realSink(routeTo(fake.channels.other));
    await deliverPending(alerts, sink, () => 6000, log);
    // A moderator deleted the alert channel's copy.
    fake.messages.splice(fake.messages.findIndex((message) => message.channelId === fake.channels.alerts), 1);
    joinOutlet('s1');
    await deliverOutletUpdates(alerts, sink, log);
    expect(JSON.stringify(fake.messagesIn(fake.channels.other)[0]!.message)).toContain('Otro medio');
    const before = seen.length;
    await deliverOutletUpdates(alerts, sink, log);
    expect(seen.length).toBe(before);
  });

  it('edits alert 101 even when the edits of the first 100 can never succeed', async () => {
    new StoriesRepo(t.db).saveAll(t.feedId, 2000, Array.from({ length: 100 }, (_, index) => alerting(`b${index}`)));
    const pending = alerts.pending(200);
    // The first 100 were posted in a channel since deleted; the 101st went out normally.
    for (const alert of pending.slice(0, 100)) {
      deliveries.record(alert.id, DELETED, snowflake(), 5000);
      alerts.markDelivered(alert.id, 'gone', 5000);
    }
    const sink = realSink();
    await deliverPending(alerts, sink, () => 6000, log);
    for (const alert of pending) joinOutlet(alert.storyId);
    await deliverOutletUpdates(alerts, sink, log);
    expect(JSON.stringify(fake.messagesIn(fake.channels.alerts)[0]!.message)).toContain('Otro medio');
    expect(t.db.prepare('SELECT COUNT(*) FROM alerts WHERE outlets_version > outlets_shown').pluck().get()).toBe(0);
  });

  it('posts a notice whose embed Discord refuses once more as plain text, and gives it up only when that is refused too', async () => {
    const notices = new NoticesRepo(t.db);
    notices.add({ kind: 'failing', feedUrl: 'https://news.example/feed', feedName: 'News', detail: 'HTTP 500', failures: 1, at: 1000 });
    let refused = 0;
    refuse = (request) => (request === `POST /channels/${fake.channels.health}/messages` && refused++ === 0 ? INVALID_FORM_BODY : undefined);
    expect(await deliverNotices(notices, realSink(), () => 6000, log)).toEqual({ delivered: 1, failed: 0, givenUp: 0 });
    const [message] = fake.messagesIn(fake.channels.health);
    expect(message!.body.embeds ?? []).toEqual([]);
    expect(message!.body.content).toBe('Feed failing: News\nFailing since 1970\\-01\\-01 00:00 UTC: HTTP 500\n<https://news.example/feed>');

    notices.add({ kind: 'recovered', feedUrl: 'https://news.example/feed', feedName: 'News', detail: null, failures: 1, at: 2000 });
    refuse = (request) => (request === `POST /channels/${fake.channels.health}/messages` ? INVALID_FORM_BODY : undefined);
    expect(await deliverNotices(notices, realSink(), () => 7000, log)).toEqual({ delivered: 0, failed: 0, givenUp: 1 });
    expect(fake.messagesIn(fake.channels.health)).toHaveLength(1);
  });

  it('gives up the notices of a deleted health channel instead of blocking them', async () => {
    const notices = new NoticesRepo(t.db);
    for (const kind of ['failing', 'recovered'] as const) notices.add({ kind, feedUrl: 'https://news.example/feed', feedName: 'News', detail: null, failures: 1, at: 1000 });
    expect(await deliverNotices(notices, realSink([], DELETED), () => 6000, log)).toEqual({ delivered: 0, failed: 0, givenUp: 2 });
    expect(notices.pendingCount()).toBe(0);
    expect(t.db.prepare('SELECT last_error FROM health_notices').pluck().all()).toEqual(['404 Unknown Channel (code 10003)', '404 Unknown Channel (code 10003)']);
  });
});
