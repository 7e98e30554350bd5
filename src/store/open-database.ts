/**
 * Opens the SQLite file (creating its directory), applies pending migrations, and fails loudly at
 * start when the file is locked, corrupt or not a database, instead of failing on every tick later.
 */
import { mkdirSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`store: ${message}`, options);
    this.name = 'StoreError';
  }
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new StoreError(`database schema version ${current} is newer than this vigia (${MIGRATIONS.length}); upgrade vigia`);
  }
  MIGRATIONS.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}

/** Pages of write-ahead log (4 KB each) after which SQLite checkpoints by itself, mid-tick. */
export const WAL_AUTOCHECKPOINT_PAGES = 16_384;

/** Below this much free space SQLite cannot be trusted to grow its WAL and shared-memory files. */
export const MIN_FREE_BYTES = 4 * 1024 * 1024;

function checkFreeSpace(file: string): void {
  const { bavail, bsize } = statfsSync(dirname(file));
  const free = bavail * bsize;
  if (free < MIN_FREE_BYTES) {
    throw new StoreError(`the disk holding ${file} is full (${(free / 1024).toFixed(0)} KB free, need at least ${MIN_FREE_BYTES / 1024 / 1024} MB); free some space and restart`);
  }
}

export function openDatabase(file: string): Db {
  let db: Db | undefined;
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
      checkFreeSpace(file);
    }
    db = new Database(file, { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // The poll tick checkpoints when it is done (StoriesRepo.checkpoint); SQLite's own trigger only
    // bounds the log inside a very large tick (64 MB instead of its 4 MB), and the file is cut back
    // to that size afterwards.
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_AUTOCHECKPOINT_PAGES * 4096}`);
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError(`${file} failed its integrity check: ${String(check)}`);
    // The check reads every page into the cache; an idle bot need not keep them resident.
    db.pragma('shrink_memory');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open database ${file}: ${(error as Error).message}`, { cause: error });
  }
}
