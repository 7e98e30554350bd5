/**
 * run: the long-running bot. Polls the due feeds at start and on every cron tick, then delivers
 * waiting alerts. SIGINT/SIGTERM stop the scheduler, abandon in-flight fetches, and close cleanly.
 */
import { createApp } from '../app/create-app';
import { createConsoleSink } from '../deliver/console-sink';
import { deliverPending } from '../deliver/deliver-pending';
import { pollFeeds } from '../pipeline/poll-tick';
import { startScheduler } from '../schedule/scheduler';
import type { CliArgs } from './args';
import type { CliIo } from './io';

export async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  const app = createApp({ configDir: args.configDir, dbFile: args.dbFile, env: io.env });
  const log = app.log.child({ command: 'run' });
  if (io.env.DISCORD_TOKEN) log.warn('DISCORD_TOKEN is set, but Discord delivery is not built yet; alerts go to the console');
  const sink = createConsoleSink(io.stdout, 'text');
  const shutdown = new AbortController();

  const tick = async (): Promise<void> => {
    const due = app.feeds.due(app.now());
    if (due.length > 0) await pollFeeds(app.pollDeps(shutdown.signal), due);
    if (!shutdown.signal.aborted) await deliverPending(app.alerts, sink, app.now, log);
  };

  const scheduler = startScheduler(app.config.settings.poll.schedule, tick, log);
  log.info({ schedule: app.config.settings.poll.schedule, feeds: app.feeds.enabled().length }, 'vigia running');
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log.info({ signal }, 'shutting down');
  shutdown.abort();
  await scheduler.stop();
  await app.close();
  return 0;
}
