import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations';
import { migrate } from '../../src/store/open-database';
import { toFtsQuery } from '../../src/store/fts-query';
import { MATCH_END, MATCH_START, SearchRepo } from '../../src/store/search-repo';
import { openTempDb, type TempDb } from '../support/store-fixtures';
import { HOUR, NOW, storeStories } from '../support/story-rows';

let t: TempDb;
let repo: SearchRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new SearchRepo(t.db);
  storeStories(t, [
    { id: 'old', ago: 30, title: 'Nicolás Maduro habla en Caracas', text: 'El presidente habló del narcotráfico.' },
    { id: 'new', ago: 2, title: 'Cabello y el Cartel de los Soles', text: 'Fiscales acusan a Diosdado Cabello de narcotráfico.' },
    { id: 'copy', ago: 1, title: 'Cabello y el Cartel de los Soles', text: 'Fiscales acusan a Diosdado Cabello de narcotráfico.', duplicateOf: 'new' },
    { id: 'other', ago: 5, title: 'Elections in Colombia', text: 'Nothing about Venezuela here.' },
  ]);
});

afterEach(() => t.cleanup());

const search = (query: string, limit = 10, offset = 0) => repo.search(toFtsQuery(query)!, { limit, offset });

describe('SearchRepo', () => {
  it('finds stories without accents in the query, newest first, each article once', () => {
    const page = search('narcotrafico');
    expect(page.total).toBe(2);
    expect(page.hits.map((hit) => hit.id)).toEqual(['new', 'old']);
    expect(page.hits[0]).toMatchObject({ title: 'Cabello y el Cartel de los Soles', feedName: 'Example', time: NOW - 2 * HOUR });
  });

  it('finds accented text from a query with accents and one without', () => {
    expect(search('Nicolás').hits.map((hit) => hit.id)).toEqual(['old']);
    expect(search('NICOLAS').hits.map((hit) => hit.id)).toEqual(['old']);
  });

  it('matches phrases, prefixes and requires every word', () => {
    expect(search('"cartel de los soles"').total).toBe(1);
    expect(search('"soles de los cartel"').total).toBe(0);
    expect(search('narco*').total).toBe(2);
    expect(search('Cabello Maduro').total).toBe(0);
  });

  it('pages with limit and offset, the total counting every match', () => {
    expect(search('narcotrafico', 1, 0).hits.map((hit) => hit.id)).toEqual(['new']);
    const second = search('narcotrafico', 1, 1);
    expect(second).toMatchObject({ total: 2 });
    expect(second.hits.map((hit) => hit.id)).toEqual(['old']);
    expect(search('narcotrafico', 1, 2).hits).toEqual([]);
  });

  it('marks the matched words in the snippet', () => {
    const [hit] = search('fiscales').hits;
    expect(hit!.snippet).toContain(`${MATCH_START}Fiscales${MATCH_END}`);
  });

  it('keeps the index in step when a story is changed or deleted', () => {
    t.db.prepare("UPDATE stories SET title = 'Renamed headline' WHERE id = 'other'").run();
    expect(search('renamed').hits.map((hit) => hit.id)).toEqual(['other']);
    expect(search('colombia').total).toBe(0);
    t.db.prepare("DELETE FROM stories WHERE id = 'other'").run();
    expect(search('renamed').total).toBe(0);
  });
});

describe('migration 2', () => {
  it('indexes the stories a version-1 database already had', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-'));
    const db = new Database(path.join(dir, 'old.db'));
    try {
      db.exec(MIGRATIONS[0]!);
      db.pragma('user_version = 1');
      db.prepare("INSERT INTO feeds (url, name, created_at) VALUES ('https://x.example/feed', 'X', 0)").run();
      db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES ('s', 1, 'Delcy Rodríguez', 'texto', 1, 'es', '')").run();
      migrate(db);
      expect(new SearchRepo(db).search(toFtsQuery('rodriguez')!, { limit: 5, offset: 0 }).hits.map((hit) => hit.id)).toEqual(['s']);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
