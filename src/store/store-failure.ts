/**
 * SQLite failures after which the store cannot be trusted to keep anything: the disk is full, the
 * file went read-only, unreadable or corrupt. A poll that meets one must not record it as a feed
 * error and carry on (that write would fail too, every tick, silently); the bot stops with one line.
 */
import { StoreError } from './open-database';

const UNUSABLE_CODES: ReadonlyArray<[prefix: string, words: string]> = [
  ['SQLITE_FULL', 'the database or its disk is full'],
  ['SQLITE_CORRUPT', 'the database file is corrupt'],
  ['SQLITE_NOTADB', 'the database file is not a database'],
  ['SQLITE_READONLY', 'the database file cannot be written'],
  ['SQLITE_CANTOPEN', 'the database file cannot be opened'],
  ['SQLITE_IOERR', 'the disk failed to read or write the database'],
];

export class StoreUnusableError extends StoreError {
  constructor(words: string, code: string, options?: { cause?: unknown }) {
    super(`${words} (${code}); free disk space or restore a backup (README, "The database and backups"), then restart`, options);
    this.name = 'StoreUnusableError';
  }
}

/** The error as a StoreUnusableError when it is one of those failures, else null. */
export function unusableStore(error: unknown): StoreUnusableError | null {
  if (error instanceof StoreUnusableError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const known = UNUSABLE_CODES.find(([prefix]) => code.startsWith(prefix));
  return known ? new StoreUnusableError(known[1], code, { cause: error }) : null;
}
