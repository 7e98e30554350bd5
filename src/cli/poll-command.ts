/** poll --once: every enabled feed polled once, new alerts printed, then exit. */
import { createApp } from '../app/create-app';
import { createConsoleSink } from '../deliver/console-sink';
import { deliverOutletUpdates, deliverPending } from '../deliver/deliver-pending';
import { pollFeeds } from '../pipeline/poll-tick';
import { UsageError, type CliArgs } from './args';
import type { CliIo } from './io';

export async function pollCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (!args.once) throw new UsageError('poll runs a single pass: add --once (the scheduler is "run")');
  const app = createApp({ configDir: args.configDir, dbFile: args.dbFile, env: io.env });
  try {
    const feeds = app.feeds.enabled();
    const outcomes = await pollFeeds(app.pollDeps(), feeds);
    const sink = createConsoleSink(io.stdout, args.jsonl ? 'jsonl' : 'text');
    const report = await deliverPending(app.alerts, sink, app.now, app.log);
    await deliverOutletUpdates(app.alerts, sink, app.log);
    const failed = outcomes.filter((outcome) => outcome.status === 'error').length;
    app.log.info({ feeds: feeds.length, failed, alerts: report.delivered }, 'poll finished');
    return 0;
  } finally {
    await app.close();
  }
}
