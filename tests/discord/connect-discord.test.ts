/**
 * connectDiscord and logClientEvents with the real discord.js client against the fake Discord: a
 * login that resolves once ready and says so in the log; a wrong token, an API that cannot be
 * reached, or an outage rejecting with a DiscordStartError in words and a destroyed client; and
 * discord.js's errors, warnings and rate limits reported to the log.
 */
import { Events, type Client } from 'discord.js';
import { pino, type Logger } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectDiscord, DiscordStartError, logClientEvents } from '../../src/discord/connect-discord';
import { createDiscordClient } from '../../src/discord/create-client';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { startRestProxy } from '../support/check-channels-proxy';
import { closedPort } from '../support/feed-server';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let fake: FakeDiscord;
let client: Client;
let lines: string[];
let log: Logger;

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = createDiscordClient({ DISCORD_API_BASE: fake.apiBase });
  lines = [];
  log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
});

afterEach(async () => {
  await client.destroy();
  await fake.close();
  expect(fake.unhandled).toEqual([]);
});

const logged = (msg: string) => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === msg);

/** The DiscordStartError connectDiscord rejected with. */
async function startError(connecting: Promise<void>): Promise<DiscordStartError> {
  const error = await connecting.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DiscordStartError);
  return error as DiscordStartError;
}

describe('connectDiscord', () => {
  it('resolves once the client is ready with its guild, and logs who logged in', async () => {
    await connectDiscord(client, fake.token, log);
    expect(client.isReady()).toBe(true);
    expect(client.guilds.cache.map((guild) => guild.id)).toEqual([fake.guildId]);
    expect(logged('logged in to discord')).toEqual([expect.objectContaining({ level: 30, user: 'vigia', guilds: 1 })]);
    expect(lines.join('\n')).not.toContain(fake.token);
  });

  it('refuses a wrong token in words, destroying the client, before touching the gateway', async () => {
    const error = await startError(connectDiscord(client, 'not-the-bot-token', log));
    expect(error.name).toBe('DiscordStartError');
    expect(error.message).toBe('discord: login failed: An invalid token was provided.');
    expect(error.cause).toBeInstanceOf(Error);
    expect(client.isReady()).toBe(false);
    expect(client.token).toBeNull();
    expect(fake.identifies).toEqual([]);
    expect(logged('logged in to discord')).toEqual([]);
  });

  it('says which address refused the connection when Discord’s API cannot be reached', async () => {
    const port = await closedPort();
    const unreachable = createDiscordClient({ DISCORD_API_BASE: `http://127.0.0.1:${port}/api` });
    const error = await startError(connectDiscord(unreachable, fake.token, log));
    expect(error.message).toMatch(new RegExp(`^discord: login failed: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}`));
    expect(unreachable.token).toBeNull();
  });

  it('gives Discord’s answer when it is down, after discord.js’s retries', async () => {
    fake.setDown(true);
    const error = await startError(connectDiscord(client, fake.token, log));
    expect(error.message).toBe('discord: login failed: Service Unavailable');
    expect(fake.requests.map((request) => `${request.path} ${request.status}`)).toEqual(Array.from({ length: 4 }, () => '/gateway/bot 503'));
    expect(client.isReady()).toBe(false);
  });

  it('gives up when the API answers but the gateway cannot be reached, instead of waiting forever', async () => {
    // discord.js retries a gateway that refuses connections without end: login alone never settles.
    const port = await closedPort();
    const proxy = await startRestProxy(fake, (method, path) =>
      method === 'GET' && path === '/gateway/bot'
        ? { status: 200, body: { url: `ws://127.0.0.1:${port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } } }
        : undefined,
    );
    try {
      const cut = createDiscordClient({ DISCORD_API_BASE: proxy.apiBase });
      const error = await startError(connectDiscord(cut, fake.token, log, 1_000));
      expect(error.message).toBe('discord: not ready after 1000 ms');
      expect(cut.token).toBeNull(); // destroyed
    } finally {
      await proxy.close();
    }
  });

  it('never puts the token in the error', async () => {
    const error = await startError(connectDiscord(client, 'Bot wrong-token-1234567890', log));
    expect(error.message).not.toContain('wrong-token-1234567890');
  });
});

describe('logClientEvents', () => {
  it('logs discord.js errors instead of letting them crash the process', () => {
    logClientEvents(client, log);
    // An 'error' event without a listener would throw here.
    expect(() => client.emit(Events.Error, new Error('gateway hiccup'))).not.toThrow();
    const [entry] = logged('discord client error');
    expect(entry).toMatchObject({ level: 50 });
    expect((entry!.err as { message: string }).message).toBe('gateway hiccup');
  });

  it('logs warnings and a shard that will not reconnect', () => {
    logClientEvents(client, log);
    client.emit(Events.Warn, 'gateway latency is high');
    client.emit(Events.ShardDisconnect, { code: 4004, reason: '', wasClean: true } as never, 0);
    expect(logged('discord warning')).toEqual([expect.objectContaining({ level: 40, discord: 'gateway latency is high' })]);
    expect(logged('discord gateway disconnected')).toEqual([expect.objectContaining({ level: 40, shard: 0, code: 4004 })]);
  });

  it('logs a rate limit with its route while discord.js waits it out', async () => {
    logClientEvents(client, log);
    await connectDiscord(client, fake.token, log);
    fake.failNext('message', [429], { retryAfterS: 0.2 });
    const channel = await client.channels.fetch(fake.channels.alerts);
    if (!channel?.isSendable()) throw new Error('alerts channel not sendable');
    // send resolves only after the wait, so the line is there by then.
    await channel.send({ content: 'Después del límite' });
    const [entry] = logged('discord rate limit; waiting');
    // The route as discord.js buckets it.
    expect(entry).toMatchObject({ level: 30, route: '/channels/:id/messages', global: false });
    expect(entry!.retryAfterMs).toEqual(expect.any(Number));
    expect(fake.messages).toHaveLength(1);
  });
});
