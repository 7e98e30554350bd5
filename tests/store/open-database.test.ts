import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations';
import { openDatabase, StoreError, type Db } from '../../src/store/open-database';

let dir: string;
const opened: Db[] = [];

function open(file: string): Db {
  const db = openDatabase(file);
  opened.push(db);
  return db;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-'));
});

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates missing directories for the file', () => {
    const file = path.join(dir, 'data', 'nested', 'vigia.db');
    open(file);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('turns on WAL journaling and foreign keys', () => {
    const db = open(path.join(dir, 'vigia.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('applies every migration and records the count in user_version', () => {
    const db = open(path.join(dir, 'vigia.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['alerts', 'feeds', 'stories', 'story_claims', 'story_entities']));
  });

  it('does not re-run migrations when reopened, and keeps the data', () => {
    const file = path.join(dir, 'vigia.db');
    const first = open(file);
    first.prepare("INSERT INTO feeds (url, name, created_at) VALUES ('https://example.com/feed', 'Example', 1)").run();
    first.close();

    const second = open(file);
    expect(second.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(second.prepare('SELECT name FROM feeds').pluck().all()).toEqual(['Example']);
  });

  it('refuses a file that is not a database, naming the file', () => {
    const file = path.join(dir, 'garbage.db');
    fs.writeFileSync(file, Buffer.from('this is not an SQLite database, just some bytes '.repeat(200)));
    let caught: unknown;
    try {
      open(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as Error).message).toContain(file);
  });

  it('refuses a schema newer than the code', () => {
    const file = path.join(dir, 'vigia.db');
    const future = new Database(file);
    future.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    future.close();

    expect(() => open(file)).toThrow(StoreError);
    expect(() => open(file)).toThrow(/newer than this vigia/);
  });
});
