/** Hand-built stories, matches and alerts for the store and delivery tests, and a temp-dir database. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AlertPayload, MatchResult, Story } from '../../src/model';
import { MIGRATIONS } from '../../src/store/migrations';
import { openDatabase, type Db } from '../../src/store/open-database';
import { FeedsRepo, type FeedRow } from '../../src/store/feeds-repo';
import type { StoredStory } from '../../src/store/stories-repo';
import { toPayload } from '../../src/route/select-alerts';

export const FEED_URL = 'https://example.com/feed';
export const OTHER_FEED_URL = 'https://otro.example/feed';

export interface TempDb {
  dir: string;
  db: Db;
  feedId: number;
  cleanup(): void;
}

/**
 * The database file's size and the size of every page the database has: equal once a checkpoint has
 * copied the write-ahead log into the file, smaller while pages live only in the log.
 */
export function fileAndPageBytes(db: Db): { file: number; pages: number } {
  const pages = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  return { file: fs.statSync(db.name).size, pages };
}

/** A second feed ("Otro"): another outlet, whose stories of the same news gather under the first feed's alerts. */
export function addOtherFeed(t: TempDb): number {
  const feeds = new FeedsRepo(t.db);
  if (!feeds.byUrl(OTHER_FEED_URL)) feeds.addUserFeed({ url: OTHER_FEED_URL, name: 'Otro' }, 0);
  return feeds.byUrl(OTHER_FEED_URL)!.id;
}

/** A real SQLite file in a fresh temp directory, migrated and empty. */
export function openEmptyTempDb(): Omit<TempDb, 'feedId'> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-'));
  const db = openDatabase(path.join(dir, 'vigia.db'));
  return {
    dir,
    db,
    cleanup() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A real SQLite file in a fresh temp directory, with one feed row that stories can belong to. */
export function openTempDb(): TempDb {
  const empty = openEmptyTempDb();
  const feeds = new FeedsRepo(empty.db);
  feeds.syncFromConfig([{ url: FEED_URL, name: 'Example', enabled: true }], 0);
  return { ...empty, feedId: feeds.byUrl(FEED_URL)!.id };
}

/** A feed's row, or a test failure naming the feed. */
export function feedRow(feeds: FeedsRepo, url: string): FeedRow {
  const row = feeds.byUrl(url);
  if (!row) throw new Error(`no feed ${url}`);
  return row;
}

export function makeStory(id: string, overrides: Partial<Story> = {}): Story {
  return {
    id,
    feedUrl: FEED_URL,
    feedName: 'Example',
    guid: id,
    url: `https://example.com/news/${id}`,
    title: `Story ${id}`,
    text: `Text of story ${id}.`,
    publishedAt: 1_700_000_000_000,
    author: null,
    declaredLanguage: 'es',
    ...overrides,
  };
}

export function makeMatch(overrides: Partial<MatchResult> = {}): MatchResult {
  return {
    lang: 'es',
    entities: [{ id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 }],
    claims: [
      {
        id: 'cartel-de-los-soles',
        stance: 'asserts',
        evidence: 'Maduro lidera el Cartel de los Soles, dice la fiscalía.',
        asserting: [{ sentence: 'Maduro lidera el Cartel de los Soles, dice la fiscalía.', source: 'la fiscalía' }],
        disputing: [],
      },
    ],
    summary: 'Resumen breve.',
    ...overrides,
  };
}

export function makePayload(story: Story, match: MatchResult): AlertPayload {
  return toPayload({ story, match, duplicateOf: null });
}

/** A story that matched and alerts. */
export function alerting(id: string, storyOverrides: Partial<Story> = {}): StoredStory {
  const story = makeStory(id, storyOverrides);
  const match = makeMatch();
  return { story, match, duplicateOf: null, alert: makePayload(story, match) };
}

/** A database left at `version` with one feed (id 1), given to `test`, then removed. */
export function withDatabaseAt(version: number, test: (db: Db) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-'));
  const db = new Database(path.join(dir, 'old.db'));
  try {
    for (const sql of MIGRATIONS.slice(0, version)) db.exec(sql);
    db.pragma(`user_version = ${version}`);
    db.prepare("INSERT INTO feeds (url, name, created_at) VALUES ('https://x.example/feed', 'X', 0)").run();
    test(db);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
