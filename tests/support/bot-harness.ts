/**
 * The bot in-process against real parts: the fake Discord, a feed server on 127.0.0.1 whose items
 * and status the test changes, a temp config naming the fake's channels, and a real SQLite file.
 */
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { startBot, type Bot } from '../../src/app/start-bot';
import { tempConfig, type TempConfig } from './config-dir';
import { startFakeDiscord, type FakeDiscord } from './fake-discord';
import { startFeedServer, type FeedServer } from './feed-server';
import { rssDocument, type FixtureItem } from './rss';

export interface BotHarness {
  fake: FakeDiscord;
  server: FeedServer;
  config: TempConfig;
  /** What the feed serves; change it between ticks. */
  items: FixtureItem[];
  /** The feed's HTTP status; anything but 200 serves an error page. */
  feedStatus: number;
  feedRequests: number;
  logs: string[];
  stdout(): string;
  /** Starts the bot with DISCORD_TOKEN and DISCORD_API_BASE pointing at the fake, plus `env`; `now` is its clock. */
  start(env?: NodeJS.ProcessEnv, now?: () => number): Promise<Bot>;
  /** Runs a statement on the bot's database from a second connection (WAL allows it). */
  sql(statement: string, ...params: unknown[]): unknown[];
  cleanup(): Promise<void>;
}

/** Only the start tick runs unless a test asks for more: the yearly schedule never fires in a test. */
export const START_TICK_ONLY = "'0 0 1 1 *'";
export const EVERY_SECOND = "'* * * * * *'";

export function discordSettings(fake: FakeDiscord, options: { schedule?: string; routes?: string; extra?: string } = {}): string {
  return [
    'poll:',
    `  schedule: ${options.schedule ?? START_TICK_ONLY}`,
    '  backfill: 10',
    '  interval: 30',
    'log:',
    '  level: info',
    'discord:',
    `  alertChannel: "${fake.channels.alerts}"`,
    `  healthChannel: "${fake.channels.health}"`,
    `  routes: ${options.routes ?? '[]'}`,
    options.extra ?? '',
  ].join('\n');
}

export async function startBotHarness(settings: (fake: FakeDiscord) => string = (fake) => discordSettings(fake)): Promise<BotHarness> {
  const fake = await startFakeDiscord();
  const server = await startFeedServer();
  const config = tempConfig([`${server.base}/feed.xml`], settings(fake));
  const out = new PassThrough();
  let printed = '';
  out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const bots: Bot[] = [];
  const harness: BotHarness = {
    fake,
    server,
    config,
    items: [],
    feedStatus: 200,
    feedRequests: 0,
    logs: [],
    stdout: () => printed,
    async start(env = {}, now) {
      const bot = await startBot({
        now,
        configDir: config.dir,
        dbFile: config.dbFile,
        env: { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, ...env },
        stdout: out,
        logDestination: { write: (line: string) => void harness.logs.push(line) },
      });
      bots.push(bot);
      return bot;
    },
    sql(statement, ...params) {
      const db = new Database(config.dbFile);
      try {
        const prepared = db.prepare(statement);
        return prepared.reader ? prepared.all(...params) : [prepared.run(...params)];
      } finally {
        db.close();
      }
    },
    async cleanup() {
      for (const bot of bots) await bot.stop();
      await fake.close();
      await server.close();
      config.cleanup();
    },
  };
  server.route('/feed.xml', (_req, res) => {
    harness.feedRequests++;
    if (harness.feedStatus !== 200) res.writeHead(harness.feedStatus).end('feed down');
    else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(harness.items));
  });
  return harness;
}
