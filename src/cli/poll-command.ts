/**
 * poll --once: every enabled feed polled once, the alerts this poll made printed, then exit.
 * It may run beside the bot on the bot's own database (the default --db), so it never takes the
 * bot's work: alerts that were already waiting are neither printed nor marked delivered. With
 * Discord configured, what it prints is a preview and stays waiting, for the bot to post. Without
 * Discord the terminal is where alerts go, as with `run`: what it printed is marked delivered (so
 * `run` does not print it again), and outlet updates are printed too.
 */
import { createApp, type App } from '../app/create-app';
import type { Settings } from '../config/schema';
import { createConsoleSink } from '../deliver/console-sink';
import { deliverOutletUpdates, type AlertSink } from '../deliver/deliver-pending';
import type { PollOutcome } from '../pipeline/poll-feed';
import { pollFeeds } from '../pipeline/poll-tick';
import { UsageError, type CliArgs } from './args';
import type { CliIo } from './io';

/**
 * Discord takes the alerts when a token is set, or when the settings name a channel for them: the
 * bot sharing this config may have the token in its own environment and not in this shell's.
 */
function discordConfigured(env: NodeJS.ProcessEnv, settings: Settings): boolean {
  return Boolean(env.DISCORD_TOKEN) || settings.discord.alertChannel !== undefined;
}

function storiesAlertedBy(outcomes: readonly PollOutcome[]): Set<string> {
  return new Set(outcomes.flatMap((outcome) => (outcome.status === 'ok' ? outcome.alertedStoryIds : [])));
}

/** Prints the alerts this poll made, oldest first, marking each delivered when `deliver`; returns how many. */
async function printAlertsMadeBy(outcomes: readonly PollOutcome[], app: App, sink: AlertSink, deliver: boolean): Promise<number> {
  const made = storiesAlertedBy(outcomes);
  if (made.size === 0) return 0;
  // Read once the whole tick is stored, so an alert lists the outlets later feeds gathered under it.
  const alerts = app.alerts.pending(app.alerts.pendingCount()).filter((alert) => made.has(alert.storyId));
  for (const alert of alerts) {
    const { ref } = await sink.deliver(alert.payload, alert.id);
    if (deliver && ref !== null) app.alerts.markDelivered(alert.id, ref, app.now(), alert.outletsVersion);
  }
  return alerts.length;
}

export async function pollCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (!args.once) throw new UsageError('poll runs a single pass: add --once (the scheduler is "run")');
  const app = createApp({ configDir: args.configDir, dbFile: args.dbFile, env: io.env });
  try {
    const feeds = app.feeds.enabled();
    const outcomes = await pollFeeds(app.pollDeps(), feeds);
    const sink = createConsoleSink(io.stdout, args.jsonl ? 'jsonl' : 'text');
    const terminalDelivers = !discordConfigured(io.env, app.config.settings);
    const printed = await printAlertsMadeBy(outcomes, app, sink, terminalDelivers);
    // Outlet updates edit what Discord shows; only the terminal's own may be printed here.
    if (terminalDelivers) await deliverOutletUpdates(app.alerts, sink, app.log);
    const failed = outcomes.filter((outcome) => outcome.status === 'error').length;
    app.log.info({ feeds: feeds.length, failed, alerts: printed, markedDelivered: terminalDelivers }, 'poll finished');
    return 0;
  } finally {
    await app.close();
  }
}
