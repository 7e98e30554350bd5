/** Command-line arguments, parsed strictly: an unknown flag is an error that names it. */
import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string | undefined;
  configDir: string;
  dbFile: string;
  once: boolean;
  jsonl: boolean;
  /** deploy-commands: register in this server (guild) instead of globally. */
  guild: string | undefined;
  /** backup: where the copy goes. */
  to: string | undefined;
  help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(`usage: ${message}`);
    this.name = 'UsageError';
  }
}

export const USAGE = `vigia <command> [flags]

commands:
  run                     poll on schedule and deliver alerts (console without DISCORD_TOKEN)
  poll --once [--jsonl]   poll every enabled feed once, print new alerts, exit
  match --jsonl           read {"id","title","text"} lines on stdin, write what matched
  check-config            validate the config directory; exit 1 on any problem
  deploy-commands [--guild ID]
                          register the slash commands with Discord (in one server with --guild,
                          else globally); needs DISCORD_TOKEN
  backup --to FILE        copy the database while the bot may be running (SQLite online backup)

flags:
  --config DIR            config directory (default config/)
  --db FILE               SQLite database (default data/vigia.db)
  -h, --help              this text
`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', default: 'config' },
        db: { type: 'string', default: 'data/vigia.db' },
        once: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        guild: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  // "--db=" would open a throwaway database that keeps nothing, "--config=" read the working directory.
  for (const flag of ['config', 'db', 'guild', 'to'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} needs a value`);
  }
  return {
    command: positionals[0],
    configDir: values.config,
    dbFile: values.db,
    once: values.once,
    jsonl: values.jsonl,
    guild: values.guild,
    to: values.to,
    help: values.help,
  };
}
