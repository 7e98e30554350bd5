/**
 * /track add name: aliases: kind: · /track remove name: · /track list — figures tracked at run time,
 * stored in SQLite and merged with entities.yaml (README, "Tracking figures at run time"). The
 * matcher picks changes up at the next poll. add and remove need Manage Server.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { planTrackAdd, planTrackRemove } from '../src/config/plan-tracking';
import type { CommandContext } from '../src/discord/command-context';
import { defineCommand, type Reply } from '../src/discord/command-types';
import { describeTrackProblem } from '../src/discord/describe-track-problem';
import { choiceOption, option, textOption } from '../src/discord/option-schemas';
import { safeInline } from '../src/discord/safe-message';
import { UserError } from '../src/discord/user-error';
import { checkAliasList, NAME_CHARACTERS } from '../src/discord/validate-option';
import { formatTracked } from '../src/format/format-tracked';
import { figureChoices, NAME_MAX } from './figure';

const KINDS = ['person', 'organization', 'place'] as const;
const ALIASES_MAX = 1000;

const nameOption = () => textOption({ min: 2, max: NAME_MAX, allowed: NAME_CHARACTERS });

const options = z.discriminatedUnion(
  'subcommand',
  [
    z.object({
      subcommand: z.literal('add'),
      name: nameOption(),
      aliases: option((value) => checkAliasList(value, { maxEach: NAME_MAX, maxCount: 20, maxTotal: ALIASES_MAX })).optional(),
      kind: choiceOption(KINDS).optional(),
    }),
    z.object({ subcommand: z.literal('remove'), name: textOption({ max: NAME_MAX }) }),
    z.object({ subcommand: z.literal('list') }),
  ],
  { error: 'needs a subcommand: add, remove or list' },
);

type TrackArgs = z.output<typeof options>;

function add(ctx: CommandContext, args: Extract<TrackArgs, { subcommand: 'add' }>, userId: string): Reply {
  const plan = planTrackAdd(ctx.configEntities, ctx.tracked.list(), { name: args.name, aliases: args.aliases ?? [], kind: args.kind, by: userId });
  if (!plan.ok) throw new UserError(describeTrackProblem(plan.problem));
  ctx.tracked.save(plan.change, ctx.now());
  const name = `**${safeInline(plan.change.name)}**`;
  const added = plan.added.length > 0 ? ` with ${plan.added.map((alias) => `“${safeInline(alias)}”`).join(', ')}` : '';
  const skipped = plan.skipped.length > 0 ? ` (already known: ${plan.skipped.map((alias) => `“${safeInline(alias)}”`).join(', ')})` : '';
  const what = {
    created: `Now tracking ${name} (${plan.change.kind}, id \`${plan.change.id}\`)${added}${skipped}.`,
    extended: `Added to ${name}${added.replace(/^ with/, ':')}${skipped}.`,
    restored: `Tracking ${name} again${added}${skipped}.`,
  }[plan.action];
  return { content: `${what} Matching uses it from the next poll.` };
}

function remove(ctx: CommandContext, name: string, userId: string): Reply {
  const plan = planTrackRemove(ctx.configEntities, ctx.tracked.list(), name, userId);
  if (!plan.ok) throw new UserError(describeTrackProblem(plan.problem));
  ctx.tracked.save(plan.change, ctx.now());
  const note = plan.fromConfig ? ' It stays in entities.yaml, hidden until `/track add` brings it back.' : '';
  return { content: `Stopped tracking **${safeInline(plan.change.name)}** from the next poll; its stored stories stay.${note}` };
}

export const trackCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('track')
    .setDescription('Add or remove tracked figures at run time')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Track a new figure, or add aliases to a tracked one')
        .addStringOption((option) => option.setName('name').setDescription('Full name').setRequired(true).setAutocomplete(true).setMinLength(2).setMaxLength(NAME_MAX))
        .addStringOption((option) => option.setName('aliases').setDescription('Other names, comma-separated').setMaxLength(ALIASES_MAX))
        .addStringOption((option) =>
          option
            .setName('kind')
            .setDescription('For a new figure (default person)')
            .addChoices(KINDS.map((kind) => ({ name: kind, value: kind }))),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Stop tracking a figure')
        .addStringOption((option) => option.setName('name').setDescription('Name or alias').setRequired(true).setAutocomplete(true).setMaxLength(NAME_MAX)),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription('Tracked figures and what /track changed'))
    .toJSON(),
  options,
  managerOnly: (subcommand) => subcommand === 'add' || subcommand === 'remove',
  execute(ctx, args, interaction) {
    switch (args.subcommand) {
      case 'add':
        return add(ctx, args, interaction.user.id);
      case 'remove':
        return remove(ctx, args.name, interaction.user.id);
      case 'list':
        return { embeds: [formatTracked({ configEntities: ctx.configEntities, tracked: ctx.tracked.list(), figures: ctx.figures() })] };
    }
  },
  autocomplete: (ctx, focused) => figureChoices(ctx.figures(), focused.value),
});
