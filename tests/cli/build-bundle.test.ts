/**
 * The bundle `npm start` runs: built into a temporary directory, then run with plain node (no tsx)
 * against a feed served on 127.0.0.1, so the program, its parse worker and its packages are all
 * found the way production finds them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, BUNDLE_ENTRY } from '../../src/cli/build-bundle';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { rssDocument, STORIES } from '../support/rss';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
// Inside node_modules, so the bundle's packages resolve upwards exactly as from dist/.
const CACHE = path.join(ROOT, 'node_modules/.cache');

let outDir: string;
let server: FeedServer;
let config: TempConfig;

beforeAll(async () => {
  mkdirSync(CACHE, { recursive: true });
  outDir = mkdtempSync(path.join(CACHE, 'vigia-bundle-test-'));
  server = await startFeedServer();
  server.route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument([STORIES.indictment, STORIES.plantains])));
  config = tempConfig([`${server.base}/feed.xml`]);
});

afterAll(async () => {
  await server?.close();
  config?.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

describe('buildBundle', () => {
  it('writes the program and the parse worker side by side', async () => {
    const entry = await buildBundle(outDir);
    expect(entry).toBe(path.join(outDir, BUNDLE_ENTRY));
    expect(existsSync(entry)).toBe(true);
    expect(existsSync(path.join(outDir, 'parse-worker.mjs'))).toBe(true);
  }, 60_000);

  it('runs under plain node: polls a feed through the parse worker and prints its alert', async () => {
    const entry = path.join(outDir, BUNDLE_ENTRY);
    const { stdout } = await run(process.execPath, [entry, 'poll', '--once', '--jsonl', '--config', config.dir, '--db', config.dbFile], {
      cwd: ROOT,
      env: { ...process.env, VIGIA_POLL_BACKFILL: '5', VIGIA_LOG_LEVEL: 'warn' },
    });
    const alerts = stdout.trim().split('\n').map((line) => JSON.parse(line) as { url: string; entities: Array<{ id: string }> });
    expect(alerts.map((alert) => alert.url)).toEqual(['https://news.example/indictment-1']);
    expect(alerts[0]!.entities.map((entity) => entity.id)).toContain('nicolas-maduro');
  }, 60_000);

  it('is what npm start runs, built by its prestart step', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toMatch(new RegExp(`^node (--\\S+ )*dist/${BUNDLE_ENTRY.replace('.', '\\.')} run$`));
    expect(scripts.prestart).toBe('npm run --silent build');
    expect(scripts.build).toBe('tsx src/cli/build-bundle.ts');
  });
});
