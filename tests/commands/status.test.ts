/**
 * /status through the real discord.js client, the fake Discord and the router, over a real SQLite
 * file: uptime, feeds healthy / failing / disabled and the colour they give, the last poll, alerts
 * waiting, and what is tracked and stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveriesRepo } from '../../src/store/deliveries-repo';
import { closeHarness, embedOf, expectPublic, fieldsOf, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import { PERMISSIONS, type InteractionResponse } from '../support/fake-discord';
import { alerting } from '../support/store-fixtures';
import { NOW } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

const GREEN = 0x3ba55d;
const AMBER = 0xf0a020;

const fieldValues = (reply: InteractionResponse): Record<string, string> => Object.fromEntries(fieldsOf(reply).map((item) => [item.name, item.value]));
const seconds = (epochMs: number): number => Math.floor(epochMs / 1000);

describe('/status', () => {
  it('reports uptime, feeds, last poll and alerts waiting', async () => {
    const reply = await h.command('status');
    expectPublic(reply);
    const values = Object.fromEntries(fieldsOf(reply).map((item) => [item.name, item.value]));
    expect(values).toMatchObject({ 'Last poll': 'not yet', 'Alerts waiting': '0', Feeds: '1 healthy · 0 failing · 0 disabled' });
    expect(values.Uptime).toMatch(/^3 h 0 min \(since <t:\d+:f>\)$/);
  });

  it('says what is tracked and stored, green while every feed is healthy', async () => {
    const reply = await h.command('status');
    expect(embedOf(reply).title).toBe('vigia status');
    expect(embedOf(reply).color).toBe(GREEN);
    // The shipped config: 22 figures and 9 claims; the seed: 9 stories.
    expect(fieldValues(reply).Tracking).toBe('22 figures · 9 claims · 9 stories stored');
    // The harness started the bot 3 hours before NOW.
    expect(fieldValues(reply).Uptime).toBe(`3 h 0 min (since <t:${seconds(NOW - 3 * 3_600_000)}:f>)`);
  });

  it('counts a figure added with /track at once', async () => {
    await h.command('track', [opt.sub('add', [opt.str('name', 'Álex Saab')])], PERMISSIONS.manager);
    expect(fieldValues(await h.command('status')).Tracking).toBe('23 figures · 9 claims · 9 stories stored');
  });

  it('counts the alerts not yet delivered', async () => {
    h.app.stories.saveAll(h.app.feeds.all()[0]!.id, NOW, [alerting('a1'), alerting('a2'), alerting('a3')]);
    const values = fieldValues(await h.command('status'));
    expect(values['Alerts waiting']).toBe('3');
    expect(values.Tracking).toBe('22 figures · 9 claims · 12 stories stored');
  });

  it('counts the channels Discord refused for good, and says nothing of them before', async () => {
    expect(fieldValues(await h.command('status'))).not.toHaveProperty('Deliveries given up');
    h.app.stories.saveAll(h.app.feeds.all()[0]!.id, NOW, [alerting('a1')]);
    const [alert] = h.app.alerts.pending();
    new DeliveriesRepo(h.app.db).giveUp(alert!.id, '100000000000000009', '404 Unknown Channel (code 10003)', NOW);
    expect(fieldValues(await h.command('status'))['Deliveries given up']).toMatch(/^1: a channel Discord refuses/);
  });

  it('shows the latest check of any feed, and turns amber when a feed fails or is disabled', async () => {
    const fixture = h.app.feeds.all()[0]!;
    h.app.feeds.addUserFeed({ url: 'https://news.example/rss', name: 'Noticias' }, NOW - 3_600_000);
    const added = h.app.feeds.byUrl('https://news.example/rss')!;
    h.app.feeds.recordSuccess(added, { now: NOW - 300_000, nextCheckAt: NOW + 600_000, firstPoll: true });
    h.app.feeds.recordFailure(fixture, { now: NOW - 60_000, nextCheckAt: NOW + 600_000, error: 'fetch: HTTP 503 Service Unavailable from x', disabledReason: null });
    const failing = await h.command('status');
    expect(fieldValues(failing)).toMatchObject({ 'Last poll': `<t:${seconds(NOW - 60_000)}:R>`, Feeds: '1 healthy · 1 failing · 0 disabled' });
    expect(embedOf(failing).color).toBe(AMBER);

    h.app.feeds.recordFailure(fixture, { now: NOW - 30_000, nextCheckAt: NOW + 600_000, error: 'fetch: HTTP 503 Service Unavailable from x', disabledReason: 'failed 2 times in a row' });
    const disabled = await h.command('status');
    expect(fieldValues(disabled)).toMatchObject({ 'Last poll': `<t:${seconds(NOW - 30_000)}:R>`, Feeds: '1 healthy · 0 failing · 1 disabled' });
    expect(embedOf(disabled).color).toBe(AMBER);
  });
});
