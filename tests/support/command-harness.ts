/**
 * The slash commands end to end: the fake Discord, a real discord.js client logged in to it with the
 * interaction router attached, and the app over a temp config (the shipped figures and claims), a
 * real SQLite file seeded with stories, and a feed server for /feeds test. The clock is fixed.
 */
import { Events, type Client } from 'discord.js';
import { COMMANDS } from '../../commands';
import { createApp, type App } from '../../src/app/create-app';
import { createCommandContext, type CommandContext } from '../../src/discord/command-context';
import type { SlashCommand } from '../../src/discord/command-types';
import { createInteractionRouter } from '../../src/discord/interaction-router';
import { tempConfig, type TempConfig } from './config-dir';
import { connectClient } from './discord-client';
import { PERMISSIONS, startFakeDiscord, type FakeDiscord, type InteractionResponse } from './fake-discord';
import { startFeedServer, type FeedServer } from './feed-server';
import type { TempDb } from './store-fixtures';
import { HOUR, NOW, storeStories, type StoryInput } from './story-rows';

export interface CommandHarness {
  fake: FakeDiscord;
  client: Client;
  app: App;
  ctx: CommandContext;
  server: FeedServer;
  config: TempConfig;
  logs: string[];
  seed(stories: readonly StoryInput[]): void;
  /** Sends a slash command; `options` as the API sends them. Resolves with the first response. */
  command(name: string, options?: unknown[], permissions?: string): Promise<InteractionResponse>;
  autocomplete(name: string, options: unknown[]): Promise<Array<{ name: string; value: string }>>;
  close(): Promise<void>;
}

export const STARTED_AT = NOW - 3 * HOUR;

/** Option payloads as Discord sends them. */
export const opt = {
  str: (name: string, value: unknown, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) }),
  int: (name: string, value: unknown) => ({ name, type: 4, value }),
  sub: (name: string, options: unknown[] = []) => ({ name, type: 1, options }),
};

/** The feed server runs on 127.0.0.1, which /feeds test refuses unless settings allow it. */
export const ALLOW_LOOPBACK = 'poll:\n  allowPrivateHosts: ["127.0.0.1"]\nlog:\n  level: warn\n';

export async function startCommandHarness(extraCommands: readonly SlashCommand[] = [], settingsYaml = ALLOW_LOOPBACK): Promise<CommandHarness> {
  const fake = await startFakeDiscord();
  const server = await startFeedServer();
  const config = tempConfig([`${server.base}/feed.xml`], settingsYaml);
  const logs: string[] = [];
  const app = createApp({ configDir: config.dir, dbFile: config.dbFile, env: { DISCORD_TOKEN: fake.token }, now: () => NOW, logDestination: { write: (line: string) => void logs.push(line) } });
  const ctx = createCommandContext(app, { startedAt: STARTED_AT });
  const router = createInteractionRouter({ commands: [...COMMANDS, ...extraCommands], context: ctx, log: app.log });
  let client: Client;
  try {
    client = await connectClient(fake);
  } catch (error) {
    await app.close();
    await fake.close();
    throw error;
  }
  client.on(Events.InteractionCreate, router);
  const feedId = app.feeds.all()[0]!.id;
  return {
    fake,
    client,
    app,
    ctx,
    server,
    config,
    logs,
    seed: (stories) => storeStories({ db: app.db, feedId } as TempDb, stories),
    command: (name, options = [], permissions = PERMISSIONS.member) => fake.sendInteraction({ data: { name, options } }, permissions),
    async autocomplete(name, options) {
      const response = await fake.sendInteraction({ type: 4, data: { name, options } });
      if (response.type !== 8) throw new Error(`autocomplete answered with callback type ${response.type}`);
      return (response.body.choices ?? []) as Array<{ name: string; value: string }>;
    },
    async close() {
      // The client's heartbeat timer would keep the process alive.
      await client.destroy();
      await fake.close();
      await server.close();
      await app.close();
      config.cleanup();
    },
  };
}
