/**
 * The running bot wires slash commands to the client, and a figure added with /track is matched at
 * the next poll without a restart: the real discord.js client, the fake Discord, a feed server.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBotHarness, discordSettings, EVERY_SECOND, type BotHarness } from '../support/bot-harness';
import { PERMISSIONS } from '../support/fake-discord';
import { STORIES } from '../support/rss';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: BotHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

const str = (name: string, value: string) => ({ name, type: 3, value });

describe('startBot with Discord', () => {
  it('answers slash commands, and /track add changes what the next poll matches', async () => {
    h = await startBotHarness((fake) => discordSettings(fake, { schedule: EVERY_SECOND }));
    h.items = [STORIES.plantains];
    const bot = await h.start();
    await bot.idle();

    const status = await h.fake.sendInteraction({ type: 2, data: { name: 'status', type: 1 } });
    expect(status).toMatchObject({ kind: 'callback', type: 4, body: { allowed_mentions: { parse: [] } } });

    const added = await h.fake.sendInteraction(
      { type: 2, data: { name: 'track', type: 1, options: [{ name: 'add', type: 1, options: [str('name', 'Álex Saab'), str('kind', 'person')] }] } },
      PERMISSIONS.manager,
    );
    expect(String(added.body.content)).toContain('Now tracking **Álex Saab**');

    h.items = [
      { guid: 'saab-1', title: 'Alex Saab vuelve a Caracas', text: 'El empresario Alex Saab llegó a Caracas tras su liberación.', pubDate: 'Mon, 17 Nov 2025 16:00:00 GMT' },
      STORIES.plantains,
    ];
    h.sql('UPDATE feeds SET next_check_at = 0');
    await vi.waitFor(() => expect(h!.fake.messages.some((message) => JSON.stringify(message.body).includes('Alex Saab vuelve a Caracas'))).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
    const alert = h.fake.messages.find((message) => JSON.stringify(message.body).includes('Alex Saab vuelve'))!;
    expect(alert.channelId).toBe(h.fake.channels.alerts);
    expect(JSON.stringify(alert.body)).toContain('Álex Saab');
  }, 60_000);

  it('posts the scheduled digest to the digest channel', async () => {
    h = await startBotHarness((fake) =>
      discordSettings(fake, { extra: `  digest:\n    schedule: '* * * * * *'\n    channel: "${fake.channels.other}"\n    hours: 48` }),
    );
    // The digest covers stories by date: this one was published a minute ago.
    h.items = [{ ...STORIES.denial, pubDate: new Date(Date.now() - 60_000).toUTCString() }];
    await (await h.start()).idle();
    // The digest fires every second, so one may go out before the first poll has stored the story.
    const digests = () => h!.fake.messages.filter((message) => message.channelId === h!.fake.channels.other);
    await vi.waitFor(() => expect(digests().some((message) => JSON.stringify(message.body.embeds).includes('Cartel de los Soles'))).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
    for (const digest of digests()) expect(digest.body).toMatchObject({ allowed_mentions: { parse: [] } });
  }, 60_000);

  it('edits the alert to list a second outlet with the same news instead of alerting again', async () => {
    h = await startBotHarness((fake) => discordSettings(fake, { schedule: EVERY_SECOND }));
    const english = {
      guid: 'reward-en',
      title: 'U.S. raises reward for Nicolás Maduro to $50 million',
      text: 'Washington raised its reward for Nicolás Maduro to $50 million on Friday, up from $15 million. The 2020 indictment is unchanged.',
      pubDate: new Date(Date.now() - 3 * 3600_000).toUTCString(),
    };
    const spanish = {
      guid: 'reward-es',
      title: 'EE.UU. sube a 50 millones de dólares la recompensa por Nicolás Maduro',
      text: 'Washington elevó este viernes a 50 millones de dólares la recompensa por Nicolás Maduro, frente a 15 millones antes. La acusación de 2020 no cambia.',
      pubDate: new Date(Date.now() - 3600_000).toUTCString(),
    };
    h.items = [english];
    await (await h.start()).idle();
    await vi.waitFor(() => expect(h!.fake.messagesIn(h!.fake.channels.alerts)).toHaveLength(1), { timeout: 20_000, interval: 100 });

    h.items = [spanish, english];
    h.sql('UPDATE feeds SET next_check_at = 0');
    await vi.waitFor(
      () => expect(JSON.stringify(h!.fake.messagesIn(h!.fake.channels.alerts)[0]!.message)).toContain('Also reported by 1'),
      { timeout: 20_000, interval: 100 },
    );
    expect(h.fake.messagesIn(h.fake.channels.alerts)).toHaveLength(1);
    expect(JSON.stringify(h.fake.messagesIn(h.fake.channels.alerts)[0]!.message)).toContain('EE.UU. sube a 50 millones');
  }, 60_000);

  it('posts a burst of alerts as one roll-up message instead of a flood', async () => {
    h = await startBotHarness((fake) => `${discordSettings(fake)}\ndelivery:\n  rollupOver: 3\n`);
    h.items = ['Maduro', 'Cabello', 'Padrino López', 'Delcy Rodríguez', 'Jorge Rodríguez'].map((name, index) => ({
      guid: `burst-${index}`,
      title: `${name} habla en Caracas sobre el Cartel de los Soles`,
      text: `El funcionario ${name === 'Maduro' ? 'Nicolás Maduro' : name} habló en un acto en Caracas.`,
      pubDate: new Date(Date.now() - (10 - index) * 60_000).toUTCString(),
    }));
    await (await h.start()).idle();
    const messages = h.fake.messagesIn(h.fake.channels.alerts);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    expect(JSON.stringify(messages[0]!.body.embeds)).toContain('5 new alerts');
    expect(h.sql('SELECT COUNT(*) AS waiting FROM alerts WHERE delivered_at IS NULL')).toEqual([{ waiting: 0 }]);
  }, 60_000);
});
