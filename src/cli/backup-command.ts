/**
 * backup --to FILE: a consistent copy of the database through SQLite's online backup API, safe while
 * the bot runs (WAL readers do not block it). The copy is checked before the command says it worked.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, StoreError } from '../store/open-database';
import { UsageError, type CliArgs } from './args';
import type { CliIo } from './io';

export async function backupCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (!args.to) throw new UsageError('backup needs --to FILE');
  const target = resolve(args.to);
  if (target === resolve(args.dbFile)) throw new UsageError('backup --to must name a file other than the database');
  if (existsSync(target)) throw new StoreError(`backup: ${target} already exists; choose a new file`);
  if (!existsSync(args.dbFile)) throw new StoreError(`backup: no database at ${args.dbFile}`);
  const db = openDatabase(args.dbFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError(`backup: the copy at ${target} failed its integrity check: ${String(check)}`);
    const stories = copy.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number;
    const alerts = copy.prepare('SELECT COUNT(*) FROM alerts').pluck().get() as number;
    io.stdout.write(`backed up ${args.dbFile} to ${target}: ${stories} stories, ${alerts} alerts\n`);
  } finally {
    copy.close();
  }
  return 0;
}
