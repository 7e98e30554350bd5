/**
 * The bot in-process with the real discord.js client, the fake Discord, a real feed server and a real
 * SQLite file: alerts reach the channels as safe embeds, routes add channels, and rate limits and
 * server errors still deliver each alert exactly once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALERT_COLOURS } from '../../src/format/format-embed';
import { discordSettings, EVERY_SECOND, startBotHarness, type BotHarness } from '../support/bot-harness';
import { DISCORD_STORIES } from '../support/discord-stories';
import { STORIES } from '../support/rss';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: BotHarness;

afterEach(async () => {
  await h.cleanup();
  expect(h.fake.unhandled).toEqual([]);
});

const messagePosts = (): number[] =>
  h.fake.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/messages')).map((request) => request.status);

describe('alert delivery to Discord', () => {
  it('posts an alert to the alert channel as an embed with no mentions allowed and mention syntax inert', async () => {
    h = await startBotHarness();
    h.items = [DISCORD_STORIES.pinging];
    const bot = await h.start();
    await bot.idle();

    const [message, ...others] = h.fake.messages;
    expect(others).toEqual([]);
    expect(message!.channelId).toBe(h.fake.channels.alerts);
    expect(message!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message!.body).toMatchObject({ enforce_nonce: true });
    expect(message!.body.content ?? '').toBe('');
    expect(String(message!.body.nonce)).toMatch(/^v1\.\w+$/);
    expect(String(message!.body.nonce).length).toBeLessThanOrEqual(25);

    const [embed] = message!.body.embeds as Array<Record<string, unknown>>;
    const title = String(embed!.title);
    expect(title).toContain('@\u200beveryone');
    expect(title).toContain('<\u200b@123456789012345678');
    expect(title).not.toMatch(/@everyone|<@\d/);
    expect(title).toContain('\\*\\*Maduro\\*\\*');
    expect(title).toContain('\\[indictment\\]\\(https://evil.example\\)');
    expect(embed).toMatchObject({ url: 'https://news.example/pinging-1', color: ALERT_COLOURS.asserted, timestamp: '2025-11-17T10:00:00.000Z' });
    expect(embed!.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Outlet', value: 'Fixture 1' }),
        expect.objectContaining({ name: 'Figures' }),
        expect.objectContaining({ name: 'Claim state-cartel — asserts' }),
      ]),
    );

    const [row] = h.sql('SELECT delivered_at AS deliveredAt, delivery_ref AS ref FROM alerts') as Array<{ deliveredAt: number | null; ref: string }>;
    expect(row).toMatchObject({ ref: message!.id });
    expect(row!.deliveredAt).not.toBeNull();
    expect(h.logs.join('')).not.toContain(h.fake.token);
    expect(h.fake.identifies.map((identify) => identify.intents)).toEqual([1]);
  });

  it('also sends a figure’s alert to the channel its route names, and other alerts only to the alert channel', async () => {
    h = await startBotHarness((fake) => discordSettings(fake, { routes: `[{ channel: "${fake.channels.other}", entities: [tren-de-aragua] }]` }));
    h.items = [DISCORD_STORIES.aragua, STORIES.indictment];
    const bot = await h.start();
    await bot.idle();

    const titles = (channel: string): string[] => h.fake.messagesIn(channel).map((message) => String((message.body.embeds as Array<{ title: string }>)[0]!.title));
    expect(titles(h.fake.channels.alerts).sort()).toEqual([DISCORD_STORIES.aragua.title, STORIES.indictment.title].sort());
    expect(titles(h.fake.channels.other)).toEqual([DISCORD_STORIES.aragua.title]);
    expect(h.fake.messagesIn(h.fake.channels.health)).toEqual([]);
    expect(h.sql('SELECT COUNT(*) AS n FROM deliveries')).toEqual([{ n: 3 }]);
    // One nonce per alert and channel.
    expect(new Set(h.fake.messages.map((message) => message.body.nonce)).size).toBe(3);
  });

  it('delivers each alert exactly once through a 429 and a burst of 5xx longer than discord.js retries', async () => {
    h = await startBotHarness((fake) =>
      discordSettings(fake, { schedule: EVERY_SECOND, routes: `[{ channel: "${fake.channels.other}", entities: [tren-de-aragua] }]` }),
    );
    h.items = [DISCORD_STORIES.aragua, STORIES.indictment];
    h.fake.failNext('message', [429], { retryAfterS: 0.5 });
    // Four answers exhaust discord.js's three retries; the fifth meets the bot's retry on the next tick.
    h.fake.failNext('message', [500, 503, 500, 503, 502]);
    const bot = await h.start();

    await vi.waitFor(() => expect(h.sql('SELECT COUNT(*) AS n FROM alerts WHERE delivered_at IS NOT NULL')).toEqual([{ n: 2 }]), { timeout: 20_000, interval: 100 });
    await bot.idle();
    expect(h.fake.messages).toHaveLength(3);
    const keys = h.fake.messages.map((message) => `${message.channelId} ${String((message.body.embeds as Array<{ title: string }>)[0]!.title)}`);
    expect(new Set(keys).size).toBe(3);
    expect(messagePosts()).toEqual([429, 500, 503, 500, 503, 502, 200, 200, 200]);
    expect(h.sql('SELECT SUM(attempts) AS attempts FROM alerts')).toEqual([{ attempts: 1 }]);
    expect(h.logs.join('')).toContain('delivery failed; will retry');
  });

  it('deduplicates by nonce when Discord stored a message but its answer was a 5xx', async () => {
    h = await startBotHarness();
    h.items = [STORIES.indictment];
    h.fake.failNext('message', [500], { afterCreate: true });
    const bot = await h.start();
    await bot.idle();
    expect(messagePosts()).toEqual([500, 200]);
    expect(h.fake.messages).toHaveLength(1);
    expect(h.sql('SELECT delivery_ref AS ref FROM alerts')).toEqual([{ ref: h.fake.messages[0]!.id }]);
  });
});
