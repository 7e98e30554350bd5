import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/open-database';
import { toFtsQuery } from '../../src/store/fts-query';
import { SearchRepo } from '../../src/store/search-repo';
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

  it("gives each hit the story's stored text, for its snippet", () => {
    const [hit] = search('fiscales').hits;
    expect(hit!.text).toBe('Fiscales acusan a Diosdado Cabello de narcotráfico.');
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

describe('migration 8', () => {
  it('keeps no copy of the text, indexes what a version-7 database held and queued, once each', () => {
    withDatabaseAt(7, (db) => {
      const insert = db.prepare("INSERT INTO stories (id, feed_id, title, text, published_at, fetched_at, lang, summary) VALUES (?, 1, ?, ?, ?, 9000000, 'es', '')");
      insert.run('indexed', 'Cabello en Caracas', 'La fiscalía habló del cartel.', 1_000_000);
      new StoriesRepo(db).indexForSearch();
      insert.run('queued', 'Cabello en Maracay', 'Otro texto sobre el cartel.', 5_000_000);
      migrate(db);
      const found = (query: string): string[] => new SearchRepo(db).search(toFtsQuery(query)!, { limit: 5, offset: 0 }).hits.map((hit) => hit.id);
      expect(found('cabello')).toEqual(['queued', 'indexed']);
      expect(found('fiscalia')).toEqual(['indexed']);
      // The queue was indexed by the migration: indexing it again would add the story twice.
      expect(new StoriesRepo(db).indexForSearch()).toBe(0);
      expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'story_search'").pluck().get()).toContain("content = ''");
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck();
      expect(columns.all('story_search_content')).toEqual(['id', 'c0']); // the story's id only
    });
  });

  it('updates and deletes index rows of a contentless table, and leaves a queued story alone', () => {
    withDatabaseAt(8, (db) => {
      const insert = db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES (?, 1, ?, 'texto', 9000000, 'es', '')");
      insert.run('a', 'Delcy Rodríguez en Caracas');
      new StoriesRepo(db).indexForSearch();
      insert.run('b', 'Cabello en Maracay');
      const found = (query: string): string[] => new SearchRepo(db).search(toFtsQuery(query)!, { limit: 5, offset: 0 }).hits.map((hit) => hit.id);
      db.prepare("UPDATE stories SET title = 'Tareck El Aissami' WHERE id = 'a'").run();
      db.prepare("UPDATE stories SET title = 'Cabello en Valencia' WHERE id = 'b'").run();
      expect(found('rodriguez')).toEqual([]);
      expect(found('aissami')).toEqual(['a']);
      expect(found('valencia')).toEqual([]); // not indexed until the tick's indexing
      expect(new StoriesRepo(db).indexForSearch()).toBe(1);
      expect(found('valencia')).toEqual(['b']);
      db.prepare("DELETE FROM stories WHERE id = 'a'").run();
      expect(found('aissami')).toEqual([]);
    });
  });
});
