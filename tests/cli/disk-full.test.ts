/**
 * A full disk, on a real tmpfs: at start the bot refuses with one clear line and exit 1; while it
 * runs, the first write that fails stops it with one line and exit 1 instead of failing every tick.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli-io';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { rssDocument, STORIES, type FixtureItem } from '../support/rss';
import { mountSmallDisk, type SmallDisk } from '../support/small-disk';

const ROOT = path.resolve(__dirname, '../..');
const probe = mountSmallDisk(1);
probe?.unmount();

let server: FeedServer;
let config: TempConfig;
let disk: SmallDisk | null = null;
let items: FixtureItem[];

beforeEach(async () => {
  server = await startFeedServer();
  items = [STORIES.denial];
  server.route('/feed.xml', (_req, res) => res.writeHead(200).end(rssDocument(items)));
  config = tempConfig([`${server.base}/feed.xml`], "poll:\n  schedule: '* * * * * *'\n  interval: 30\nlog:\n  level: info\n");
});

afterEach(async () => {
  await server.close();
  config.cleanup();
  disk?.unmount();
  disk = null;
});

// Mounting a tmpfs needs privileges this machine may not grant; then there is no real full disk to test.
describe.skipIf(probe === null)('a full disk (tmpfs; skipped where mounting is not permitted)', () => {
  it('refuses to start on a disk with no room, naming the file, and exits 1', async () => {
    disk = mountSmallDisk(2)!;
    disk.fill();
    const dbFile = path.join(disk.dir, 'vigia.db');
    const { code, stderr } = await runCli(['poll', '--once', '--config', config.dir, '--db', dbFile]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^store: the disk holding ${dbFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is full \\(\\d+ KB free, need at least 4 MB\\); free some space and restart\\n$`));
  });

  it('stops a running bot at the first write that fails, with one line and exit 1', async () => {
    disk = mountSmallDisk(12)!;
    const dbFile = path.join(disk.dir, 'vigia.db');
    // The feed answers only once the disk is full, so the bot has opened its database (with room)
    // and its first write comes after.
    let requested!: () => void;
    const request = new Promise<void>((resolve) => (requested = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    server.route('/feed.xml', (_req, res) => {
      requested();
      void released.then(() => res.writeHead(200).end(rssDocument(items)));
    });
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'run', '--config', config.dir, '--db', dbFile], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await request;
      disk.fill();
      items = Array.from({ length: 40 }, (_, index) => ({ ...STORIES.denial, guid: `big-${index}`, text: `${STORIES.denial.text} `.repeat(100) }));
      release();
      expect(await exited).toBe(1);
    } finally {
      child.kill('SIGKILL');
    }
    const lines = stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(`vigia: ${dbFile}: store: the database or its disk is full (SQLITE_FULL); free disk space or restore a backup (README, "The database and backups"), then restart`);
    // It stopped at once: one failed tick, not one per second.
    expect(lines.filter((line) => line.includes('"msg":"tick failed"'))).toHaveLength(1);
  }, 60_000);
});
