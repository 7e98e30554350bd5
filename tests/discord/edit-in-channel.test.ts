/**
 * channelEditor with the real discord.js client against the fake Discord (through a proxy that adds
 * a category): it edits the message by channel and id with no mentions allowed whatever the caller
 * asked, and rejects an unknown message, an unknown channel, or one without messages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { channelEditor, type ChannelEditor } from '../../src/discord/edit-in-channel';
import { UnusableChannelError } from '../../src/discord/send-to-channel';
import { useProxiedClient } from '../support/check-channels-proxy';
import { snowflake } from '../support/fake-discord-payloads';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

const NO_MENTIONS = { parse: [], replied_user: false };

const env = useProxiedClient();
let edit: ChannelEditor;

beforeEach(() => {
  edit = channelEditor(env.client);
});

/** Posts a message the way the bot did earlier, and gives its id. */
async function posted(channelId: string, content: string): Promise<string> {
  const channel = await env.client.channels.fetch(channelId);
  if (!channel?.isSendable()) throw new Error('test channel is not sendable');
  return (await channel.send({ content })).id;
}

const stored = (id: string) => env.fake.messages.find((message) => message.id === id)!.message;
const patches = () => env.fake.requests.filter((request) => request.method === 'PATCH');

describe('channelEditor', () => {
  it('edits the message with that id in that channel', async () => {
    const id = await posted(env.fake.channels.alerts, 'EE.UU. sube la recompensa por Maduro');
    const other = await posted(env.fake.channels.alerts, 'Cabello responde en televisión');
    await edit(env.fake.channels.alerts, id, { content: 'EE.UU. sube la recompensa por Maduro · también en 2 medios' });
    expect(stored(id)).toMatchObject({ content: 'EE.UU. sube la recompensa por Maduro · también en 2 medios' });
    expect(stored(id).edited_timestamp).toEqual(expect.any(String));
    expect(stored(other)).toMatchObject({ content: 'Cabello responde en televisión', edited_timestamp: null });
    expect(patches().map((request) => request.path)).toEqual([`/channels/${env.fake.channels.alerts}/messages/${id}`]);
  });

  it('allows no mentions in the edit, even when the edit asks for them', async () => {
    const id = await posted(env.fake.channels.other, 'Alerta');
    await edit(env.fake.channels.other, id, { content: '@here <@&123456789012345678> Alerta', allowedMentions: { parse: ['everyone', 'roles'] } });
    expect(stored(id)).toMatchObject({ content: '@here <@&123456789012345678> Alerta', allowed_mentions: NO_MENTIONS });
  });

  it('sends embeds as given', async () => {
    const id = await posted(env.fake.channels.alerts, 'Alerta');
    const embed = { title: 'Padrino López, sancionado', description: 'Washington anuncia nuevas sanciones.' };
    await edit(env.fake.channels.alerts, id, { embeds: [embed] });
    expect(stored(id).embeds).toEqual([embed]);
  });

  it('rejects a message id the channel does not have, with Discord’s error', async () => {
    const id = await posted(env.fake.channels.alerts, 'Alerta');
    await expect(edit(env.fake.channels.other, id, { content: 'x' })).rejects.toMatchObject({ status: 404, message: 'Unknown Message' });
    await expect(edit(env.fake.channels.alerts, snowflake(), { content: 'x' })).rejects.toMatchObject({ status: 404, message: 'Unknown Message' });
    expect(stored(id)).toMatchObject({ content: 'Alerta', edited_timestamp: null });
  });

  it('rejects an id no channel has', async () => {
    await expect(edit(snowflake(), snowflake(), { content: 'x' })).rejects.toMatchObject({ status: 404, message: 'Unknown Channel' });
  });

  it('rejects a channel without messages, naming it, without asking Discord to edit', async () => {
    const refused = edit(env.proxy.categoryId, snowflake(), { content: 'x' });
    await expect(refused).rejects.toThrow(`channel ${env.proxy.categoryId} is not a channel the bot can edit in`);
    await expect(refused).rejects.toBeInstanceOf(UnusableChannelError);
    expect(patches()).toEqual([]);
  });
});
