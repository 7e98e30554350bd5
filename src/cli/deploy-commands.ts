/**
 * deploy-commands [--guild ID]: registers every slash command with Discord in one bulk overwrite
 * (PUT), in one server with --guild (instant, for development) or globally. Not done at start-up:
 * registering is rate-limited and only needed when the definitions change.
 * REST base from DISCORD_API_BASE when set; the application id from DISCORD_APPLICATION_ID, else
 * asked of Discord (GET /applications/@me).
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands';
import { UsageError, type CliArgs } from './args';
import type { CliIo } from './io';

const SNOWFLAKE = /^\d{17,20}$/;

async function applicationId(rest: REST, env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env.DISCORD_APPLICATION_ID?.trim();
  if (fromEnv) {
    if (!SNOWFLAKE.test(fromEnv)) throw new UsageError('DISCORD_APPLICATION_ID must be a Discord id (17 to 20 digits)');
    return fromEnv;
  }
  const application = (await rest.get(Routes.currentApplication())) as { id?: unknown };
  if (typeof application.id !== 'string') throw new Error('Discord answered GET /applications/@me without an id');
  return application.id;
}

export async function deployCommandsCommand(args: CliArgs, io: CliIo): Promise<number> {
  const token = io.env.DISCORD_TOKEN?.trim();
  if (!token) {
    io.stderr.write('deploy-commands: DISCORD_TOKEN is not set; it is the bot token from the Discord developer portal\n');
    return 1;
  }
  if (args.guild !== undefined && !SNOWFLAKE.test(args.guild)) throw new UsageError('--guild must be a Discord server id (17 to 20 digits)');
  const api = io.env.DISCORD_API_BASE?.trim().replace(/\/+$/, '');
  const rest = new REST(api ? { api } : {}).setToken(token);
  try {
    const appId = await applicationId(rest, io.env);
    const route = args.guild ? Routes.applicationGuildCommands(appId, args.guild) : Routes.applicationCommands(appId);
    const registered = (await rest.put(route, { body: COMMANDS.map((command) => command.data) })) as Array<{ name?: unknown }>;
    const names = registered.map((command) => `/${String(command.name)}`).join(', ');
    io.stdout.write(`registered ${registered.length} commands ${args.guild ? `in server ${args.guild}` : 'globally'}: ${names}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // The token never appears in these messages: discord.js does not put headers in them.
    const reason = error instanceof DiscordAPIError ? `Discord refused (${error.status}): ${error.message}` : `cannot reach Discord: ${(error as Error).message}`;
    io.stderr.write(`deploy-commands: ${reason}\n`);
    return 1;
  }
}
