/** /recent [figure] [claim] [hours] — the latest matched stories, optionally of one figure or claim. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/command-types';
import { hoursOption, MAX_HOURS, textOption } from '../src/discord/option-schemas';
import { resolveClaim, resolveFigure } from '../src/discord/resolve';
import { formatRecent } from '../src/format/format-recent';
import { HOUR_MS } from '../src/store/story-time';
import { claimChoices } from './claim';
import { figureChoices, NAME_MAX } from './figure';

export const RECENT_DEFAULT_HOURS = 24;
export const RECENT_LIMIT = 10;

export const recentCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('recent')
    .setDescription('The latest matched stories')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) => option.setName('figure').setDescription('Only stories naming this figure').setAutocomplete(true).setMaxLength(NAME_MAX))
    .addStringOption((option) => option.setName('claim').setDescription('Only stories on this claim').setAutocomplete(true).setMaxLength(100))
    .addIntegerOption((option) =>
      option.setName('hours').setDescription(`How far back, in hours (default ${RECENT_DEFAULT_HOURS})`).setMinValue(1).setMaxValue(MAX_HOURS),
    )
    .toJSON(),
  options: z.object({
    figure: textOption({ max: NAME_MAX }).optional(),
    claim: textOption({ max: 100 }).optional(),
    hours: hoursOption().optional(),
  }),
  execute(ctx, args) {
    const figure = args.figure === undefined ? undefined : resolveFigure(ctx.figures(), args.figure);
    const claim = args.claim === undefined ? undefined : resolveClaim(ctx.claims.claims, args.claim);
    const hours = args.hours ?? RECENT_DEFAULT_HOURS;
    const stories = ctx.recent.recent({ entityId: figure?.id, claimId: claim?.id, since: ctx.now() - hours * HOUR_MS, limit: RECENT_LIMIT });
    return { embeds: [formatRecent({ stories, hours, figureName: figure?.name, claimId: claim?.id })] };
  },
  autocomplete(ctx, focused) {
    return focused.name === 'claim' ? claimChoices(ctx.claims.claims, focused.value) : figureChoices(ctx.figures(), focused.value);
  },
});
