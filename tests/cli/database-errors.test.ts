/** An unusable database stops the bot at start with one clear line and exit 1, not a silent loop. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database';
import { runCli } from '../support/cli-io';
import { tempConfig, type TempConfig } from '../support/config-dir';

let config: TempConfig;

beforeEach(() => {
  config = tempConfig(['https://news.example/feed.xml']);
});

afterEach(() => config.cleanup());

describe('an unusable database at start', () => {
  it('refuses a corrupt file with its name and exits 1', async () => {
    fs.mkdirSync(path.dirname(config.dbFile), { recursive: true });
    fs.writeFileSync(config.dbFile, Buffer.alloc(8192, 0x5a));
    const { code, stderr } = await runCli(['poll', '--once', '--config', config.dir, '--db', config.dbFile]);
    expect(code).toBe(1);
    expect(stderr).toBe(`store: cannot open database ${config.dbFile}: file is not a database\n`);
  });

  it('refuses a database another process holds locked, after the busy timeout, and exits 1', async () => {
    openDatabase(config.dbFile).close();
    const holder = new Database(config.dbFile);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const { code, stderr } = await runCli(['poll', '--once', '--config', config.dir, '--db', config.dbFile]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^store: cannot open database .*: database is locked\n$/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 30_000);

  it('refuses a database whose directory cannot be created', async () => {
    const blocker = path.join(config.dir, 'not-a-dir');
    fs.writeFileSync(blocker, 'a file where a directory should be');
    const { code, stderr } = await runCli(['poll', '--once', '--config', config.dir, '--db', path.join(blocker, 'vigia.db')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^store: cannot open database .*not-a-dir\/vigia\.db: /);
  });
});
