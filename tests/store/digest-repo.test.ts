import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestRepo } from '../../src/store/digest-repo';
import { FeedsRepo } from '../../src/store/feeds-repo';
import { openTempDb, type TempDb } from '../support/store-fixtures';
import { CABELLO, HOUR, MADURO, NOW, storeStories } from '../support/story-rows';

let t: TempDb;
let repo: DigestRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new DigestRepo(t.db);
  const feeds = new FeedsRepo(t.db);
  feeds.addUserFeed({ url: 'https://other.example/feed', name: 'Other' }, 0);
  const otherFeed = feeds.byUrl('https://other.example/feed')!.id;
  storeStories(t, [
    { id: 'big', ago: 5, entities: [MADURO, CABELLO], claims: [['state-cartel', 'asserts', 'Lo dice la fiscalía.', 'la fiscalía']] },
    { id: 'big-copy', ago: 4, entities: [MADURO], duplicateOf: 'big', feedId: otherFeed },
    { id: 'small', ago: 2, entities: [MADURO], claims: [['state-cartel', 'disputes'], ['drugs-as-weapon', 'mentions']] },
    { id: 'cab', ago: 1, entities: [CABELLO] },
    { id: 'plain', ago: 1 },
    { id: 'before', ago: 30, entities: [MADURO], claims: [['state-cartel', 'asserts']] },
  ]);
});

afterEach(() => t.cleanup());

describe('DigestRepo.collect', () => {
  it('counts stories per figure and claim stance in the period, each article once', () => {
    const data = repo.collect(NOW - 24 * HOUR, NOW);
    expect(data.storiesSeen).toBe(4);
    expect(data.figures).toEqual([
      { entityId: 'diosdado-cabello', name: 'Diosdado Cabello', stories: 2 },
      { entityId: 'nicolas-maduro', name: 'Nicolás Maduro', stories: 2 },
    ]);
    expect(data.claims).toEqual([
      { claimId: 'state-cartel', asserts: 1, disputes: 1, mentions: 0 },
      { claimId: 'drugs-as-weapon', asserts: 0, disputes: 0, mentions: 1 },
    ]);
  });

  it('ranks the top stories by outlets carrying them, then by what matched', () => {
    const { top } = repo.collect(NOW - 24 * HOUR, NOW);
    expect(top.map((story) => [story.id, story.copies])).toEqual([
      ['big', 1],
      ['small', 0],
      ['cab', 0],
    ]);
    expect(top[0]!.entities.map((entity) => entity.entityId)).toEqual(['diosdado-cabello', 'nicolas-maduro']);
  });

  it('lists another outlet’s story of the same news under the first, not as a top story of its own', () => {
    storeStories(t, [{ id: 'cab-other', ago: 1, entities: [CABELLO], claims: [['state-cartel', 'disputes']] }]);
    t.db.prepare("UPDATE stories SET cluster_of = 'cab' WHERE id = 'cab-other'").run();
    const data = repo.collect(NOW - 24 * HOUR, NOW);
    expect(data.top.map((story) => [story.id, story.copies])).toEqual([
      ['big', 1],
      ['cab', 1],
      ['small', 0],
    ]);
    // Counts stay per story: the other outlet's dispute is its own.
    expect(data.claims[0]).toEqual({ claimId: 'state-cartel', asserts: 1, disputes: 2, mentions: 0 });
  });

  it('counts a story with sentences on both sides of a claim as asserting and as disputing', () => {
    const disputing = JSON.stringify([{ sentence: 'Caracas lo niega.', source: 'Caracas' }]);
    t.db.prepare("UPDATE story_claims SET detail = json_set(detail, '$.disputing', json(?)) WHERE story_id = 'big'").run(disputing);
    expect(repo.collect(NOW - 24 * HOUR, NOW).claims[0]).toEqual({ claimId: 'state-cartel', asserts: 1, disputes: 2, mentions: 0 });
  });

  it('lists the assertions and disputes of the period, newest first, with evidence', () => {
    const { stances } = repo.collect(NOW - 24 * HOUR, NOW);
    expect(stances.map((story) => [story.id, story.claimId, story.stance])).toEqual([
      ['small', 'state-cartel', 'disputes'],
      ['big', 'state-cartel', 'asserts'],
    ]);
    expect(stances[1]).toMatchObject({ evidence: 'Lo dice la fiscalía.', source: 'la fiscalía' });
  });

  it('is empty for a quiet period', () => {
    expect(repo.collect(NOW + HOUR, NOW + 2 * HOUR)).toEqual({
      since: NOW + HOUR,
      until: NOW + 2 * HOUR,
      storiesSeen: 0,
      figures: [],
      claims: [],
      top: [],
      stances: [],
    });
  });
});
