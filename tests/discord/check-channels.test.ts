/**
 * findChannelProblems with the real discord.js client against the fake Discord (through a proxy
 * that adds the channels it lacks): text channels pass; a wrong id, a channel nothing can be posted
 * in, a voice channel, one without access and one without the right to send are each reported
 * once as errors, in words; one without Read Message History as a warning only.
 */
import { describe, expect, it } from 'vitest';
import { findChannelProblems } from '../../src/discord/check-channels';
import { useProxiedClient } from '../support/check-channels-proxy';
import { snowflake } from '../support/fake-discord-payloads';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

const env = useProxiedClient();

describe('findChannelProblems', () => {
  it('finds nothing wrong with the guild’s text channels', async () => {
    expect(await findChannelProblems(env.client, [env.fake.channels.alerts, env.fake.channels.health, env.fake.channels.other])).toEqual([]);
  });

  it('finds nothing to check in an empty list', async () => {
    expect(await findChannelProblems(env.client, [])).toEqual([]);
  });

  it('reports an id no channel has with Discord’s own reason', async () => {
    const missing = snowflake();
    expect(await findChannelProblems(env.client, [env.fake.channels.alerts, missing])).toEqual([{ channelId: missing, severity: 'error', problem: 'Unknown Channel' }]);
  });

  it('reports a channel nothing can be posted in, such as a category', async () => {
    expect(await findChannelProblems(env.client, [env.proxy.categoryId])).toEqual([{ channelId: env.proxy.categoryId, severity: 'error', problem: 'not a channel the bot can post in' }]);
  });

  it('reports a channel the bot has no access to', async () => {
    expect(await findChannelProblems(env.client, [env.proxy.hiddenId])).toEqual([{ channelId: env.proxy.hiddenId, severity: 'error', problem: 'Missing Access' }]);
  });

  it('reports a channel where the bot may read but not send or embed links as an error, naming what it lacks', async () => {
    expect(await findChannelProblems(env.client, [env.proxy.mutedId])).toEqual([{ channelId: env.proxy.mutedId, severity: 'error', problem: 'the bot lacks Send Messages, Embed Links there' }]);
  });

  it('warns, without an error, about a channel where the bot may post but not read the history, naming the risk', async () => {
    expect(await findChannelProblems(env.client, [env.fake.channels.alerts, env.proxy.noHistoryId])).toEqual([
      {
        channelId: env.proxy.noHistoryId,
        severity: 'warning',
        problem: 'the bot lacks Read Message History there: after a crash, an alert or health notice resent more than a couple of minutes later may be posted twice',
      },
    ]);
  });

  it('reports a voice channel, whose chat is no place for alerts', async () => {
    expect(await findChannelProblems(env.client, [env.proxy.voiceId])).toEqual([{ channelId: env.proxy.voiceId, severity: 'error', problem: 'not a channel the bot can post in' }]);
  });

  it('reports each channel once, in the order first listed, however often it is configured', async () => {
    const missing = snowflake();
    const problems = await findChannelProblems(env.client, [env.proxy.hiddenId, env.fake.channels.alerts, missing, env.proxy.hiddenId, missing, env.proxy.categoryId]);
    expect(problems.map((problem) => problem.channelId)).toEqual([env.proxy.hiddenId, missing, env.proxy.categoryId]);
    // One look-up each, even for the ids that failed.
    const lookups = env.fake.requests.filter((request) => request.method === 'GET' && request.path === `/channels/${missing}`);
    expect(lookups).toHaveLength(1);
  });

  it('does not post anything while checking', async () => {
    await findChannelProblems(env.client, [env.fake.channels.alerts, env.proxy.categoryId]);
    expect(env.fake.messages).toEqual([]);
  });
});
