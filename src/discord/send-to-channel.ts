/** Posts one message to a channel by id and resolves with the message id once Discord accepted it. */
import type { Client, MessageCreateOptions } from 'discord.js';
import { safeMessage } from './safe-message';

export type ChannelSender = (channelId: string, message: MessageCreateOptions) => Promise<string>;

export function channelSender(client: Client): ChannelSender {
  return async (channelId, message) => {
    // From the cache filled by GUILD_CREATE, else one GET /channels/{id}.
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isSendable()) throw new Error(`channel ${channelId} is not a channel the bot can post in`);
    const sent = await channel.send(safeMessage(message));
    return sent.id;
  };
}
