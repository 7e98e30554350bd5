/** Posts one message to a channel by id and resolves with the message id once Discord accepted it. */
import type { Client, MessageCreateOptions } from 'discord.js';
import { safeMessage } from './safe-message';

export type ChannelSender = (channelId: string, message: MessageCreateOptions) => Promise<string>;

/**
 * The id names a channel, but not one the bot can post or edit messages in (a category, say): a
 * settings mistake that no retry will fix, so deliveries give that channel up.
 */
export class UnusableChannelError extends Error {
  readonly channelId: string;

  constructor(channelId: string, action: 'post' | 'edit' | 'read') {
    super(`channel ${channelId} is not a channel the bot can ${action} in`);
    this.channelId = channelId;
    this.name = 'UnusableChannelError';
  }
}

export function channelSender(client: Client): ChannelSender {
  return async (channelId, message) => {
    // From the cache filled by GUILD_CREATE, else one GET /channels/{id}.
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isSendable()) throw new UnusableChannelError(channelId, 'post');
    const sent = await channel.send(safeMessage(message));
    return sent.id;
  };
}
