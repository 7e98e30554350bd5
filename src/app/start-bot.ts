/**
 * The long-running bot, in-process: polls the due feeds at start and on every cron tick, records a
 * notice when a feed's health changes, then delivers waiting alerts and notices. With DISCORD_TOKEN
 * set it logs in and delivers to Discord; otherwise it prints to `stdout`. `run` wraps this with
 * signal handling; tests call it directly with a config dir, a database file and an env.
 */
import type { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import { requireDiscordChannels } from '../config/require-discord';
import { createConsoleSink } from '../deliver/console-sink';
import { deliverNotices, type NoticeSink } from '../deliver/deliver-notices';
import { deliverPending, type AlertSink } from '../deliver/deliver-pending';
import { createDiscordSink } from '../deliver/discord-sink';
import { findUnusableChannels } from '../discord/check-channels';
import { connectDiscord, logClientEvents } from '../discord/connect-discord';
import { createDiscordClient } from '../discord/create-client';
import { channelSender } from '../discord/send-to-channel';
import { pollFeedsWithHealth } from '../pipeline/poll-with-health';
import { startScheduler } from '../schedule/scheduler';
import { createApp, type App, type AppOptions } from './create-app';

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
  /** Stops the scheduler (waiting for a running tick), logs out, closes the database. Idempotent. */
  stop(): Promise<void>;
}

type Sink = AlertSink & NoticeSink;

async function connectSink(app: App, env: NodeJS.ProcessEnv, log: Logger): Promise<{ sink: Sink; client: Client }> {
  const channels = requireDiscordChannels(app.config.settings);
  const client = createDiscordClient(env);
  logClientEvents(client, log);
  // Slash commands: the interaction router is attached here, before login, so no early interaction is missed.
  await connectDiscord(client, env.DISCORD_TOKEN ?? '', log);
  const configured = [channels.alertChannel, channels.healthChannel, ...channels.routes.map((route) => route.channel)];
  for (const { channelId, problem } of await findUnusableChannels(client, configured)) {
    // Not fatal (Discord may be having a moment), but deliveries to it will fail until it is fixed.
    log.error({ channel: channelId, problem }, 'configured discord channel is unusable; check settings.yaml discord ids');
  }
  const sink = createDiscordSink({
    send: channelSender(client),
    routing: { alertChannel: channels.alertChannel, routes: channels.routes },
    healthChannel: channels.healthChannel,
    deliveries: app.deliveries,
    now: app.now,
  });
  return { sink, client };
}

export async function startBot(options: BotOptions): Promise<Bot> {
  const app = createApp(options);
  const log = app.log.child({ command: 'run' });
  let sink: Sink;
  let client: Client | null = null;
  try {
    if (options.env.DISCORD_TOKEN) ({ sink, client } = await connectSink(app, options.env, log));
    else sink = createConsoleSink(options.stdout, 'text');
  } catch (error) {
    await app.close();
    throw error;
  }

  const shutdown = new AbortController();
  const tick = async (): Promise<void> => {
    const due = app.feeds.due(app.now());
    if (due.length > 0) await pollFeedsWithHealth(app.pollDeps(shutdown.signal), app.notices, due);
    if (shutdown.signal.aborted) return;
    await deliverPending(app.alerts, sink, app.now, log);
    if (shutdown.signal.aborted) return;
    await deliverNotices(app.notices, sink, app.now, log);
  };

  const scheduler = startScheduler(app.config.settings.poll.schedule, tick, log);
  log.info({ schedule: app.config.settings.poll.schedule, feeds: app.feeds.enabled().length, sink: sink.name }, 'vigia running');
  let stopped: Promise<void> | null = null;
  return {
    app,
    client,
    idle: () => scheduler.idle(),
    stop: () =>
      (stopped ??= (async () => {
        shutdown.abort();
        await scheduler.stop();
        await client?.destroy();
        await app.close();
      })()),
  };
}
