/**
 * The discord.js client vigia runs: the Guilds intent only (no privileged intents), no mentions by
 * default, and the REST base from DISCORD_API_BASE when set (a REST proxy, or the tests' fake).
 * The token is not read here: only login() gets it, and it never reaches a log line.
 */
import { Client, GatewayIntentBits } from 'discord.js';

export function createDiscordClient(env: NodeJS.ProcessEnv): Client {
  const apiBase = env.DISCORD_API_BASE?.trim();
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(apiBase ? { rest: { api: apiBase.replace(/\/+$/, '') } } : {}),
  });
}
