import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryFeatures } from '../../src/cluster/story-features';
import { ClustersRepo } from '../../src/store/clusters-repo';
import { migrate } from '../../src/store/open-database';
import { StoriesRepo, type StoredStory } from '../../src/store/stories-repo';
import { alerting, openTempDb, withDatabaseAt, type TempDb } from '../support/store-fixtures';

const HOUR = 3_600_000;
const NOW = 1_700_000_000_000;

function featuresOf(storyId: string, at: number, numbers: string[]): StoryFeatures {
  return { storyId, at, signature: [1, 2, 3, 4], entities: ['nicolas-maduro'], claims: [], numbers };
}

function withFeatures(id: string, at: number, numbers: string[], clusterOf: string | null = null): StoredStory {
  return { ...alerting(id), clusterOf, features: featuresOf(id, at, numbers) };
}

let t: TempDb;

beforeEach(() => {
  t = openTempDb();
});

afterEach(() => t.cleanup());

describe('ClustersRepo.recent', () => {
  it('gives the features stored since the time asked, oldest first, each under its cluster root', () => {
    new StoriesRepo(t.db).saveAll(t.feedId, NOW, [
      withFeatures('old', NOW - 80 * HOUR, ['1999']),
      withFeatures('root', NOW - 2 * HOUR, ['2020']),
      { ...alerting('unmatched'), features: null },
      withFeatures('joined', NOW - HOUR, ['2021'], 'root'),
    ]);
    expect(new ClustersRepo(t.db).recent(NOW - 72 * HOUR)).toEqual([
      featuresOf('root', NOW - 2 * HOUR, ['2020']),
      featuresOf('root', NOW - HOUR, ['2021']),
    ]);
  });

  it("leaves out clusters whose first story has no alert (a new feed's back catalogue), so nothing joins an alert that does not exist", () => {
    const silent = (story: StoredStory): StoredStory => ({ ...story, alert: null });
    new StoriesRepo(t.db).saveAll(t.feedId, NOW, [
      silent(withFeatures('back-catalogue', NOW - 3 * HOUR, ['1999'])),
      silent(withFeatures('its-copy', NOW - 3 * HOUR, ['1999'], 'back-catalogue')),
      withFeatures('alerted', NOW - 2 * HOUR, ['2020']),
      silent(withFeatures('joined', NOW - HOUR, ['2021'], 'alerted')),
    ]);
    expect(new ClustersRepo(t.db).recent(NOW - 72 * HOUR)).toEqual([
      featuresOf('alerted', NOW - 2 * HOUR, ['2020']),
      featuresOf('alerted', NOW - HOUR, ['2021']),
    ]);
  });
});

describe('migration 7', () => {
  it('keeps the features a version-6 database had, in a table that appends by rowid and still refuses a second row per story', () => {
    withDatabaseAt(6, (db) => {
      db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES ('s', 1, 'Cabello', 'texto', 1, 'es', '')").run();
      db.prepare("INSERT INTO story_features (story_id, at, features) VALUES ('s', 5, ?)").run(JSON.stringify(featuresOf('s', 5, ['42'])));
      db.prepare("INSERT INTO alerts (story_id, created_at, payload) VALUES ('s', 5, '{}')").run();
      migrate(db);
      expect(new ClustersRepo(db).recent(0)).toEqual([featuresOf('s', 5, ['42'])]);
      expect(db.prepare('SELECT rowid, story_id FROM story_features').all()).toEqual([{ rowid: 1, story_id: 's' }]);
      expect(db.prepare("INSERT OR IGNORE INTO story_features (story_id, at, features) VALUES ('s', 6, '{}')").run().changes).toBe(0);
    });
  });
});
