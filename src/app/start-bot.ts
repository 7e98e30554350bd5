/**
 * The long-running bot, in-process: polls the due feeds at start and on every cron tick (a poll that
 * changes its feed's health queues a notice with it), then delivers waiting alerts and notices. With
 * DISCORD_TOKEN set it logs in and delivers to Discord; otherwise it prints to `stdout`. `run` wraps
 * this with signal handling; tests call it directly with a config dir, a database file and an env.
 */
import type { Writable } from 'node:stream';
import { Events, type Client } from 'discord.js';
import { COMMANDS } from '../../commands';
import type { Logger } from 'pino';
import { requireDiscordChannels } from '../config/require-discord';
import { createConsoleSink } from '../deliver/console-sink';
import { deliverNotices, type NoticeSink } from '../deliver/deliver-notices';
import { deliverOutletUpdates, deliverPending, type AlertSink } from '../deliver/deliver-pending';
import { createDiscordSink } from '../deliver/discord-sink';
import { findChannelProblems } from '../discord/check-channels';
import { createCommandContext } from '../discord/command-context';
import { connectDiscord, logClientEvents } from '../discord/connect-discord';
import { createInteractionRouter } from '../discord/interaction-router';
import { createDiscordClient } from '../discord/create-client';
import { channelEditor } from '../discord/edit-in-channel';
import { ownMessageFinder } from '../discord/find-own-message';
import { channelSender } from '../discord/send-to-channel';
import { pollFeeds } from '../pipeline/poll-tick';
import { startScheduler } from '../schedule/scheduler';
import { unusableStore } from '../store/store-failure';
import { createApp, type App, type AppOptions } from './create-app';
import { scheduleDigest } from './schedule-digest';

export interface BotOptions extends AppOptions {
  /** Where alerts and notices are printed when DISCORD_TOKEN is not set. */
  stdout: Writable;
}

export interface Bot {
  app: App;
  /** The logged-in client; null when alerts go to the console. */
  client: Client | null;
  /** Resolves when the tick running now, if any, has finished. */
  idle(): Promise<void>;
  /** Resolves when the bot stopped ticking because the store became unusable (disk full…). */
  failed: Promise<Error>;
  /** Stops the scheduler (waiting for a running tick), logs out, closes the database. Idempotent. */
  stop(): Promise<void>;
}

type Sink = AlertSink & NoticeSink;

async function connectSink(app: App, env: NodeJS.ProcessEnv, log: Logger): Promise<{ sink: Sink; client: Client; digest: { stop(): Promise<void> } }> {
  const channels = requireDiscordChannels(app.config.settings);
  const client = createDiscordClient(env);
  logClientEvents(client, log);
  // Slash commands: the router is attached before login, so no early interaction is missed.
  const context = createCommandContext(app, { startedAt: app.now() });
  client.on(Events.InteractionCreate, createInteractionRouter({ commands: COMMANDS, context, log: app.log.child({ component: 'commands' }) }));
  await connectDiscord(client, env.DISCORD_TOKEN ?? '', log);
  const digest = scheduleDigest(app.config.settings, context, channelSender(client), log);
  const configured = [channels.alertChannel, channels.healthChannel, ...channels.routes.map((route) => route.channel)];
  for (const { channelId, severity, problem } of await findChannelProblems(client, configured)) {
    // Not fatal (Discord may be having a moment), but deliveries to it will fail until it is fixed.
    if (severity === 'error') log.error({ channel: channelId, problem }, 'configured discord channel is unusable; check settings.yaml discord ids');
    // Deliveries work; `problem` names the missing permission and the risk it leaves.
    else log.warn({ channel: channelId, problem }, 'configured discord channel lacks a permission; alerts still go out, grant it in discord');
  }
  const sink = createDiscordSink({
    send: channelSender(client),
    edit: channelEditor(client),
    find: ownMessageFinder(client),
    routing: { alertChannel: channels.alertChannel, routes: channels.routes },
    healthChannel: channels.healthChannel,
    deliveries: app.deliveries,
    now: app.now,
    log: log.child({ sink: 'discord' }),
  });
  return { sink, client, digest };
}

export async function startBot(options: BotOptions): Promise<Bot> {
  const app = createApp(options);
  const log = app.log.child({ command: 'run' });
  let sink: Sink;
  let client: Client | null = null;
  let digest: { stop(): Promise<void> } | null = null;
  try {
    if (options.env.DISCORD_TOKEN) ({ sink, client, digest } = await connectSink(app, options.env, log));
    else sink = createConsoleSink(options.stdout, 'text');
  } catch (error) {
    await app.close();
    throw error;
  }

  const shutdown = new AbortController();
  const tick = async (): Promise<void> => {
    const due = app.feeds.due(app.now());
    if (due.length > 0) await pollFeeds(app.pollDeps(shutdown.signal), due);
    if (shutdown.signal.aborted) return;
    await deliverPending(app.alerts, sink, app.now, log, { rollupOver: app.config.settings.delivery.rollupOver });
    if (shutdown.signal.aborted) return;
    await deliverOutletUpdates(app.alerts, sink, log);
    if (shutdown.signal.aborted) return;
    await deliverNotices(app.notices, sink, app.now, log);
  };

  const scheduler = startScheduler(app.config.settings.poll.schedule, tick, log, { fatal: unusableStore });
  log.info({ schedule: app.config.settings.poll.schedule, feeds: app.feeds.enabled().length, sink: sink.name }, 'vigia running');
  let stopped: Promise<void> | null = null;
  return {
    app,
    client,
    idle: () => scheduler.idle(),
    failed: scheduler.failed,
    stop: () =>
      (stopped ??= (async () => {
        shutdown.abort();
        await scheduler.stop();
        await digest?.stop();
        await client?.destroy();
        await app.close();
      })()),
  };
}
