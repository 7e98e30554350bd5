import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnusableError, unusableStore } from '../../src/store/store-failure';
import { openTempDb, type TempDb } from '../support/store-fixtures';

let t: TempDb;

beforeEach(() => {
  t = openTempDb();
});

afterEach(() => t.cleanup());

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('unusableStore', () => {
  it('turns a real SQLITE_FULL into a StoreUnusableError that says what to do', () => {
    // SQLite's page cap fails writes with the same code as a full disk.
    const pages = t.db.pragma('page_count', { simple: true }) as number;
    t.db.pragma(`max_page_count = ${pages}`);
    const error = thrownBy(() => t.db.exec(`CREATE TABLE filler (x); INSERT INTO filler VALUES (randomblob(1000000));`));
    const failure = unusableStore(error);
    expect(failure).toBeInstanceOf(StoreUnusableError);
    expect(failure!.message).toBe('store: the database or its disk is full (SQLITE_FULL); free disk space or restore a backup (README, "The database and backups"), then restart');
    expect(failure!.cause).toBe(error);
  });

  it('leaves ordinary errors alone: a constraint, a syntax error, a feed error', () => {
    expect(unusableStore(thrownBy(() => t.db.exec('SELEC 1')))).toBeNull();
    expect(unusableStore(thrownBy(() => t.db.prepare('INSERT INTO feeds (id, url, name, created_at) VALUES (1, ?, ?, 0)').run('dup', 'x')))).toBeNull();
    expect(unusableStore(new Error('fetch: timed out'))).toBeNull();
    expect(unusableStore(null)).toBeNull();
  });

  it('recognises a read-only database', () => {
    const readonly = new Database(path.join(t.dir, 'vigia.db'), { readonly: true });
    try {
      const failure = unusableStore(thrownBy(() => readonly.exec("INSERT INTO feeds (url, name, created_at) VALUES ('u', 'n', 0)")));
      expect(failure?.message).toMatch(/^store: the database file cannot be written \(SQLITE_READONLY\)/);
    } finally {
      readonly.close();
    }
  });
});
