/**
 * Real parts wired together for pipeline tests: a temp SQLite file, the real fetcher, a real
 * parse worker pool, which matches with the test rules. Only the clock is ours to set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { settingsSchema, type FeedConfig, type Settings } from '../../src/config/schema';
import { fetchFeed } from '../../src/fetch/fetch-feed';
import { createParserPool, type ParserPool } from '../../src/parse/worker-pool';
import type { PollDeps } from '../../src/pipeline/poll-feed';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { ClustersRepo } from '../../src/store/clusters-repo';
import { FeedsRepo } from '../../src/store/feeds-repo';
import { openDatabase, type Db } from '../../src/store/open-database';
import { StoriesRepo } from '../../src/store/stories-repo';
import { miniRules } from './mini-config';

export interface Harness {
  db: Db;
  feeds: FeedsRepo;
  stories: StoriesRepo;
  alerts: AlertsRepo;
  settings: Settings;
  clock: { now: number };
  deps: PollDeps;
  close(): Promise<void>;
}

export function createHarness(feedConfigs: FeedConfig[], settingsOverride: Record<string, unknown> = {}): Harness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-pipeline-'));
  const db = openDatabase(path.join(dir, 'vigia.db'));
  const settings = settingsSchema.parse({ ...settingsOverride, poll: { timeout: 2, ...(settingsOverride.poll as object) } });
  const feeds = new FeedsRepo(db);
  const stories = new StoriesRepo(db);
  const alerts = new AlertsRepo(db);
  const clock = { now: Date.parse('2025-11-17T15:00:00Z') };
  feeds.syncFromConfig(feedConfigs, clock.now);
  const parser: ParserPool = createParserPool({ workers: 1, timeoutMs: settings.parse.timeout, maxMemoryMb: settings.parse.maxMemory });
  const deps: PollDeps = {
    feeds,
    stories,
    clusters: new ClustersRepo(db),
    fetchFeed,
    analyze: (xml, label, request) => parser.analyze(xml, label, request, miniRules),
    settings,
    now: () => clock.now,
    log: pino({ level: 'silent' }),
  };
  return {
    db,
    feeds,
    stories,
    alerts,
    settings,
    clock,
    deps,
    async close() {
      await parser.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
