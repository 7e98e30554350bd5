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

/** Rejects when the signal fires; never settles otherwise. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));
}

export async function connectDiscord(client: Client, token: string, log: Logger, timeoutMs = 60_000): Promise<void> {
  // One deadline for login and ready together: with the API up and the gateway unreachable, login
  // itself never settles, since discord.js keeps reconnecting.
  const deadline = AbortSignal.timeout(timeoutMs);
  const ready = once(client, Events.ClientReady, { signal: deadline });
  const login = client.login(token);
  // Awaited below only until the deadline; what they do after it must not become an unhandled rejection.
  ready.catch(() => {});
  login.catch(() => {});
  try {
    await Promise.race([login, whenAborted(deadline)]);
    await ready;
  } catch (error) {
    await client.destroy();
    const timedOut = deadline.aborted && error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
    const reason = error instanceof Error ? error.message : String(error);
    throw new DiscordStartError(timedOut ? `not ready after ${timeoutMs} ms` : `login failed: ${reason}`, { cause: error });
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to discord');
}
