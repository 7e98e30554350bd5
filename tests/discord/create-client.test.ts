/**
 * createDiscordClient against the fake Discord: the REST base from DISCORD_API_BASE (trimmed, no
 * trailing slash) or Discord's own, the Guilds intent only, no mentions allowed by default, and no
 * token read from the environment it is given.
 */
import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../src/discord/create-client';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let fake: FakeDiscord;
const clients: Client[] = [];

beforeEach(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  // The heartbeat timer of a logged-in client would keep the process alive.
  for (const client of clients.splice(0)) await client.destroy();
  await fake.close();
  expect(fake.unhandled).toEqual([]);
});

function create(env: NodeJS.ProcessEnv): Client {
  const client = createDiscordClient(env);
  clients.push(client);
  return client;
}

async function loggedIn(env: NodeJS.ProcessEnv): Promise<Client> {
  const client = create(env);
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return client;
}

describe('createDiscordClient', () => {
  it('talks to the REST base DISCORD_API_BASE names', async () => {
    const client = await loggedIn({ DISCORD_API_BASE: fake.apiBase });
    expect(client.isReady()).toBe(true);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
  });

  it('trims the base and drops its trailing slashes, so the paths Discord serves stay the same', async () => {
    const client = await loggedIn({ DISCORD_API_BASE: `  ${fake.apiBase}/// ` });
    expect(client.options.rest?.api).toBe(fake.apiBase);
    expect(fake.requests.map((request) => request.path)).toContain('/gateway/bot');
  });

  it('uses Discord’s own API when DISCORD_API_BASE is missing or blank', () => {
    const discord = create({}).options.rest?.api;
    expect(discord).toBe('https://discord.com/api');
    expect(create({ DISCORD_API_BASE: '   ' }).options.rest?.api).toBe(discord);
  });

  it('asks the gateway for the Guilds intent only, nothing privileged', async () => {
    await loggedIn({ DISCORD_API_BASE: fake.apiBase });
    expect(fake.identifies).toEqual([{ token: fake.token, intents: 1 }]);
  });

  it('allows no mentions in a message that does not say otherwise', async () => {
    const client = await loggedIn({ DISCORD_API_BASE: fake.apiBase });
    const channel = await client.channels.fetch(fake.channels.alerts);
    if (!channel?.isSendable()) throw new Error('alerts channel not sendable');
    await channel.send({ content: '@everyone Maduro habla en Caracas <@123456789012345678>' });
    expect(fake.messages[0]!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('fails a request at once on a long rate limit, and waits out a short one', async () => {
    const client = await loggedIn({ DISCORD_API_BASE: fake.apiBase });
    const channel = await client.channels.fetch(fake.channels.alerts);
    if (!channel?.isSendable()) throw new Error('alerts channel not sendable');
    fake.failNext('message', [429], { retryAfterS: 3_600 });
    // Waited out, this would take the hour (and time the test out).
    await expect(channel.send({ content: 'una hora' })).rejects.toMatchObject({ name: expect.stringMatching(/RateLimitError/) });
    fake.failNext('message', [429], { retryAfterS: 1 });
    await channel.send({ content: 'un segundo' });
    expect(fake.messages.map((message) => message.body.content)).toEqual(['un segundo']);
  });

  it('does not take the token from the environment it is given', () => {
    const client = create({ DISCORD_TOKEN: 'token-que-solo-login-recibe', DISCORD_API_BASE: fake.apiBase });
    expect(client.token).not.toBe('token-que-solo-login-recibe');
    expect(fake.requests).toEqual([]);
  });
});
