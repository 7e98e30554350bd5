/**
 * The one entry point for interactions: slash commands, autocomplete and buttons go to the command
 * by name. Whatever a command throws becomes an ephemeral answer: a UserError's own words, anything
 * else "something went wrong (ref …)" with the details only in the log. The returned function never
 * rejects, so a failing command cannot become an unhandled rejection that stops the bot.
 */
import { randomBytes } from 'node:crypto';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandContext } from './command-context';
import type { Choice, Reply, SlashCommand } from './command-types';
import { codeText, truncate } from './safe-message';
import { toEditOptions, toReplyOptions } from './send-reply';
import { UserError } from './user-error';

export interface RouterDeps {
  commands: readonly SlashCommand[];
  context: CommandContext;
  log: Logger;
  /** A short reference that ties an error reply to its log line; random by default. */
  errorRef?: () => string;
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

const randomRef = (): string => randomBytes(4).toString('hex').toUpperCase();

/** SQLite's "busy" and "locked" (and their extended codes): another process holds the database, which passes. */
function isBusyDatabase(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

export function createInteractionRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const byName = new Map(deps.commands.map((command) => [command.name, command]));
  const newRef = deps.errorRef ?? randomRef;

  async function answerError(interaction: Answerable, error: unknown, what: string): Promise<void> {
    let content: string;
    if (error instanceof UserError) {
      content = error.message;
      deps.log.debug({ command: what, user: interaction.user.id, problem: error.message }, 'command refused');
    } else if (isBusyDatabase(error)) {
      content = 'The database is busy: another vigia process is writing to it. Try again in a moment.';
      deps.log.warn({ command: what, user: interaction.user.id, error: (error as Error).message }, 'command found the database busy');
    } else {
      const ref = newRef();
      content = `Something went wrong (ref ${ref}). Nothing was changed by this error; the details are in the bot's log under that reference.`;
      deps.log.error({ err: error, ref, command: what, user: interaction.user.id }, 'command failed');
    }
    const options = toReplyOptions({ content, ephemeral: true });
    try {
      if (interaction.deferred && !interaction.replied) {
        // The "thinking…" placeholder is public; the error should not be.
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp(options);
      } else if (interaction.replied) {
        await interaction.followUp(options);
      } else {
        await interaction.reply(options);
      }
    } catch (replyError) {
      deps.log.warn({ err: replyError, command: what }, 'could not send the error reply');
    }
  }

  async function runCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const what = `/${interaction.commandName}`;
    try {
      const command = byName.get(interaction.commandName);
      if (!command) throw new UserError(`This bot has no command \`/${codeText(interaction.commandName, 32)}\`; its commands may need deploying again.`);
      const prepared = command.prepare(interaction);
      if (prepared.defer) await interaction.deferReply();
      const reply = await prepared.run(deps.context);
      await send(interaction, reply);
    } catch (error) {
      await answerError(interaction, error, what);
    }
  }

  async function runAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    let choices: Choice[] = [];
    try {
      const command = byName.get(interaction.commandName);
      choices = command?.autocomplete ? await command.autocomplete(deps.context, interaction) : [];
    } catch (error) {
      deps.log.warn({ err: error, command: `/${interaction.commandName}` }, 'autocomplete failed; answering no suggestions');
    }
    try {
      await interaction.respond(fitChoices(choices));
    } catch (error) {
      deps.log.warn({ err: error, command: `/${interaction.commandName}` }, 'could not send autocomplete suggestions');
    }
  }

  async function runButton(interaction: ButtonInteraction): Promise<void> {
    const [name = '', ...parts] = interaction.customId.split(':');
    try {
      const command = byName.get(name);
      if (!command?.button) throw new UserError('This button no longer works; run the command again.');
      const reply = await command.button(deps.context, parts, interaction);
      await interaction.update(toEditOptions(reply));
    } catch (error) {
      await answerError(interaction, error, `button ${name}`);
    }
  }

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await runCommand(interaction);
      else if (interaction.isAutocomplete()) await runAutocomplete(interaction);
      else if (interaction.isButton()) await runButton(interaction);
    } catch (error) {
      deps.log.error({ err: error }, 'interaction handling failed');
    }
  };
}

async function send(interaction: ChatInputCommandInteraction, reply: Reply): Promise<void> {
  if (!interaction.deferred) {
    await interaction.reply(toReplyOptions(reply));
  } else if (reply.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(toReplyOptions(reply));
  } else {
    await interaction.editReply(toEditOptions(reply));
  }
}

/** Discord takes at most 25 suggestions, each name and value 1 to 100 characters. */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((choice) => choice.name.trim() !== '' && choice.value !== '' && choice.value.length <= 100)
    .slice(0, 25)
    .map((choice) => ({ ...choice, name: truncate(choice.name, 100) }));
}
