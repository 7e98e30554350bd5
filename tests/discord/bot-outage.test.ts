/**
 * A long Discord outage with the real discord.js client: every REST call answers 503 and the gateway
 * drops and refuses connections for many ticks while stories keep arriving. The alerts wait in the
 * table, and when Discord is back they go out once each, in the order they were found.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discordSettings, EVERY_SECOND, startBotHarness, type BotHarness } from '../support/bot-harness';
import type { FixtureItem } from '../support/rss';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

/** Three different stories about three different figures: none joins another's alert. */
const ARRIVALS: FixtureItem[] = [
  { guid: 'outage-1', title: 'Delcy Rodríguez meets oil buyers in Ankara', text: 'Vice President Delcy Rodríguez discussed 14 crude cargoes with Turkish buyers on Monday.' },
  { guid: 'outage-2', title: 'Padrino López orders troops to the Apure border', text: 'Defense Minister Vladimir Padrino López sent 3,000 soldiers to Apure after clashes with the ELN.' },
  { guid: 'outage-3', title: 'Jorge Rodríguez opens talks on the 2027 budget', text: 'National Assembly president Jorge Rodríguez said the chamber would debate 31 spending lines.' },
];

let h: BotHarness;

afterEach(async () => {
  await h.cleanup();
  expect(h.fake.unhandled).toEqual([]);
});

const count = (sql: string): number => (h.sql(sql)[0] as { n: number }).n;

describe('a long Discord outage', () => {
  it('keeps every alert while Discord is down for many ticks, then posts each once, in order', async () => {
    h = await startBotHarness((fake) => discordSettings(fake, { schedule: EVERY_SECOND }));
    const bot = await h.start();
    await bot.idle();
    h.fake.setDown(true);
    for (const [index, story] of ARRIVALS.entries()) {
      h.items = [story, ...h.items];
      h.sql('UPDATE feeds SET next_check_at = 0');
      await vi.waitFor(() => expect(count('SELECT COUNT(*) AS n FROM alerts')).toBe(index + 1), { timeout: 10_000, interval: 100 });
    }
    // The stretch: delivery has been tried and failed on several ticks, nothing was posted or dropped.
    await vi.waitFor(() => expect(count('SELECT COALESCE(SUM(attempts), 0) AS n FROM alerts')).toBeGreaterThanOrEqual(4), { timeout: 20_000, interval: 200 });
    expect(h.fake.messages).toEqual([]);
    expect(count('SELECT COUNT(*) AS n FROM alerts WHERE delivered_at IS NULL')).toBe(3);
    const sessionsBefore = h.fake.identifies.length + h.fake.resumes.length;

    h.fake.setDown(false);
    await vi.waitFor(() => expect(count('SELECT COUNT(*) AS n FROM alerts WHERE delivered_at IS NOT NULL')).toBe(3), { timeout: 30_000, interval: 200 });
    await bot.idle();
    const titles = h.fake.messages.map((message) => (message.body.embeds as Array<{ title: string }>)[0]!.title);
    expect(titles).toEqual(ARRIVALS.map((story) => story.title));
    expect(h.logs.join('')).toContain('delivery failed; will retry');
    // The gateway came back too: the client connected again on its own.
    await vi.waitFor(() => expect(h.fake.identifies.length + h.fake.resumes.length).toBeGreaterThan(sessionsBefore), { timeout: 30_000, interval: 200 });
  }, 90_000);
});
