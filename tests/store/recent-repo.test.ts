import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentRepo } from '../../src/store/recent-repo';
import { openTempDb, type TempDb } from '../support/store-fixtures';
import { CABELLO, HOUR, MADURO, NOW, storeStories } from '../support/story-rows';

let t: TempDb;
let repo: RecentRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new RecentRepo(t.db);
  storeStories(t, [
    { id: 'both', ago: 1, entities: [MADURO], claims: [['state-cartel', 'asserts']] },
    { id: 'cab', ago: 2, entities: [CABELLO] },
    { id: 'claim-only', ago: 3, claims: [['drugs-as-weapon', 'mentions']] },
    { id: 'nothing', ago: 1 },
    { id: 'old', ago: 50, entities: [MADURO] },
    { id: 'copy', ago: 1, entities: [MADURO], duplicateOf: 'both' },
  ]);
});

afterEach(() => t.cleanup());

const ids = (stories: Array<{ id: string }>): string[] => stories.map((story) => story.id);

describe('RecentRepo', () => {
  it('lists matched stories of the period, newest first, with figures and stances', () => {
    const stories = repo.recent({ since: NOW - 24 * HOUR, limit: 10 });
    expect(ids(stories)).toEqual(['both', 'cab', 'claim-only']);
    expect(stories[0]).toMatchObject({
      entities: [{ entityId: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 1 }],
      claims: [{ claimId: 'state-cartel', stance: 'asserts' }],
    });
  });

  it('filters by figure, by claim, or both', () => {
    expect(ids(repo.recent({ entityId: 'nicolas-maduro', since: 0, limit: 10 }))).toEqual(['both', 'old']);
    expect(ids(repo.recent({ claimId: 'drugs-as-weapon', since: 0, limit: 10 }))).toEqual(['claim-only']);
    expect(ids(repo.recent({ entityId: 'nicolas-maduro', claimId: 'state-cartel', since: 0, limit: 10 }))).toEqual(['both']);
    expect(ids(repo.recent({ entityId: 'diosdado-cabello', claimId: 'state-cartel', since: 0, limit: 10 }))).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(ids(repo.recent({ since: 0, limit: 2 }))).toEqual(['both', 'cab']);
  });
});
