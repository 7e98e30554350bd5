/**
 * A feed health notice survives a crash in the middle of a tick: `vigia run`, a real child process,
 * is killed with SIGKILL after one feed's failure has disabled it and while another feed's request is
 * still open. The notice was stored with the change, so the restarted bot prints it; worked out at
 * the end of the tick instead, it would be lost, and the feed disabled without a word.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { rssDocument, STORIES } from '../support/rss';

const ROOT = path.resolve(__dirname, '../..');

let server: FeedServer;
let config: TempConfig;
/** Requests to the slow feed, held open while `holding`. */
let held: ServerResponse[];
let holding: boolean;

beforeEach(async () => {
  server = await startFeedServer();
  held = [];
  holding = true;
  server.route('/broken', (_req, res) => res.writeHead(503).end());
  server.route('/slow', (_req, res) => (holding ? void held.push(res) : res.writeHead(200).end(rssDocument([STORIES.plantains]))));
  // The start tick only; one failure disables a feed; the slow feed's request outlives the kill.
  const settings = "poll:\n  schedule: '0 0 1 1 *'\n  maxErrors: 1\n  timeout: 60\nlog:\n  level: warn\n";
  config = tempConfig([`${server.base}/broken`, `${server.base}/slow`], settings);
});

afterEach(async () => {
  await server.close();
  config.cleanup();
});

function startBot(): { child: ChildProcess; stdout: () => string } {
  // One process (no tsx wrapper process), so SIGKILL really kills the bot.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', config.dir, '--db', config.dbFile], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { child, stdout: () => out };
}

const exit = (child: ChildProcess): Promise<void> => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Rows of the bot's database, read from a second connection (WAL allows it); [] before it exists. */
function rows(sql: string, ...params: unknown[]): unknown[] {
  let db: Database.Database;
  try {
    db = new Database(config.dbFile, { readonly: true, fileMustExist: true });
  } catch {
    return [];
  }
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

describe('SIGKILL in the middle of a tick', () => {
  it('keeps the notice of a feed the tick disabled before it died, and the restarted bot prints it', async () => {
    const broken = `${server.base}/broken`;
    const first = startBot();
    try {
      await vi.waitFor(
        () => {
          expect(rows('SELECT enabled FROM feeds WHERE url = ?', broken)).toEqual([{ enabled: 0 }]);
          expect(held).toHaveLength(1);
        },
        { timeout: 30_000, interval: 50 },
      );
    } finally {
      first.child.kill('SIGKILL');
      await exit(first.child);
    }
    expect(rows('SELECT kind, feed_url AS url, failures, delivered_at AS delivered FROM health_notices')).toEqual([{ kind: 'disabled', url: broken, failures: 1, delivered: null }]);

    holding = false;
    for (const res of held) res.destroy();
    const second = startBot();
    try {
      await vi.waitFor(() => expect(rows('SELECT id FROM health_notices WHERE delivered_at IS NULL')).toEqual([]), { timeout: 30_000, interval: 100 });
    } finally {
      second.child.kill('SIGTERM');
      await exit(second.child);
    }
    expect(second.stdout()).toContain('Feed disabled: Fixture 1');
    expect(second.stdout().match(/Feed (failing|disabled|recovered)/g)).toHaveLength(1);
  }, 90_000);
});
