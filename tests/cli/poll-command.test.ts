/**
 * End to end through the real command line: a child process polls a feed served on 127.0.0.1 and
 * prints alerts; state lives in a real SQLite file between runs.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { rssDocument, STORIES, type FixtureItem } from '../support/rss';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

let server: FeedServer;
let config: TempConfig;
let items: FixtureItem[];

async function vigia(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  return run(TSX, [path.join(ROOT, 'src/cli/main.ts'), ...args, '--config', config.dir, '--db', config.dbFile], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

/** Every alert in the database, oldest first: its story's title and whether it was marked delivered. */
function alertsInDb(): Array<{ title: string; delivered: number }> {
  const db = new Database(config.dbFile, { readonly: true });
  try {
    return db.prepare('SELECT s.title, a.delivered_at IS NOT NULL AS delivered FROM alerts a JOIN stories s ON s.id = a.story_id ORDER BY a.id').all() as Array<{ title: string; delivered: number }>;
  } finally {
    db.close();
  }
}

const titlesOf = (jsonl: string): string[] => jsonl.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).title as string);

/** The bot's own settings: alerts go to a Discord channel. */
const DISCORD_SETTINGS = "log:\n  level: warn\ndiscord:\n  alertChannel: '123456789012345678'\n";

beforeEach(async () => {
  server = await startFeedServer();
  items = [STORIES.plantains];
  server.route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(items)));
  config = tempConfig([`${server.base}/feed.xml`]);
});

afterEach(async () => {
  await server.close();
  config.cleanup();
});

describe('vigia poll --once', () => {
  it('prints exactly one alert for an item the feed gained, and none on the next run', async () => {
    expect((await vigia(['poll', '--once', '--jsonl'])).stdout).toBe('');
    items = [STORIES.indictment, STORIES.plantains];
    const second = await vigia(['poll', '--once', '--jsonl']);
    const lines = second.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const alert = JSON.parse(lines[0]!);
    expect(alert).toMatchObject({
      feed: 'Fixture 1',
      url: 'https://news.example/indictment-1',
      title: STORIES.indictment.title,
      published: '2025-11-17T10:00:00.000Z',
      language: 'en',
    });
    expect(alert.story).toMatch(/^g:[0-9a-f]{24}$/);
    expect(alert.entities.map((entity: { id: string }) => entity.id).sort()).toEqual(['cartel-de-los-soles', 'nicolas-maduro']);
    expect(alert.claims).toContainEqual(expect.objectContaining({ id: 'state-cartel', stance: 'asserts' }));
    expect(alert.summary.length).toBeGreaterThan(0);
    expect((await vigia(['poll', '--once', '--jsonl'])).stdout).toBe('');
  }, 60_000);

  it('prints readable alerts, honours VIGIA_POLL_BACKFILL, and logs JSON to stderr', async () => {
    items = [STORIES.denial, STORIES.plantains];
    const { stdout, stderr } = await vigia(['poll', '--once'], { VIGIA_POLL_BACKFILL: '5', VIGIA_LOG_LEVEL: 'info' });
    expect(stdout).toContain(`■ ${STORIES.denial.title}`);
    expect(stdout).toContain('Fixture 1 · 2025-11-17 12:00 UTC · es');
    expect(stdout).toContain('Claim state-cartel — disputes');
    expect(stdout).not.toContain('Plátanos');
    const logLine = JSON.parse(stderr.trim().split('\n').at(-1)!);
    expect(logLine).toMatchObject({ msg: 'poll finished', feeds: 1, alerts: 1 });
  }, 60_000);

  it('with Discord configured, prints only the alerts this poll made and leaves every alert waiting for the bot to post', async () => {
    const bot = { DISCORD_TOKEN: 'the-bots-token' };
    await vigia(['poll', '--once', '--jsonl'], bot);
    items = [STORIES.indictment, STORIES.plantains];
    expect(titlesOf((await vigia(['poll', '--once', '--jsonl'], bot)).stdout)).toEqual([STORIES.indictment.title]);
    items = [STORIES.denial, STORIES.indictment, STORIES.plantains];
    expect(titlesOf((await vigia(['poll', '--once', '--jsonl'], bot)).stdout)).toEqual([STORIES.denial.title]);
    expect(alertsInDb()).toEqual([
      { title: STORIES.indictment.title, delivered: 0 },
      { title: STORIES.denial.title, delivered: 0 },
    ]);
  }, 60_000);

  it('without Discord, marks what it printed delivered, but never prints or marks an alert already waiting', async () => {
    fs.writeFileSync(path.join(config.dir, 'settings.yaml'), DISCORD_SETTINGS);
    await vigia(['poll', '--once', '--jsonl']);
    items = [STORIES.indictment, STORIES.plantains];
    await vigia(['poll', '--once', '--jsonl']);
    expect(alertsInDb()).toEqual([{ title: STORIES.indictment.title, delivered: 0 }]);

    fs.writeFileSync(path.join(config.dir, 'settings.yaml'), 'log:\n  level: warn\n');
    items = [STORIES.denial, STORIES.indictment, STORIES.plantains];
    expect(titlesOf((await vigia(['poll', '--once', '--jsonl'])).stdout)).toEqual([STORIES.denial.title]);
    expect(alertsInDb()).toEqual([
      { title: STORIES.indictment.title, delivered: 0 },
      { title: STORIES.denial.title, delivered: 1 },
    ]);
  }, 60_000);

  it('queues the health notice of a feed its poll disabled, for the bot to deliver, without printing it', async () => {
    server.route('/feed.xml', (_req, res) => res.writeHead(503).end());
    const { stdout } = await vigia(['poll', '--once', '--jsonl'], { VIGIA_POLL_MAX_ERRORS: '1' });
    expect(stdout).toBe('');
    const db = new Database(config.dbFile, { readonly: true });
    try {
      expect(db.prepare('SELECT kind, failures, delivered_at FROM health_notices').all()).toEqual([{ kind: 'disabled', failures: 1, delivered_at: null }]);
    } finally {
      db.close();
    }
  }, 60_000);

  it('refuses a bad environment variable with its name, not a stack trace', async () => {
    const failure = await vigia(['poll', '--once'], { VIGIA_POLL_CONCURRENCY: 'lots' }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('environment VIGIA_POLL_CONCURRENCY: poll.concurrency:');
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
