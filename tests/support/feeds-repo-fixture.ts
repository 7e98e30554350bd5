/**
 * What both FeedsRepo test files stand on: three feed URLs on different hosts, a feeds.yaml entry
 * for each, and a fresh empty database with a repo over it for every test.
 */
import { afterEach, beforeEach } from 'vitest';
import type { FeedConfig } from '../../src/config/schema';
import { FeedsRepo, type FeedRow } from '../../src/store/feeds-repo';
import type { Db } from '../../src/store/open-database';
import { feedRow, openEmptyTempDb } from './store-fixtures';

export const FEED_A = 'https://a.example.com/feed';
export const FEED_B = 'https://b.example.org/rss.xml';
export const FEED_C = 'https://c.example.net/atom';

export const feedConfig = (url: string, extra: Partial<FeedConfig> = {}): FeedConfig => ({ url, enabled: true, ...extra });

export interface FeedsRepoFixture {
  readonly db: Db;
  readonly repo: FeedsRepo;
  /** A feed's row, or a test failure naming the feed. */
  get(url: string): FeedRow;
}

/** Registers the hooks; the fixture's `db` and `repo` are the current test's. */
export function useFeedsRepo(): FeedsRepoFixture {
  let temp: ReturnType<typeof openEmptyTempDb> | null = null;
  let repo: FeedsRepo | null = null;
  beforeEach(() => {
    temp = openEmptyTempDb();
    repo = new FeedsRepo(temp.db);
  });
  afterEach(() => temp?.cleanup());
  return {
    get db() {
      return temp!.db;
    },
    get repo() {
      return repo!;
    },
    get: (url) => feedRow(repo!, url),
  };
}
