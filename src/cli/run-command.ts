/**
 * run: the long-running bot (see startBot). SIGINT/SIGTERM stop the scheduler, abandon in-flight
 * fetches, log out of Discord and close cleanly.
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
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  bot.app.log.child({ command: 'run' }).info({ signal }, 'shutting down');
  await bot.stop();
  return 0;
}
