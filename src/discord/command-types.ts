/**
 * What a slash command is: its definition as Discord registers it, a zod schema for its options (so
 * the handler gets them typed and checked), the handler, and optional autocomplete and buttons.
 * defineCommand erases the option type so the router can hold every command in one list.
 */
import {
  PermissionFlagsBits,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { z } from 'zod';
import type { CommandContext } from './command-context';
import { describeOptionProblems } from './option-schemas';
import { rawOptions, subcommandOf } from './raw-options';
import { UserError } from './user-error';

/** What a handler answers; the router sends it with the safe defaults (no mentions, limits). */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
  ephemeral?: boolean;
}

export type Choice = ApplicationCommandOptionChoiceData<string>;

export interface Focused {
  name: string;
  value: string;
  subcommand: string | undefined;
}

export interface CommandSpec<S extends z.ZodType> {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  options: S;
  /** Subcommands only Manage Server may run; checked before the options are even read. */
  managerOnly?: (subcommand: string | undefined) => boolean;
  /** Slow handlers (fetching a URL) acknowledge first: Discord waits only 3 s for the first answer. */
  defer?: (args: z.output<S>) => boolean;
  execute(ctx: CommandContext, args: z.output<S>, interaction: ChatInputCommandInteraction): Reply | Promise<Reply>;
  autocomplete?(ctx: CommandContext, focused: Focused, interaction: AutocompleteInteraction): Choice[] | Promise<Choice[]>;
  /** Buttons whose custom id is `<command name>:<parts…>`, such as /search's pages. */
  button?(ctx: CommandContext, parts: string[], interaction: ButtonInteraction): Reply | Promise<Reply>;
}

/** A command with its options checked and typed, ready to run. */
export interface PreparedRun {
  defer: boolean;
  run(ctx: CommandContext): Promise<Reply>;
}

export interface SlashCommand {
  name: string;
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checks permission and options; throws UserError with what is wrong. */
  prepare(interaction: ChatInputCommandInteraction): PreparedRun;
  autocomplete?(ctx: CommandContext, interaction: AutocompleteInteraction): Promise<Choice[]>;
  button?(ctx: CommandContext, parts: string[], interaction: ButtonInteraction): Promise<Reply>;
}

export function canManageGuild(interaction: { memberPermissions: { has(flag: bigint): boolean } | null }): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

export function defineCommand<S extends z.ZodType>(spec: CommandSpec<S>): SlashCommand {
  const name = spec.data.name;
  const command: SlashCommand = {
    name,
    data: spec.data,
    prepare(interaction) {
      const subcommand = subcommandOf(interaction.options.data);
      // default_member_permissions hides the command from non-managers, but server admins can
      // change that per channel or role; the handler decides for itself.
      if (spec.managerOnly?.(subcommand) && !canManageGuild(interaction)) {
        throw new UserError(`You need the Manage Server permission to use \`/${[name, subcommand].filter(Boolean).join(' ')}\`.`);
      }
      const parsed = spec.options.safeParse(rawOptions(interaction.options.data));
      if (!parsed.success) throw new UserError(`\`/${name}\`: ${describeOptionProblems(parsed.error)}`);
      const args = parsed.data as z.output<S>;
      return { defer: spec.defer?.(args) ?? false, run: async (ctx) => spec.execute(ctx, args, interaction) };
    },
  };
  const { autocomplete, button } = spec;
  if (autocomplete) {
    command.autocomplete = async (ctx, interaction) => {
      const focused = interaction.options.getFocused(true);
      // What is typed is capped by Discord at the option's max length; a client may send more.
      const value = (typeof focused.value === 'string' ? focused.value : String(focused.value)).slice(0, 200);
      return autocomplete(ctx, { name: focused.name, value, subcommand: subcommandOf(interaction.options.data) }, interaction);
    };
  }
  if (button) command.button = async (ctx, parts, interaction) => button(ctx, parts, interaction);
  return command;
}
