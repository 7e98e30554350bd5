/** /status — uptime, feeds healthy / failing / disabled, last poll, alerts waiting, deliveries given up. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/command-types';
import { feedHealth } from '../src/format/format-feeds';
import { formatStatus } from '../src/format/format-status';

export const statusCommand = defineCommand({
  data: new SlashCommandBuilder().setName('status').setDescription('How vigia is doing').setContexts(InteractionContextType.Guild).toJSON(),
  options: z.object({}),
  execute(ctx) {
    const feeds = ctx.feeds.all();
    const counts = { healthy: 0, failing: 0, disabled: 0 };
    for (const feed of feeds) counts[feedHealth(feed)]++;
    const checked = feeds.map((feed) => feed.lastCheckedAt).filter((time): time is number => time !== null);
    const embed = formatStatus({
      now: ctx.now(),
      startedAt: ctx.startedAt,
      feeds: counts,
      lastPollAt: checked.length > 0 ? Math.max(...checked) : null,
      alertsWaiting: ctx.alerts.pendingCount(),
      deliveriesGivenUp: ctx.deliveries.givenUpCount(),
      stories: ctx.stories.count(),
      figures: ctx.figures().length,
      claims: ctx.claims.claims.length,
    });
    return { embeds: [embed] };
  },
});
