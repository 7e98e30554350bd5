/**
 * Never lose, never repeat: the bot runs as a real child process against a feed server and the fake
 * Discord, and is killed with SIGKILL at pseudo-random moments of its poll-and-deliver cycle, 24
 * times, restarting each time. At the end every alert is in the channel exactly once: none lost
 * (the alert was stored with its story) and none repeated (the nonce makes a resend after a crash
 * return the message Discord already had).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordSettings, EVERY_SECOND } from '../support/bot-harness';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { rssDocument, type FixtureItem } from '../support/rss';

const ROOT = path.resolve(__dirname, '../..');
const TRIALS = 24;
const FIGURES = ['Nicolás Maduro', 'Diosdado Cabello', 'Vladimir Padrino López', 'Delcy Rodríguez', 'Jorge Rodríguez', 'Cilia Flores', 'Hugo Carvajal', 'Clíver Alcalá', 'Tren de Aragua'];

/** Different news for each figure, so clustering keeps them as separate alerts. */
const TOPICS = [
  'Visita una base naval en Falcón',
  'Inaugura un hospital en Barquisimeto',
  'Preside un desfile militar en Fuerte Tiuna',
  'Firma un acuerdo petrolero con una empresa india',
  'Convoca una sesión de la Asamblea Nacional',
  'Asiste a un acto cultural en Maracay',
  'Declara ante un tribunal de Nueva York',
  'Escribe una segunda carta desde prisión',
  'Aparece en una lista de sanciones del Tesoro',
];

let fake: FakeDiscord;
let server: FeedServer;
let config: TempConfig;
let items: FixtureItem[] = [];

/** Deterministic pseudo-random delays, so a failure can be replayed. */
function delays(seed: number, count: number, maxMs: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 150 + (state % maxMs);
  });
}

function startBot(): ChildProcess {
  // One process (no tsx wrapper process), so SIGKILL really kills the bot.
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', config.dir, '--db', config.dbFile], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, VIGIA_LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
}

/**
 * One count over the bot's database, or `whenAbsent` while it has no alerts table yet: on a loaded
 * machine every killed bot may have died while still starting, after creating the file but before its
 * migrations committed, and the last one has not made the table yet.
 */
function countAlerts(sql: string, whenAbsent: number): number {
  if (!fs.existsSync(config.dbFile)) return whenAbsent;
  const db = new Database(config.dbFile, { readonly: true, fileMustExist: true });
  try {
    const ready = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alerts'").get() !== undefined;
    return ready ? (db.prepare(sql).pluck().get() as number) : whenAbsent;
  } finally {
    db.close();
  }
}

/** Alerts not yet delivered; Infinity until the database is made. */
const waiting = (): number => countAlerts('SELECT COUNT(*) FROM alerts WHERE delivered_at IS NULL', Number.POSITIVE_INFINITY);

const alertCount = (): number => countAlerts('SELECT COUNT(*) FROM alerts', 0);

const exit = (child: ChildProcess): Promise<void> => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

beforeAll(async () => {
  fake = await startFakeDiscord();
  server = await startFeedServer();
  server.route('/feed.xml', (_req, res) => res.writeHead(200).end(rssDocument(items)));
  // Every matching story alerts (no silent first poll), and each alert is its own message.
  const settings = discordSettings(fake, { schedule: EVERY_SECOND }).replace('  backfill: 10\n', '  backfill: 100\n') + '\ndelivery:\n  rollupOver: 1000\n';
  config = tempConfig([`${server.base}/feed.xml`], settings);
});

afterAll(async () => {
  await fake.close();
  await server.close();
  config.cleanup();
});

describe('SIGKILL at random points of a poll-and-deliver cycle', () => {
  it(`delivers every alert exactly once across ${TRIALS} kills and restarts`, async () => {
    let released = 0;
    for (const [trial, delay] of delays(7, TRIALS, 1800).entries()) {
      // The feed keeps gaining stories, so kills land in fetching, matching, storing and delivering.
      while (released < Math.min(FIGURES.length, Math.floor((trial * FIGURES.length) / TRIALS) + 2)) {
        const name = FIGURES[released]!;
        items = [
          { guid: `story-${released}`, title: `${name}: ${TOPICS[released]!}`, text: `${name} ${TOPICS[released]!.toLowerCase()} según fuentes en Caracas, en la jornada ${released + 1}.`, pubDate: new Date(Date.now() - 60_000).toUTCString() },
          ...items,
        ];
        released++;
      }
      const child = startBot();
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exit(child);
    }
    const last = startBot();
    try {
      // Up to a minute: a loaded machine starts the bot slowly, and the loop ends as soon as all arrived.
      for (let i = 0; i < 600 && !(waiting() === 0 && fake.messagesIn(fake.channels.alerts).length >= released); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      last.kill('SIGTERM');
      await exit(last);
    }
    const titles = fake.messagesIn(fake.channels.alerts).map((message) => (message.body.embeds as Array<{ title: string }>)[0]!.title);
    const counts = new Map<string, number>();
    for (const title of titles) counts.set(title, (counts.get(title) ?? 0) + 1);
    const posts = fake.requests.filter((request) => request.method === 'POST' && request.path.includes(`/channels/${fake.channels.alerts}/messages`)).length;
    // The figures this test exists to report: trials, posts Discord received, messages it kept.
    console.info(`kill test: ${TRIALS} kills, ${alertCount()} alerts, ${posts} message posts, ${titles.length} messages in the channel`);
    expect(waiting()).toBe(0);
    // Every story alerted (each names a tracked figure), and each alert reached the channel once.
    expect(alertCount()).toBe(FIGURES.length);
    expect(counts.size).toBe(FIGURES.length);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  }, 180_000);
});
