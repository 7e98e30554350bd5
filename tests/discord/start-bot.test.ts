/**
 * Starting the bot: DISCORD_TOKEN without an alert channel is a clear config error, a refused token
 * a clear login error (through `vigia run` too, without the token in the output), and without
 * DISCORD_TOKEN alerts and health notices go to the console. A configured channel it cannot post in
 * is logged as an error, one where it cannot read history as a warning; neither stops it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors';
import { DiscordStartError } from '../../src/discord/connect-discord';
import { startBotHarness, START_TICK_ONLY, type BotHarness } from '../support/bot-harness';
import { channelWithoutHistory, startRestProxy, type RestProxy } from '../support/check-channels-proxy';
import { snowflake } from '../support/fake-discord-payloads';
import { runCli } from '../support/cli-io';
import { STORIES } from '../support/rss';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: BotHarness;
let proxy: RestProxy | null = null;

afterEach(async () => {
  await h.cleanup();
  await proxy?.close();
  proxy = null;
});

const consoleSettings = `poll:\n  schedule: ${START_TICK_ONLY}\n  backfill: 10\nlog:\n  level: warn\n`;

describe('startBot', () => {
  it('refuses DISCORD_TOKEN without discord.alertChannel, naming the setting', async () => {
    h = await startBotHarness(() => consoleSettings);
    const failure = await h.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toContain('settings.yaml: discord.alertChannel: required when DISCORD_TOKEN is set');
    expect(h.fake.requests).toEqual([]);

    const cli = await runCli(['run', '--config', h.config.dir, '--db', h.config.dbFile], '', { DISCORD_TOKEN: h.fake.token, DISCORD_API_BASE: h.fake.apiBase });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('settings.yaml: discord.alertChannel: required when DISCORD_TOKEN is set');
    expect(cli.stderr).toContain('VIGIA_DISCORD_ALERT_CHANNEL');
  });

  it('accepts the alert channel from VIGIA_DISCORD_ALERT_CHANNEL', async () => {
    h = await startBotHarness(() => consoleSettings);
    h.items = [STORIES.indictment];
    const bot = await h.start({ VIGIA_DISCORD_ALERT_CHANNEL: h.fake.channels.alerts });
    await bot.idle();
    expect(h.fake.messagesIn(h.fake.channels.alerts)).toHaveLength(1);
  });

  it('reports a refused token as a login error, and `run` exits 1 without printing the token', async () => {
    h = await startBotHarness();
    const failure = await h.start({ DISCORD_TOKEN: 'wrong-token-123' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DiscordStartError);
    expect((failure as Error).message).toBe('discord: login failed: An invalid token was provided.');

    const cli = await runCli(['run', '--config', h.config.dir, '--db', h.config.dbFile], '', { DISCORD_TOKEN: 'wrong-token-123', DISCORD_API_BASE: h.fake.apiBase });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/discord: login failed/);
    expect(cli.stderr + cli.stdout).not.toContain('wrong-token-123');
  });

  it('prints alerts and health notices to the console without DISCORD_TOKEN', async () => {
    h = await startBotHarness(() => consoleSettings);
    h.feedStatus = 500;
    const bot = await h.start({ DISCORD_TOKEN: '' });
    await bot.idle();
    expect(bot.client).toBeNull();
    expect(h.stdout()).toContain('▲ Feed failing: Fixture 1');
    expect(h.stdout()).toContain('HTTP 500');
    expect(h.fake.requests).toEqual([]);
  });
});

describe('startBot channel check', () => {
  it('logs a configured channel the bot cannot post in, and still starts', async () => {
    const missing = '199999999999999999';
    h = await startBotHarness((fake) => `log:\n  level: warn\ndiscord:\n  alertChannel: "${fake.channels.alerts}"\n  routes: [{ channel: "${missing}", entities: [nicolas-maduro] }]\n`);
    const bot = await h.start();
    await bot.idle();
    const line = h.logs.map((entry) => JSON.parse(entry) as { level: number; msg: string; channel?: string; problem?: string }).find((entry) => entry.channel === missing);
    expect(line).toMatchObject({ level: 50, msg: 'configured discord channel is unusable; check settings.yaml discord ids', problem: 'Unknown Channel' });
  });

  it('warns about a configured channel without Read Message History, naming the channel and the risk, and still starts', async () => {
    const noHistory = snowflake();
    h = await startBotHarness((fake) => `log:\n  level: warn\ndiscord:\n  alertChannel: "${fake.channels.alerts}"\n  routes: [{ channel: "${noHistory}", entities: [nicolas-maduro] }]\n`);
    proxy = await startRestProxy(h.fake, (method, path) => (method === 'GET' && path === `/channels/${noHistory}` ? { status: 200, body: channelWithoutHistory(h.fake, noHistory) } : undefined));
    const bot = await h.start({ DISCORD_API_BASE: proxy.apiBase });
    await bot.idle();
    const lines = h.logs.map((entry) => JSON.parse(entry) as { level: number; msg: string; channel?: string; problem?: string }).filter((entry) => entry.channel === noHistory);
    // One warning (pino's level 40) and no error line for the channel.
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'configured discord channel lacks a permission; alerts still go out, grant it in discord',
        problem: 'the bot lacks Read Message History there: after a crash, an alert or health notice resent more than a couple of minutes later may be posted twice',
      }),
    ]);
  });
});
