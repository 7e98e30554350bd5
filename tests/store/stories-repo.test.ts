import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toFtsQuery } from '../../src/store/fts-query';
import { SearchRepo } from '../../src/store/search-repo';
import { StoriesRepo, type StoredStory } from '../../src/store/stories-repo';
import { openDatabase } from '../../src/store/open-database';
import { addOtherFeed, alerting, FEED_URL, fileAndPageBytes, makeMatch, makeStory, OTHER_FEED_URL, openTempDb, type TempDb } from '../support/store-fixtures';

let t: TempDb;
let repo: StoriesRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new StoriesRepo(t.db);
});

afterEach(() => t.cleanup());

const countOf = (table: string): number => t.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('StoriesRepo.saveAll', () => {
  it('writes the story, its figures, its claims and its alert', () => {
    const item = alerting('s1', { author: 'Ana Pérez' });
    repo.saveAll(t.feedId, 5000, [item]);

    const story = t.db.prepare('SELECT * FROM stories WHERE id = ?').get('s1');
    expect(story).toMatchObject({
      feed_id: t.feedId,
      guid: 's1',
      url: 'https://example.com/news/s1',
      title: 'Story s1',
      author: 'Ana Pérez',
      published_at: 1_700_000_000_000,
      fetched_at: 5000,
      lang: 'es',
      summary: 'Resumen breve.',
      duplicate_of: null,
    });
    expect(t.db.prepare('SELECT story_id, entity_id, name, mentions FROM story_entities').all()).toEqual([
      { story_id: 's1', entity_id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 },
    ]);
    const claim = t.db.prepare('SELECT claim_id, stance, evidence, detail FROM story_claims WHERE story_id = ?').get('s1') as Record<string, string>;
    expect(claim).toMatchObject({ claim_id: 'cartel-de-los-soles', stance: 'asserts' });
    expect(JSON.parse(claim.detail!)).toEqual({ asserting: item.match.claims[0]!.asserting, disputing: [] });
    const alert = t.db.prepare('SELECT story_id, created_at, payload, attempts, delivered_at FROM alerts').get() as Record<string, unknown>;
    expect(alert).toMatchObject({ story_id: 's1', created_at: 5000, attempts: 0, delivered_at: null });
    expect(JSON.parse(alert.payload as string)).toEqual(item.alert);
  });

  it('writes no alert for a story saved without one', () => {
    const story = makeStory('quiet');
    repo.saveAll(t.feedId, 5000, [{ story, match: makeMatch({ entities: [], claims: [] }), duplicateOf: null, alert: null }]);
    expect(countOf('stories')).toBe(1);
    expect(countOf('alerts')).toBe(0);
  });

  it('writes nothing more when the same story is saved again', () => {
    repo.saveAll(t.feedId, 5000, [alerting('s1')]);
    const again = alerting('s1', { title: 'Edited title' });
    again.match.entities.push({ id: 'diosdado-cabello', name: 'Diosdado Cabello', mentions: 1 });
    repo.saveAll(t.feedId, 9000, [again]);

    expect(countOf('stories')).toBe(1);
    expect(countOf('story_entities')).toBe(1);
    expect(countOf('story_claims')).toBe(1);
    expect(countOf('alerts')).toBe(1);
    expect(t.db.prepare('SELECT title, fetched_at FROM stories').get()).toEqual({ title: 'Story s1', fetched_at: 5000 });
  });

  it('lists each other link once under an alert, and never the alert’s own article re-issued by its feed', () => {
    const other = addOtherFeed(t);
    repo.saveAll(t.feedId, 5000, [alerting('root', { url: 'https://example.com/news/root' })]);
    const joining = (id: string, feedName: string, url: string | null): StoredStory => ({ story: makeStory(id, { feedName, url }), match: makeMatch(), duplicateOf: null, clusterOf: 'root', alert: null });
    // The feed re-issued its story under a new guid (same link, then none); as an aggregator it also
    // carries another outlet's article; the other feed carries one article twice.
    repo.saveAll(t.feedId, 6000, [joining('root-again', 'Example', 'https://example.com/news/root'), joining('root-unlinked', 'Example', null)]);
    repo.saveAll(t.feedId, 6500, [joining('via-aggregator', 'Example', 'https://tercero.example/n')]);
    repo.saveAll(other, 7000, [joining('otro-1', 'Otro', 'https://otro.example/n'), joining('otro-1-again', 'Otro', 'https://otro.example/n')]);
    expect(t.db.prepare('SELECT story_id AS story, feed_name AS feed FROM alert_outlets ORDER BY added_at').all()).toEqual([
      { story: 'via-aggregator', feed: 'Example' },
      { story: 'otro-1', feed: 'Otro' },
    ]);
    expect(t.db.prepare('SELECT outlets_version FROM alerts').pluck().get()).toBe(2);
    expect(t.db.prepare("SELECT cluster_of FROM stories WHERE id = 'root-again'").pluck().get()).toBe('root');
  });

  it('saves a batch all or nothing', () => {
    const broken: StoredStory = { ...alerting('s2'), duplicateOf: 'no-such-story' }; // violates a foreign key
    expect(() => repo.saveAll(t.feedId, 5000, [alerting('s1'), broken])).toThrow();
    expect(countOf('stories')).toBe(0);
    expect(countOf('story_entities')).toBe(0);
    expect(countOf('alerts')).toBe(0);
  });

  it('counts stored stories', () => {
    repo.saveAll(t.feedId, 5000, [alerting('s1'), alerting('s2')]);
    expect(repo.count()).toBe(2);
  });

  it('prepares its statements once, on first use, not on every call', () => {
    const prepare = vi.spyOn(t.db, 'prepare');
    const fresh = new StoriesRepo(t.db);
    expect(prepare).not.toHaveBeenCalled();
    fresh.saveAll(t.feedId, 5000, [alerting('s1')]);
    const prepared = prepare.mock.calls.length;
    expect(prepared).toBeGreaterThan(0);
    fresh.saveAll(t.feedId, 6000, [alerting('s2'), alerting('s3')]);
    fresh.firstByUrl('https://example.com/news/s1');
    fresh.knownIds(['s1', 's4']);
    expect(prepare.mock.calls.length).toBe(prepared);
    prepare.mockRestore();
  });
});

