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
    if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
      out['group'] = option.name;
      collect(option.options ?? [], out);
    } else if (option.type === ApplicationCommandOptionType.Subcommand) {
      out['subcommand'] = option.name;
      collect(option.options ?? [], out);
    } else {
      out[option.name] = option.value;
    }
  }
}

/** The subcommand of an interaction's options, without validating anything else. */
export function subcommandOf(data: readonly CommandInteractionOption[]): string | undefined {
  const sub = data.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  return sub?.name;
}
