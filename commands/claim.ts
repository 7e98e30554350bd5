/** /claim id: — a tracked claim's statement and the latest stories asserting and disputing it. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { ClaimConfig } from '../src/config/claims-schema';
import { defineCommand, type Choice } from '../src/discord/command-types';
import { textOption } from '../src/discord/option-schemas';
import { resolveClaim } from '../src/discord/resolve';
import { formatClaim } from '../src/format/format-claim';
import { suggestClaims } from '../src/match/find-claim';
import { DAY_MS } from '../src/store/story-time';

/** Autocomplete over claims: "state-cartel — Venezuela's leadership runs…", value the id. */
export function claimChoices(claims: readonly ClaimConfig[], typed: string): Choice[] {
  return suggestClaims(claims, typed).map((claim) => ({ name: `${claim.id} — ${claim.statement}`, value: claim.id }));
}

export const claimCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('claim')
    .setDescription('A tracked claim and the latest stories that assert and dispute it')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) => option.setName('id').setDescription('The claim').setRequired(true).setAutocomplete(true).setMaxLength(100))
    .toJSON(),
  options: z.object({ id: textOption({ max: 100 }) }),
  execute(ctx, { id }) {
    const claim = resolveClaim(ctx.claims.claims, id);
    const embed = formatClaim({
      claim,
      counts: ctx.claimStories.counts(claim.id, ctx.now() - 30 * DAY_MS),
      asserting: ctx.claimStories.latest(claim.id, 'asserts', 3),
      disputing: ctx.claimStories.latest(claim.id, 'disputes', 3),
    });
    return { embeds: [embed] };
  },
  autocomplete: (ctx, focused) => claimChoices(ctx.claims.claims, focused.value),
});
