/**
 * Finds configured channels the bot cannot post in (a wrong id, a voice channel, a category, no
 * access, or no right to send or embed there), so a misconfiguration is reported at start rather
 * than only as failed deliveries later.
 */
import { ChannelType, PermissionFlagsBits, type Channel, type Client } from 'discord.js';

export interface ChannelProblem {
  channelId: string;
  problem: string;
}

/** Where alerts can go: text and announcement channels and their threads. Voice channels' chat is left out. */
const POSTABLE = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread]);

async function problemOf(channel: Channel | null): Promise<string | null> {
  if (!channel || channel.isDMBased() || !POSTABLE.has(channel.type)) return 'not a channel the bot can post in';
  // Alerts are embeds: seeing the channel and sending are not enough without Embed Links.
  const needed: Array<[string, bigint]> = [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    channel.isThread() ? ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads] : ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ];
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  const permissions = channel.permissionsFor(me);
  const missing = needed.filter(([, flag]) => !permissions.has(flag)).map(([name]) => name);
  return missing.length > 0 ? `the bot lacks ${missing.join(', ')} there` : null;
}

export async function findUnusableChannels(client: Client, channelIds: readonly string[]): Promise<ChannelProblem[]> {
  const problems: ChannelProblem[] = [];
  for (const channelId of new Set(channelIds)) {
    try {
      const problem = await problemOf(await client.channels.fetch(channelId));
      if (problem) problems.push({ channelId, problem });
    } catch (error) {
      problems.push({ channelId, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}
