/**
 * Feed health notices through the running bot: one notice when a feed starts failing, none while it
 * keeps failing, one when it recovers, and one when repeated failures disable it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../src/app/start-bot';
import { HEALTH_COLOURS } from '../../src/format/format-health-notice';
import { discordSettings, EVERY_SECOND, startBotHarness, type BotHarness } from '../support/bot-harness';
import { STORIES } from '../support/rss';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: BotHarness;

afterEach(async () => {
  await h.cleanup();
  expect(h.fake.unhandled).toEqual([]);
});

const notices = (): Array<{ title: string; color: number }> =>
  h.fake.messagesIn(h.fake.channels.health).map((message) => (message.body.embeds as Array<{ title: string; color: number }>)[0]!);

/** Makes the feed due now and waits until the bot has polled it and finished that tick. */
async function pollAgain(bot: Bot): Promise<void> {
  const before = h.feedRequests;
  h.sql('UPDATE feeds SET next_check_at = 0');
  await vi.waitFor(() => expect(h.feedRequests).toBeGreaterThan(before), { timeout: 10_000, interval: 50 });
  await bot.idle();
}

describe('feed health notices', () => {
  it('posts once when a feed starts failing and once when it recovers, not on every tick', async () => {
    h = await startBotHarness((fake) => discordSettings(fake, { schedule: EVERY_SECOND }));
    h.feedStatus = 500;
    const bot = await h.start();
    await bot.idle();
    expect(notices()).toEqual([expect.objectContaining({ title: 'Feed failing: Fixture 1', color: HEALTH_COLOURS.failing })]);
    expect(String(h.fake.messagesIn(h.fake.channels.health)[0]!.body.nonce)).toMatch(/^h1\./);

    await pollAgain(bot);
    await pollAgain(bot);
    expect(notices()).toHaveLength(1);

    h.feedStatus = 200;
    h.items = [STORIES.plantains];
    await pollAgain(bot);
    await pollAgain(bot);
    expect(notices().map((notice) => notice.title)).toEqual(['Feed failing: Fixture 1', 'Feed recovered: Fixture 1']);
    expect(notices()[1]!.color).toBe(HEALTH_COLOURS.recovered);
    expect(h.fake.messagesIn(h.fake.channels.alerts)).toEqual([]);
    expect(h.sql('SELECT kind, delivered_at IS NOT NULL AS sent FROM health_notices ORDER BY id')).toEqual([
      { kind: 'failing', sent: 1 },
      { kind: 'recovered', sent: 1 },
    ]);
  });

  it('posts once when repeated failures disable a feed, then stops polling it', async () => {
    h = await startBotHarness((fake) => discordSettings(fake, { schedule: EVERY_SECOND }).replace('  interval: 30', '  interval: 30\n  maxErrors: 2'));
    h.feedStatus = 503;
    const bot = await h.start();
    await bot.idle();
    await pollAgain(bot);
    expect(notices().map((notice) => notice.title)).toEqual(['Feed failing: Fixture 1', 'Feed disabled: Fixture 1']);
    h.sql('UPDATE feeds SET next_check_at = 0');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await bot.idle();
    expect(h.feedRequests).toBe(2);
    expect(notices()).toHaveLength(2);
  });
});
