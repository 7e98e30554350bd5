/**
 * Finds configured channels the bot cannot post in (a wrong id, a voice channel, no access), so a
 * misconfiguration is reported at start rather than only as failed deliveries later.
 */
import type { Client } from 'discord.js';

export interface ChannelProblem {
  channelId: string;
  problem: string;
}

export async function findUnusableChannels(client: Client, channelIds: readonly string[]): Promise<ChannelProblem[]> {
  const problems: ChannelProblem[] = [];
  for (const channelId of new Set(channelIds)) {
    try {
      const channel = await client.channels.fetch(channelId);
      if (!channel?.isSendable()) problems.push({ channelId, problem: 'not a channel the bot can post in' });
    } catch (error) {
      problems.push({ channelId, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}