describe('StoriesRepo.knownIds', () => {
  it('returns only the ids already stored', () => {
    repo.saveAll(t.feedId, 5000, [alerting('s1'), alerting('s3')]);
    expect(repo.knownIds(['s1', 's2', 's3', 's4'])).toEqual(new Set(['s1', 's3']));
    expect(repo.knownIds([])).toEqual(new Set());
  });
});

describe('StoriesRepo.firstByUrl', () => {
  it('finds the stored story with that url, with its feed and title, or null', () => {
    repo.saveAll(t.feedId, 5000, [alerting('s1')]);
    expect(repo.firstByUrl('https://example.com/news/s1')).toEqual({ id: 's1', feedUrl: FEED_URL, title: 'Story s1' });
    expect(repo.firstByUrl('https://example.com/news/nope')).toBeNull();
  });

  it('ignores stories stored as duplicates, even earlier ones', () => {
    const url = 'https://example.com/news/shared';
    repo.saveAll(t.feedId, 5000, [alerting('original', { url })]);
    repo.saveAll(t.feedId, 1000, [{ ...alerting('copy', { url }), duplicateOf: 'original', alert: null }]);
    expect(repo.firstByUrl(url)?.id).toBe('original');
  });

  it('prefers the story fetched first, whichever feed it came from', () => {
    const url = 'https://example.com/news/shared';
    repo.saveAll(t.feedId, 9000, [alerting('later', { url })]);
    repo.saveAll(addOtherFeed(t), 2000, [alerting('earlier', { url })]);
    expect(repo.firstByUrl(url)).toMatchObject({ id: 'earlier', feedUrl: OTHER_FEED_URL });
  });
});

describe('StoriesRepo.checkpoint', () => {
  it('moves what was stored from the write-ahead log into the database file', () => {
    repo.saveAll(t.feedId, 5000, Array.from({ length: 20 }, (_, index) => alerting(`s${index}`)));
    // SQLite's own trigger waits for 64 MB of log, so the pages are still only in the log.
    const before = fileAndPageBytes(t.db);
    expect(before.file).toBeLessThan(before.pages);
    repo.checkpoint();
    const after = fileAndPageBytes(t.db);
    expect(after.file).toBe(after.pages);
  });
});

describe('StoriesRepo.indexForSearch', () => {
  const found = (words: string): string[] => new SearchRepo(t.db).search(toFtsQuery(words)!, { limit: 10, offset: 0 }).hits.map((hit) => hit.id);
  const story = (id: string, publishedAt: number, url = `https://example.com/news/${id}`): StoredStory => ({
    story: makeStory(id, { publishedAt, url, title: `Cabello story ${id}` }),
    match: makeMatch({ entities: [], claims: [] }),
    duplicateOf: null,
    alert: null,
  });

  it('makes every story stored since the last call searchable, newest first, copies left out', () => {
    repo.saveAll(t.feedId, 9_000_000, [story('middle', 5_000_000), story('oldest', 1_000_000)]);
    repo.saveAll(t.feedId, 9_000_000, [story('newest', 8_000_000), { ...story('copy', 8_500_000, 'https://example.com/news/middle'), duplicateOf: 'middle' }]);
    expect(found('cabello')).toEqual([]);

    expect(repo.indexForSearch()).toBe(3);
    expect(found('cabello')).toEqual(['newest', 'middle', 'oldest']);
    expect(countOf('story_search_pending')).toBe(0);
    expect(repo.indexForSearch()).toBe(0);
  });

  it('keeps waiting stories across a close and reopen of the database, so a crash loses none', () => {
    repo.saveAll(t.feedId, 9_000_000, [story('waiting', 5_000_000)]);
    const file = t.db.name;
    t.db.close();
    const reopened = openDatabase(file);
    try {
      expect(new StoriesRepo(reopened).indexForSearch()).toBe(1);
      expect(new SearchRepo(reopened).search(toFtsQuery('cabello')!, { limit: 10, offset: 0 }).hits.map((hit) => hit.id)).toEqual(['waiting']);
    } finally {
      reopened.close();
    }
  });

  it('forgets a story deleted before it was indexed, and takes an indexed one out of the index', () => {
    repo.saveAll(t.feedId, 9_000_000, [story('indexed', 5_000_000)]);
    repo.indexForSearch();
    repo.saveAll(t.feedId, 9_000_000, [story('waiting', 6_000_000)]);
    t.db.prepare("DELETE FROM stories WHERE id IN ('indexed', 'waiting')").run();
    // A row left waiting would block the next story given the same rowid.
    expect(countOf('story_search_pending')).toBe(0);
    expect(repo.indexForSearch()).toBe(0);
    expect(found('cabello')).toEqual([]);
  });
});
