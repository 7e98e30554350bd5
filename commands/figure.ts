/** /figure name: — a tracked figure's profile, claims, mention counts and latest stories. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand, type Choice } from '../src/discord/command-types';
import { textOption } from '../src/discord/option-schemas';
import { resolveFigure } from '../src/discord/resolve';
import { formatFigure } from '../src/format/format-figure';
import type { EntityConfig } from '../src/config/schema';
import { suggestFigures } from '../src/match/find-figure';
import { DAY_MS } from '../src/store/story-time';

export const NAME_MAX = 100;

/** Autocomplete over tracked figures; the value is the figure's id, which findFigure takes too. */
export function figureChoices(figures: readonly EntityConfig[], typed: string): Choice[] {
  return suggestFigures(figures, typed).map(({ figure, via }) => ({ name: via ? `${figure.name} (${via})` : figure.name, value: figure.id }));
}

export const figureCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('figure')
    .setDescription('Profile, claims, mention counts and latest stories of a tracked figure')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option.setName('name').setDescription('Name or alias (accents optional)').setRequired(true).setAutocomplete(true).setMaxLength(NAME_MAX),
    )
    .toJSON(),
  options: z.object({ name: textOption({ max: NAME_MAX }) }),
  execute(ctx, { name }) {
    const figure = resolveFigure(ctx.figures(), name);
    const now = ctx.now();
    const embed = formatFigure({
      figure,
      fromConfig: ctx.configEntities.some((entity) => entity.id === figure.id),
      topicClaims: ctx.claims.claims.filter((claim) => claim.topic.entities.includes(figure.id)),
      claimCounts: ctx.figureStats.claimCounts(figure.id, now - 30 * DAY_MS),
      counts: ctx.figureStats.mentionCounts(figure.id, now),
      latest: ctx.figureStats.latestStories(figure.id, 5),
    });
    return { embeds: [embed] };
  },
  autocomplete: (ctx, focused) => figureChoices(ctx.figures(), focused.value),
});
