/**
 * `vigia run` as a real child process: it polls at start and on every tick, prints an alert when the
 * feed gains a matching item, and exits cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { rssDocument, STORIES, type FixtureItem } from '../support/rss';

const ROOT = path.resolve(__dirname, '../..');

let server: FeedServer;
let config: TempConfig;
let items: FixtureItem[];
let requests = 0;

beforeEach(async () => {
  server = await startFeedServer();
  items = [STORIES.plantains];
  requests = 0;
  server.route('/feed.xml', (_req, res) => {
    requests++;
    res.writeHead(200).end(rssDocument(items));
  });
  // Every second, and a feed interval short enough to be due again on the next tick.
  config = tempConfig([`${server.base}/feed.xml`], "poll:\n  schedule: '* * * * * *'\n  interval: 30\nlog:\n  level: info\n");
});

afterEach(async () => {
  await server.close();
  config.cleanup();
});

describe('vigia run', () => {
  it('polls at start, alerts on a later tick, and shuts down on SIGTERM', async () => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'run', '--config', config.dir, '--db', config.dbFile], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await vi.waitFor(() => expect(stderr).toContain('"msg":"polled"'), { timeout: 20_000, interval: 100 });
      expect(stdout).toBe('');
      // The feed gains a matching item; make it due now so the next tick picks it up.
      items = [STORIES.denial, STORIES.plantains];
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(config.dbFile);
      db.prepare('UPDATE feeds SET next_check_at = 0').run();
      db.close();
      await vi.waitFor(() => expect(stdout).toContain(`■ ${STORIES.denial.title}`), { timeout: 20_000, interval: 100 });
      expect(stdout.match(/■ /g)).toHaveLength(1);
      expect(requests).toBeGreaterThanOrEqual(2);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('"msg":"shutting down"');
  }, 60_000);
});
