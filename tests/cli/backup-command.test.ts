import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedsRepo } from '../../src/store/feeds-repo';
import { openDatabase } from '../../src/store/open-database';
import { runCli } from '../support/cli-io';

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-backup-'));
  dbFile = path.join(dir, 'vigia.db');
  const db = openDatabase(dbFile);
  new FeedsRepo(db).syncFromConfig([{ url: 'https://news.example/feed', name: 'Example', enabled: true }], 1);
  db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES ('s1', 1, 'Título', 'Texto', 1, 'es', '')").run();
  db.close();
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('vigia backup', () => {
  it('copies the database, checks the copy, and says what it holds', async () => {
    const target = path.join(dir, 'backups', 'copy.db');
    const live = new Database(dbFile); // another connection open, as when the bot runs
    try {
      const { code, stdout } = await runCli(['backup', '--db', dbFile, '--to', target]);
      expect(code).toBe(0);
      expect(stdout).toBe(`backed up ${dbFile} to ${target}: 1 stories, 0 alerts\n`);
    } finally {
      live.close();
    }
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT title FROM stories').pluck().get()).toBe('Título');
    copy.close();
  });

  it('refuses to overwrite a file, to back up a missing database, or to run without --to', async () => {
    const existing = path.join(dir, 'exists.db');
    fs.writeFileSync(existing, 'keep me');
    expect(await runCli(['backup', '--db', dbFile, '--to', existing])).toMatchObject({ code: 1, stderr: `store: backup: ${existing} already exists; choose a new file\n` });
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    expect((await runCli(['backup', '--db', path.join(dir, 'none.db'), '--to', path.join(dir, 'x.db')])).stderr).toContain('no database at');
    expect(await runCli(['backup', '--db', dbFile])).toMatchObject({ code: 2 });
  });
});
