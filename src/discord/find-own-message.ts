/**
 * Looks through a channel's messages since a moment for one the bot itself posted that passes a
 * test. Discord keeps a message nonce only for a few minutes and never shows it again, so after
 * that a message can be recognised only by what it shows.
 */
import { SnowflakeUtil, type Client } from 'discord.js';
import { UnusableChannelError } from './send-to-channel';

/** What a posted message shows that can tell it apart. */
export interface PostedMessage {
  content: string;
  embeds: ReadonlyArray<{ title: string | null; url: string | null; description: string | null }>;
}

export type OwnMessageFinder = (channelId: string, since: number, isIt: (message: PostedMessage) => boolean) => Promise<string | null>;

/** Discord's largest page of channel history. */
const PAGE = 100;
/** No message is older than Discord's epoch (2015), from which snowflakes count. */
const DISCORD_EPOCH_MS = 1_420_070_400_000;

/**
 * Reads at most `maxPages` pages, oldest first from `since`; a message further on is not found. A
 * busy channel far past the moment is the only case, and it is left to the nonce and the caller.
 */
export function ownMessageFinder(client: Client, maxPages = 5): OwnMessageFinder {
  return async (channelId, since, isIt) => {
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isTextBased()) throw new UnusableChannelError(channelId, 'read');
    let after = SnowflakeUtil.generate({ timestamp: Math.max(DISCORD_EPOCH_MS, since) }).toString();
    for (let page = 0; page < maxPages; page++) {
      const messages = await channel.messages.fetch({ after, limit: PAGE, cache: false });
      const ours = [...messages.values()].filter((message) => message.author.id === client.user?.id);
      const found = ours.find((message) => isIt({ content: message.content, embeds: message.embeds.map((embed) => ({ title: embed.title, url: embed.url, description: embed.description })) }));
      if (found) return found.id;
      if (messages.size < PAGE) return null;
      after = [...messages.keys()].reduce((newest, id) => (BigInt(id) > BigInt(newest) ? id : newest));
    }
    return null;
  };
}
