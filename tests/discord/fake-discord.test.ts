/**
 * The fake Discord itself, driven by the real discord.js client: login and ready, messages with
 * nonces, rate limits and server errors, interactions and their replies, command registration.
 */
import { ApplicationCommandOptionType, Events, MessageFlags, type Client, type Interaction } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient } from '../support/discord-client';
import { PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let fake: FakeDiscord;
let client: Client | null;

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = null;
});

afterEach(async () => {
  // The client's heartbeat timer would keep the process alive.
  await client?.destroy();
  await fake.close();
  expect(fake.unhandled).toEqual([]);
});

async function alertsChannel(c: Client) {
  const channel = await c.channels.fetch(fake.channels.alerts);
  if (!channel?.isSendable()) throw new Error('alerts channel not sendable');
  return channel;
}

describe('fake discord', () => {
  it('logs a Guilds-only client in and makes it ready with the guild and its text channels', async () => {
    client = await connectClient(fake);
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.channels.cache.map((channel) => channel.id).sort()).toEqual(Object.values(fake.channels).sort());
    expect(fake.identifies).toEqual([{ token: fake.token, intents: 1 }]);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
  });

  it('refuses a wrong token the way Discord does', async () => {
    const wrong = { ...fake, token: 'not-the-token' } as FakeDiscord;
    await expect(connectClient(wrong)).rejects.toThrow(/token/i);
  });

  it('round-trips a channel message and records its body', async () => {
    client = await connectClient(fake);
    const sent = await (await alertsChannel(client)).send({ content: 'hola @everyone', allowedMentions: { parse: [] } });
    expect(fake.messages).toHaveLength(1);
    const [stored] = fake.messages;
    expect(stored).toMatchObject({ id: sent.id, channelId: fake.channels.alerts });
    expect(stored!.body).toMatchObject({ content: 'hola @everyone', allowed_mentions: { parse: [] } });
    expect(sent.author.id).toBe(fake.botUserId);
    expect(sent.content).toBe('hola @everyone');
    const edited = await sent.edit({ content: 'adiós' });
    expect(edited.content).toBe('adiós');
  });

  it('answers a repeated nonce with enforce_nonce with the earlier message, per channel', async () => {
    client = await connectClient(fake);
    const channel = await alertsChannel(client);
    const first = await channel.send({ content: 'one', nonce: 'v1.abc', enforceNonce: true });
    const again = await channel.send({ content: 'one again', nonce: 'v1.abc', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(fake.messagesIn(fake.channels.alerts)).toHaveLength(1);
    const other = await client.channels.fetch(fake.channels.other);
    if (!other?.isSendable()) throw new Error('not sendable');
    await other.send({ content: 'elsewhere', nonce: 'v1.abc', enforceNonce: true });
    // Without enforce_nonce a nonce does not deduplicate.
    await channel.send({ content: 'loose', nonce: 'v1.abc' });
    expect(fake.messages.map((message) => message.body.content)).toEqual(['one', 'elsewhere', 'loose']);
  });

  it('rejects an embed over Discord limits with 400 Invalid Form Body', async () => {
    client = await connectClient(fake);
    const send = (await alertsChannel(client)).send({ embeds: [{ title: 'x'.repeat(257) }] });
    await expect(send).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(fake.messages).toHaveLength(0);
  });

  it('makes discord.js wait out a 429 and retry 5xx answers, posting once', async () => {
    client = await connectClient(fake);
    fake.failNext('message', [429, 500, 503], { retryAfterS: 0.3 });
    const sent = await (await alertsChannel(client)).send({ content: 'after the storm' });
    expect(fake.messages.map((message) => message.id)).toEqual([sent.id]);
    const posts = fake.requests.filter((request) => request.method === 'POST').map((request) => request.status);
    expect(posts).toEqual([429, 500, 503, 200]);
  });

  it('gives up after four 5xx answers, as discord.js retries three times', async () => {
    client = await connectClient(fake);
    fake.failNext('message', [500, 502, 503, 500]);
    await expect((await alertsChannel(client)).send({ content: 'lost' })).rejects.toMatchObject({ status: 500 });
    expect(fake.messages).toHaveLength(0);
  });

  it('stores a message and then fails when told to: the retry with the same nonce gets the stored one', async () => {
    client = await connectClient(fake);
    fake.failNext('message', [502], { afterCreate: true });
    const sent = await (await alertsChannel(client)).send({ content: 'once', nonce: 'v9.zz', enforceNonce: true });
    expect(fake.messages.map((message) => message.id)).toEqual([sent.id]);
  });

  it('delivers an interaction and records the reply, an edit and a follow-up', async () => {
    client = await connectClient(fake);
    const seen: Interaction[] = [];
    client.on(Events.InteractionCreate, async (interaction) => {
      seen.push(interaction);
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: `hola ${interaction.options.getString('name')}`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      await interaction.editReply({ content: 'edited' });
      await interaction.followUp({ content: 'more' });
    });
    const first = await fake.sendInteraction(
      { data: { name: 'figure', options: [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'Maduro' }] } },
      PERMISSIONS.manager,
    );
    expect(first).toMatchObject({ kind: 'callback', type: 4, body: { content: 'hola Maduro', flags: 64, allowed_mentions: { parse: [] } } });
    const all = await fake.responsesOf(first.interactionId, 3);
    expect(all.map((response) => response.kind)).toEqual(['callback', 'edit', 'followup']);
    const interaction = seen[0]!;
    expect(interaction.guildId).toBe(fake.guildId);
    expect(interaction.channelId).toBe(fake.channels.other);
    expect(interaction.user.id).toBe(fake.memberUserId);
    expect(interaction.memberPermissions?.has('ManageGuild')).toBe(true);
  });

  it('delivers autocomplete and deferred replies, and answers withResponse', async () => {
    client = await connectClient(fake);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isAutocomplete()) {
        await interaction.respond([{ name: 'Nicolás Maduro', value: 'nicolas-maduro' }]);
      } else if (interaction.isChatInputCommand()) {
        const response = await interaction.deferReply({ withResponse: true });
        await interaction.editReply({ content: `deferred ${response.interaction.id === interaction.id}` });
      }
    });
    const choices = await fake.sendInteraction({ type: 4, data: { name: 'figure', options: [{ name: 'name', type: 3, value: 'mad', focused: true }] } });
    expect(choices).toMatchObject({ type: 8, body: { choices: [{ name: 'Nicolás Maduro', value: 'nicolas-maduro' }] } });
    const deferred = await fake.sendInteraction({ data: { name: 'status' } }, PERMISSIONS.member);
    expect(deferred.type).toBe(5);
    const [, edit] = await fake.responsesOf(deferred.interactionId, 2);
    expect(edit).toMatchObject({ kind: 'edit', body: { content: 'deferred true' } });
  });

  it('records global and guild command registrations', async () => {
    client = await connectClient(fake);
    await client.application!.commands.set([{ name: 'status', description: 'Bot status' }]);
    await client.application!.commands.set([{ name: 'figure', description: 'A tracked figure' }], fake.guildId);
    expect(fake.registeredCommands.global.map((command) => command.name)).toEqual(['status']);
    expect(fake.registeredCommands.guilds.get(fake.guildId)?.map((command) => command.name)).toEqual(['figure']);
  });
});
