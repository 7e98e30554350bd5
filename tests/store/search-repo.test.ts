import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/open-database';
import { toFtsQuery } from '../../src/store/fts-query';
import { MATCH_END, MATCH_START, SearchRepo } from '../../src/store/search-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { openTempDb, withDatabaseAt, type TempDb } from '../support/store-fixtures';
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

  it('orders by when a story happened, whatever order the stories were stored in', () => {
    storeStories(t, [
      { id: 'backfilled', ago: 300, title: 'Archivo', text: 'Narcotráfico en la frontera, hace meses.' },
      { id: 'latest', ago: 0.5, title: 'Última hora', text: 'Nuevo caso de narcotráfico.' },
    ]);
    expect(search('narcotrafico').hits.map((hit) => hit.id)).toEqual(['latest', 'new', 'old', 'backfilled']);
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
    withDatabaseAt(1, (db) => {
      db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES ('s', 1, 'Delcy Rodríguez', 'texto', 1, 'es', '')").run();
      migrate(db);
      expect(new SearchRepo(db).search(toFtsQuery('rodriguez')!, { limit: 5, offset: 0 }).hits.map((hit) => hit.id)).toEqual(['s']);
    });
  });
});

describe('migration 5', () => {
  it('re-keys a version-4 index by time, leaves copies out, and gives old mentions their time', () => {
    withDatabaseAt(4, (db) => {
      const insert = db.prepare('INSERT INTO stories (id, feed_id, title, text, published_at, fetched_at, lang, summary, duplicate_of) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)');
      insert.run('newer', 'Cabello en Caracas', 'texto', 5_000_000, 6_000_000, 'es', '', null);
      insert.run('older', 'Cabello en Maracay', 'texto', 1_000_000, 9_000_000, 'es', '', null);
      insert.run('copy', 'Cabello en Caracas', 'texto', 5_000_000, 7_000_000, 'es', '', 'newer');
      const mention = db.prepare("INSERT INTO story_entities (story_id, entity_id, name, mentions) VALUES (?, 'diosdado-cabello', 'Diosdado Cabello', 1)");
      for (const id of ['newer', 'older', 'copy']) mention.run(id);
      migrate(db);
      const page = new SearchRepo(db).search(toFtsQuery('cabello')!, { limit: 5, offset: 0 });
      expect(page.total).toBe(2);
      expect(page.hits.map((hit) => hit.id)).toEqual(['newer', 'older']);
      expect(db.prepare('SELECT story_id, at, original FROM story_entities ORDER BY story_id').all()).toEqual([
        { story_id: 'copy', at: 5_000_000, original: 0 },
        { story_id: 'newer', at: 5_000_000, original: 1 },
        { story_id: 'older', at: 1_000_000, original: 1 },
      ]);
    });
  });
});

describe('migration 6', () => {
  it('keeps a version-5 index and queues stories stored after it until the tick indexes them', () => {
    withDatabaseAt(5, (db) => {
      const insert = db.prepare("INSERT INTO stories (id, feed_id, title, text, published_at, fetched_at, lang, summary) VALUES (?, 1, ?, 'texto', ?, 9000000, 'es', '')");
      insert.run('before', 'Cabello en Caracas', 1_000_000);
      migrate(db);
      insert.run('after', 'Cabello en Maracay', 5_000_000);
      const found = (): string[] => new SearchRepo(db).search(toFtsQuery('cabello')!, { limit: 5, offset: 0 }).hits.map((hit) => hit.id);
      expect(found()).toEqual(['before']);
      expect(new StoriesRepo(db).indexForSearch()).toBe(1);
      expect(found()).toEqual(['after', 'before']);
    });
  });
});
