/**
 * run: the long-running bot (see startBot). SIGINT/SIGTERM stop the scheduler, abandon in-flight
 * fetches, log out of Discord and close cleanly (exit 0). A store that can no longer be written
 * (disk full, file corrupt) stops it the same way with one line on stderr and exit 1.
 */
import { startBot } from '../app/start-bot';
import { DiscordStartError } from '../discord/connect-discord';
import type { CliArgs } from './args';
import type { CliIo } from './io';

export async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  let bot;
  try {
    bot = await startBot({ configDir: args.configDir, dbFile: args.dbFile, env: io.env, stdout: io.stdout });
  } catch (error) {
    if (!(error instanceof DiscordStartError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  const stop = await new Promise<{ signal: NodeJS.Signals } | { failure: Error }>((resolve) => {
    process.once('SIGINT', () => resolve({ signal: 'SIGINT' }));
    process.once('SIGTERM', () => resolve({ signal: 'SIGTERM' }));
    void bot.failed.then((failure) => resolve({ failure }));
  });
  const log = bot.app.log.child({ command: 'run' });
  if ('failure' in stop) log.fatal({ error: stop.failure.message }, 'stopping: the database cannot be used');
  else log.info({ signal: stop.signal }, 'shutting down');
  try {
    await bot.stop();
  } catch (error) {
    // Closing a database on a full disk can fail too; the exit code must still say what happened.
    log.error({ err: error }, 'error while stopping');
    if (!('failure' in stop)) return 1;
  }
  if (!('failure' in stop)) return 0;
  io.stderr.write(`vigia: ${args.dbFile}: ${stop.failure.message}\n`);
  return 1;
}
