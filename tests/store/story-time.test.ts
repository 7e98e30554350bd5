/**
 * storyTime and searchKey on real SQLite rows: the SQL time of a story must equal the time the
 * store computes in JavaScript for a figure's mentions (story_entities.at), whether the feed dated
 * the story, gave no date, or dated it after we fetched it; the query must use the stories_time
 * index; search keys order by that time, then by rowid, clamped to their range.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoriesRepo } from '../../src/store/stories-repo';
import { DAY_MS, HOUR_MS, searchKey, storyTime } from '../../src/store/story-time';
import { makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';

const FETCHED = 1_800_000_000_000;
const TWO_31 = 2n ** 31n;

let t: TempDb;

/** Stores one matched story, fetched at `fetchedAt`, and returns its rowid. */
function store(id: string, publishedAt: number | null, fetchedAt = FETCHED): bigint {
  const story = makeStory(id, { publishedAt });
  new StoriesRepo(t.db).saveAll(t.feedId, fetchedAt, [{ story, match: makeMatch(), duplicateOf: null, alert: null }]);
  return t.db.prepare('SELECT rowid FROM stories WHERE id = ?').pluck().safeIntegers(true).get(id) as bigint;
}

const timeOf = (id: string) =>
  t.db.prepare(`SELECT ${storyTime('s')} AS sql, e.at AS js FROM stories s JOIN story_entities e ON e.story_id = s.id WHERE s.id = ?`).get(id) as { sql: number; js: number };

const keyOf = (id: string) => t.db.prepare(`SELECT ${searchKey('s')} FROM stories s WHERE s.id = ?`).pluck().safeIntegers(true).get(id) as bigint;

beforeEach(() => {
  t = openTempDb();
});

afterEach(() => t.cleanup());

describe('storyTime', () => {
  it('is the published time when the feed dated the story before we fetched it', () => {
    store('dated', FETCHED - 3 * HOUR_MS);
    expect(timeOf('dated')).toEqual({ sql: FETCHED - 3 * HOUR_MS, js: FETCHED - 3 * HOUR_MS });
  });

  it('is the fetch time when the feed gave no date', () => {
    store('undated', null);
    expect(timeOf('undated')).toEqual({ sql: FETCHED, js: FETCHED });
  });

  it('is the fetch time when the story is dated after we fetched it (a wrong time zone)', () => {
    store('ahead', FETCHED + 5 * HOUR_MS);
    expect(timeOf('ahead')).toEqual({ sql: FETCHED, js: FETCHED });
  });

  it('keeps a published time equal to the fetch time, and one at the epoch itself', () => {
    store('same', FETCHED);
    store('epoch', 0);
    expect(timeOf('same')).toEqual({ sql: FETCHED, js: FETCHED });
    // 0 is a date, not a missing one: it must not fall back to the fetch time.
    expect(timeOf('epoch')).toEqual({ sql: 0, js: 0 });
  });

  it('works under any table alias, the table name included', () => {
    store('dated', FETCHED - HOUR_MS);
    expect(t.db.prepare(`SELECT ${storyTime('x')} FROM stories x`).pluck().get()).toBe(FETCHED - HOUR_MS);
    expect(t.db.prepare(`SELECT ${storyTime('stories')} FROM stories`).pluck().get()).toBe(FETCHED - HOUR_MS);
    expect(storyTime()).toBe(storyTime('s'));
  });

  it('is written so SQLite answers a period query from the stories_time index', () => {
    for (const alias of ['s', 'story']) {
      const plan = t.db.prepare(`EXPLAIN QUERY PLAN SELECT ${alias}.id FROM stories ${alias} WHERE ${storyTime(alias)} >= ?`).all(0) as Array<{ detail: string }>;
      expect(plan.map((step) => step.detail).join('\n')).toContain('USING INDEX stories_time');
    }
  });
});

describe('searchKey', () => {
  it('is the time in whole seconds times 2^31, plus the rowid', () => {
    const rowid = store('dated', FETCHED - 2 * HOUR_MS + 999);
    const seconds = BigInt((FETCHED - 2 * HOUR_MS) / 1000);
    expect(keyOf('dated')).toBe(seconds * TWO_31 + rowid);
  });

  it('orders by when the story happened, not by when it was stored', () => {
    store('late-news', FETCHED - HOUR_MS);
    store('old-news', FETCHED - DAY_MS);
    expect(keyOf('old-news')).toBeLessThan(keyOf('late-news'));
  });

  it('tells apart stories of the same second by rowid', () => {
    const first = store('first', FETCHED - HOUR_MS);
    const second = store('second', FETCHED - HOUR_MS + 500);
    expect(second).toBeGreaterThan(first);
    expect(keyOf('second') - keyOf('first')).toBe(second - first);
  });

  it('clamps a time before 1970 to zero seconds', () => {
    const rowid = store('ancient', -5 * DAY_MS);
    expect(keyOf('ancient')).toBe(rowid);
  });

  it('clamps a time past 2^32 seconds to the largest second, staying a 64-bit integer', () => {
    const rowid = store('far-future', null, 4_294_967_296 * 1000 + 7000);
    expect(keyOf('far-future')).toBe(4_294_967_295n * TWO_31 + rowid);
    expect(keyOf('far-future')).toBeLessThan(2n ** 63n);
  });
});

describe('HOUR_MS and DAY_MS', () => {
  it('are an hour and a day in milliseconds', () => {
    expect(HOUR_MS).toBe(60 * 60 * 1000);
    expect(DAY_MS).toBe(86_400_000);
  });
});
