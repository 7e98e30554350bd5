/**
 * Finds problems with the configured channels at start, so a misconfiguration is reported then
 * rather than only as failed deliveries or repeated posts later. An error: the bot cannot post
 * there (a wrong id, a voice channel, a category, no access, or no right to send or embed). A
 * warning: it can post, but cannot read back what it posted, which the late-resend check needs.
 */
import { ChannelType, PermissionFlagsBits, type Channel, type Client } from 'discord.js';

export type ChannelProblemSeverity = 'error' | 'warning';

export interface ChannelProblem {
  channelId: string;
  /** 'error': deliveries to the channel fail. 'warning': they go out, at a risk named in `problem`. */
  severity: ChannelProblemSeverity;
  problem: string;
}

/** Where alerts can go: text and announcement channels and their threads. Voice channels' chat is left out. */
const POSTABLE = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread]);

const WITHOUT_HISTORY =
  'the bot lacks Read Message History there: after a crash, an alert or health notice resent more than a couple of minutes later may be posted twice';

type Found = Omit<ChannelProblem, 'channelId'>;

async function problemsOf(channel: Channel | null): Promise<Found[]> {
  if (!channel || channel.isDMBased() || !POSTABLE.has(channel.type)) return [{ severity: 'error', problem: 'not a channel the bot can post in' }];
  // Alerts are embeds: seeing the channel and sending are not enough without Embed Links.
  const needed: Array<[string, bigint]> = [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    channel.isThread() ? ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads] : ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ];
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  const permissions = channel.permissionsFor(me);
  const missing = needed.filter(([, flag]) => !permissions.has(flag)).map(([name]) => name);
  const found: Found[] = [];
  if (missing.length > 0) found.push({ severity: 'error', problem: `the bot lacks ${missing.join(', ')} there` });
  // Only a late resend reads the channel (find-own-message.ts); without the right it posts anyway.
  if (!permissions.has(PermissionFlagsBits.ReadMessageHistory)) found.push({ severity: 'warning', problem: WITHOUT_HISTORY });
  return found;
}

export async function findChannelProblems(client: Client, channelIds: readonly string[]): Promise<ChannelProblem[]> {
  const problems: ChannelProblem[] = [];
  for (const channelId of new Set(channelIds)) {
    try {
      for (const found of await problemsOf(await client.channels.fetch(channelId))) problems.push({ channelId, ...found });
    } catch (error) {
      problems.push({ channelId, severity: 'error', problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}
