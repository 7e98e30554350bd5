/**
 * Entry point: `npm run --silent vigia -- <command> [flags]`. Known failures (bad config, bad usage,
 * an unusable database) print one clear message and exit non-zero; only a bug shows a stack trace.
 */
import { ConfigError } from '../config/errors';
import { StoreError } from '../store/open-database';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { checkConfigCommand } from './check-config-command';
import { backupCommand } from './backup-command';
import { deployCommandsCommand } from './deploy-commands';
import { isEntryPoint } from './entry-point';
import type { CliIo } from './io';
import { matchCommand } from './match-command';
import { pollCommand } from './poll-command';
import { runCommand } from './run-command';

const COMMANDS: Record<string, (args: CliArgs, io: CliIo) => Promise<number>> = {
  run: runCommand,
  poll: pollCommand,
  match: matchCommand,
  'check-config': checkConfigCommand,
  'deploy-commands': deployCommandsCommand,
  backup: backupCommand,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help || !args.command) {
      (args.help ? io.stdout : io.stderr).write(USAGE);
      return args.help ? 0 : 2;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof StoreError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`vigia: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
