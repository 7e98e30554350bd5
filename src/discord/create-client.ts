/**
 * The discord.js client vigia runs: the Guilds intent only (no privileged intents), no mentions by
 * default, the REST base from DISCORD_API_BASE when set (a REST proxy, or the tests' fake), and no
 * long wait on a rate limit.
 * The token is not read here: only login() gets it, and it never reaches a log line.
 */
import { Client, GatewayIntentBits, type RateLimitData } from 'discord.js';

/**
 * A rate limit longer than this fails the request instead of being waited out: delivery and polling
 * share a tick, and an hour-long 429 would stop every feed's polling for the hour. The failure is a
 * transient one (delivery-failure.ts), so the alert waits in the queue and goes at a later tick.
 */
const LONGEST_RATE_LIMIT_WAIT_MS = 10_000;

const tooLongToWait = (limit: RateLimitData): boolean => Math.max(limit.timeToReset, limit.retryAfter ?? 0) > LONGEST_RATE_LIMIT_WAIT_MS;

export function createDiscordClient(env: NodeJS.ProcessEnv): Client {
  const apiBase = env.DISCORD_API_BASE?.trim();
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { rejectOnRateLimit: tooLongToWait, ...(apiBase ? { api: apiBase.replace(/\/+$/, '') } : {}) },
  });
}
