/**
 * Logs the client in and waits until it is ready (guilds received), reporting discord.js's own
 * errors and rate limits to the log. A failed login destroys the client and says why, in words.
 */
import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';

export class DiscordStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`discord: ${message}`, options);
    this.name = 'DiscordStartError';
  }
}

export function logClientEvents(client: Client, log: Logger): void {
  // Without an 'error' listener an emitted error would crash the process.
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ discord: message }, 'discord warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'discord gateway disconnected'));
  client.rest.on('rateLimited', (info) => log.info({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'discord rate limit; waiting'));
}

export async function connectDiscord(client: Client, token: string, log: Logger, timeoutMs = 60_000): Promise<void> {
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(timeoutMs) });
  ready.catch(() => {}); // awaited below only when login succeeds
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DiscordStartError(error instanceof Error && error.name === 'AbortError' ? `not ready after ${timeoutMs} ms` : `login failed: ${reason}`, { cause: error });
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to discord');
}
