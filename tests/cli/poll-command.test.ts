/**
 * End to end through the real command line: a child process polls a feed served on 127.0.0.1 and
 * prints alerts; state lives in a real SQLite file between runs.
 */
import { execFile } from 'node:child_process';
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

  it('refuses a bad environment variable with its name, not a stack trace', async () => {
    const failure = await vigia(['poll', '--once'], { VIGIA_POLL_CONCURRENCY: 'lots' }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('environment VIGIA_POLL_CONCURRENCY: poll.concurrency:');
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
