/** /digest [hours] — the digest on demand: the same as the scheduled one, for any period up to 31 days. */
import { InteractionContextType, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import { z } from 'zod';
import type { CommandContext } from '../src/discord/command-context';
import { defineCommand } from '../src/discord/command-types';
import { hoursOption, MAX_HOURS } from '../src/discord/option-schemas';
import { formatDigest } from '../src/format/format-digest';
import { HOUR_MS } from '../src/store/story-time';

/** The digest embed for the `hours` up to now: also what the scheduled digest sends. */
export function buildDigest(ctx: Pick<CommandContext, 'digest' | 'figures' | 'now'>, hours: number): APIEmbed {
  const until = ctx.now();
  const data = ctx.digest.collect(until - hours * HOUR_MS, until);
  return formatDigest(data, { figures: new Map(ctx.figures().map((figure) => [figure.id, figure.name])) });
}

export const digestCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('Coverage per figure and claim, top stories, new assertions and disputes')
    .setContexts(InteractionContextType.Guild)
    .addIntegerOption((option) => option.setName('hours').setDescription('Period in hours (default: the scheduled digest’s)').setMinValue(1).setMaxValue(MAX_HOURS))
    .toJSON(),
  options: z.object({ hours: hoursOption().optional() }),
  execute: (ctx, { hours }) => ({ embeds: [buildDigest(ctx, hours ?? ctx.settings.discord.digest.hours)] }),
});
