/**
 * channelSender with the real discord.js client against the fake Discord (through a proxy that adds
 * a category): it posts with no mentions allowed whatever the caller asked, keeps the rest of the
 * message (nonces included), resolves with the id Discord gave, and rejects when it cannot post.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { channelSender, UnusableChannelError, type ChannelSender } from '../../src/discord/send-to-channel';
import { useProxiedClient } from '../support/check-channels-proxy';
import { snowflake } from '../support/fake-discord-payloads';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

const NO_MENTIONS = { parse: [], replied_user: false };

const env = useProxiedClient();
let send: ChannelSender;

beforeEach(() => {
  send = channelSender(env.client);
});

describe('channelSender', () => {
  it('posts to the channel and resolves with the id Discord gave the message', async () => {
    const id = await send(env.fake.channels.alerts, { content: 'EE.UU. acusa a Maduro de dirigir el Cartel de los Soles.' });
    expect(env.fake.messages).toHaveLength(1);
    expect(env.fake.messages[0]).toMatchObject({ id, channelId: env.fake.channels.alerts, body: { content: 'EE.UU. acusa a Maduro de dirigir el Cartel de los Soles.' } });
  });

  it('allows no mentions, even when the message asks for them', async () => {
    await send(env.fake.channels.alerts, { content: '@everyone <@123456789012345678> Cabello habla', allowedMentions: { parse: ['everyone', 'users'], repliedUser: true } });
    expect(env.fake.messages[0]!.body.allowed_mentions).toEqual(NO_MENTIONS);
    await send(env.fake.channels.health, { content: 'Feed caído' });
    expect(env.fake.messages[1]!.body.allowed_mentions).toEqual(NO_MENTIONS);
  });

  it('keeps the rest of the message, embeds and nonce included', async () => {
    const message = { embeds: [{ title: 'Delcy Rodríguez niega el informe', description: 'Caracas rechaza las acusaciones.' }], nonce: 'v1.42.alerts', enforceNonce: true };
    const first = await send(env.fake.channels.alerts, message);
    expect(env.fake.messages[0]!.body).toMatchObject({ embeds: [message.embeds[0]], nonce: 'v1.42.alerts', enforce_nonce: true });
    // Discord answers a repeated enforced nonce with the first message: the retry of an alert is not a second post.
    expect(await send(env.fake.channels.alerts, message)).toBe(first);
    expect(env.fake.messages).toHaveLength(1);
  });

  it('posts to each channel it is given', async () => {
    const a = await send(env.fake.channels.alerts, { content: 'uno' });
    const b = await send(env.fake.channels.other, { content: 'dos' });
    expect(a).not.toBe(b);
    expect(env.fake.messagesIn(env.fake.channels.alerts).map((message) => message.id)).toEqual([a]);
    expect(env.fake.messagesIn(env.fake.channels.other).map((message) => message.id)).toEqual([b]);
  });

  it('rejects a channel nothing can be posted in, naming it, without posting', async () => {
    const refused = send(env.proxy.categoryId, { content: 'x' });
    await expect(refused).rejects.toThrow(`channel ${env.proxy.categoryId} is not a channel the bot can post in`);
    // Its own kind, so delivery can tell a settings mistake from a passing failure.
    await expect(refused).rejects.toBeInstanceOf(UnusableChannelError);
    await expect(refused).rejects.toMatchObject({ name: 'UnusableChannelError', channelId: env.proxy.categoryId });
    expect(env.fake.messages).toEqual([]);
  });

  it('rejects an id no channel has with Discord’s error', async () => {
    await expect(send(snowflake(), { content: 'x' })).rejects.toMatchObject({ status: 404, message: 'Unknown Channel' });
  });

  it('rejects when Discord keeps failing, so the caller can retry later', async () => {
    env.fake.failNext('message', [500, 502, 503, 500]);
    await expect(send(env.fake.channels.alerts, { content: 'perdido' })).rejects.toMatchObject({ status: 500 });
    expect(env.fake.messages).toEqual([]);
  });
});
