/** Edits a message the bot posted earlier, by channel and message id, with the safe defaults. */
import type { Client, MessageEditOptions } from 'discord.js';
import { safeMessage } from './safe-message';
import { UnusableChannelError } from './send-to-channel';

export type ChannelEditor = (channelId: string, messageId: string, message: MessageEditOptions) => Promise<void>;

export function channelEditor(client: Client): ChannelEditor {
  return async (channelId, messageId, message) => {
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isTextBased()) throw new UnusableChannelError(channelId, 'edit');
    await channel.messages.edit(messageId, safeMessage(message));
  };
}
