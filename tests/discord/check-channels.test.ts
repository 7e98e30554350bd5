/**
 * findUnusableChannels with the real discord.js client against the fake Discord (through a proxy
 * that adds the channels it lacks): text channels pass; a wrong id, a channel nothing can be posted
 * in, a voice channel, one without access and one without the right to send are each reported
 * once, in words.
 */
import type { Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findUnusableChannels } from '../../src/discord/check-channels';
import { startProxiedClient, type ChannelProxy, type ProxiedClient } from '../support/check-channels-proxy';
import type { FakeDiscord } from '../support/fake-discord';
import { snowflake } from '../support/fake-discord-payloads';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let setup: ProxiedClient;
let fake: FakeDiscord;
let proxy: ChannelProxy;
let client: Client;

beforeEach(async () => {
  setup = await startProxiedClient();
  ({ fake, proxy, client } = setup);
});

afterEach(async () => {
  await setup.close();
  expect(fake.unhandled).toEqual([]);
});

describe('findUnusableChannels', () => {
  it('finds nothing wrong with the guild’s text channels', async () => {
    expect(await findUnusableChannels(client, [fake.channels.alerts, fake.channels.health, fake.channels.other])).toEqual([]);
  });

  it('finds nothing to check in an empty list', async () => {
    expect(await findUnusableChannels(client, [])).toEqual([]);
  });

  it('reports an id no channel has with Discord’s own reason', async () => {
    const missing = snowflake();
    expect(await findUnusableChannels(client, [fake.channels.alerts, missing])).toEqual([{ channelId: missing, problem: 'Unknown Channel' }]);
  });

  it('reports a channel nothing can be posted in, such as a category', async () => {
    expect(await findUnusableChannels(client, [proxy.categoryId])).toEqual([{ channelId: proxy.categoryId, problem: 'not a channel the bot can post in' }]);
  });

  it('reports a channel the bot has no access to', async () => {
    expect(await findUnusableChannels(client, [proxy.hiddenId])).toEqual([{ channelId: proxy.hiddenId, problem: 'Missing Access' }]);
  });

  it('reports a channel where the bot may read but not send or embed links, naming what it lacks', async () => {
    expect(await findUnusableChannels(client, [proxy.mutedId])).toEqual([{ channelId: proxy.mutedId, problem: 'the bot lacks Send Messages, Embed Links there' }]);
  });

  it('reports a voice channel, whose chat is no place for alerts', async () => {
    expect(await findUnusableChannels(client, [proxy.voiceId])).toEqual([{ channelId: proxy.voiceId, problem: 'not a channel the bot can post in' }]);
  });

  it('reports each channel once, in the order first listed, however often it is configured', async () => {
    const missing = snowflake();
    const problems = await findUnusableChannels(client, [proxy.hiddenId, fake.channels.alerts, missing, proxy.hiddenId, missing, proxy.categoryId]);
    expect(problems.map((problem) => problem.channelId)).toEqual([proxy.hiddenId, missing, proxy.categoryId]);
    // One look-up each, even for the ids that failed.
    const lookups = fake.requests.filter((request) => request.method === 'GET' && request.path === `/channels/${missing}`);
    expect(lookups).toHaveLength(1);
  });

  it('does not post anything while checking', async () => {
    await findUnusableChannels(client, [fake.channels.alerts, proxy.categoryId]);
    expect(fake.messages).toEqual([]);
  });
});
