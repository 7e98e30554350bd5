/**
 * The options of a slash command interaction as one flat record, ready for the command's zod
 * schema: `{ subcommand: 'add', name: 'Maduro', aliases: '…' }`. Values are taken as sent; the
 * schema decides whether they are acceptable.
 */
import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';

export type RawOptions = Record<string, unknown>;

export function rawOptions(data: readonly CommandInteractionOption[]): RawOptions {
  // No prototype: an option a client names "__proto__" must stay a plain key.
  const out: RawOptions = Object.create(null) as RawOptions;
  collect(data, out);
  return out;
}

function collect(data: readonly CommandInteractionOption[], out: RawOptions): void {
  for (const option of data) {
    // The group and subcommand are written after their options: an option a client names
    // "subcommand" must not stand in for the subcommand that permissions were checked against.
    if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
      collect(option.options ?? [], out);
      out['group'] = option.name;
    } else if (option.type === ApplicationCommandOptionType.Subcommand) {
      collect(option.options ?? [], out);
      out['subcommand'] = option.name;
    } else {
      out[option.name] = option.value;
    }
  }
}

/** The subcommand of an interaction's options, inside a group or not, without validating anything else. */
export function subcommandOf(data: readonly CommandInteractionOption[]): string | undefined {
  for (const option of data) {
    if (option.type === ApplicationCommandOptionType.Subcommand) return option.name;
    if (option.type === ApplicationCommandOptionType.SubcommandGroup) return subcommandOf(option.options ?? []);
  }
  return undefined;
}
