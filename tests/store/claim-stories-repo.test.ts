import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimStoriesRepo } from '../../src/store/claim-stories-repo';
import { DAY_MS } from '../../src/store/story-time';
import type { ClaimHit } from '../../src/model';
import { StoriesRepo } from '../../src/store/stories-repo';
import { makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';
import { NOW, storeStories } from '../support/story-rows';

let t: TempDb;
let repo: ClaimStoriesRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new ClaimStoriesRepo(t.db);
  storeStories(t, [
    { id: 'a1', ago: 5, claims: [['state-cartel', 'asserts', 'Maduro lidera el cartel, dice la fiscalía.', 'la fiscalía']] },
    { id: 'a2', ago: 1, claims: [['state-cartel', 'asserts', 'The cartel is run by the regime.']] },
    { id: 'a2-copy', ago: 1, claims: [['state-cartel', 'asserts']], duplicateOf: 'a2' },
    { id: 'd1', ago: 3, claims: [['state-cartel', 'disputes', 'Caracas niega que el cartel exista.', 'Caracas']] },
    { id: 'm1', ago: 40 * 24, claims: [['state-cartel', 'mentions']] },
    { id: 'x', ago: 2, claims: [['drugs-as-weapon', 'asserts']] },
  ]);
});

afterEach(() => t.cleanup());

describe('ClaimStoriesRepo', () => {
  it('lists the latest stories on one side of a claim, with evidence and who says it', () => {
    const asserting = repo.latest('state-cartel', 'asserts', 5);
    expect(asserting.map((story) => story.id)).toEqual(['a2', 'a1']);
    expect(asserting[1]).toMatchObject({
      claimId: 'state-cartel',
      stance: 'asserts',
      evidence: 'Maduro lidera el cartel, dice la fiscalía.',
      source: 'la fiscalía',
      feedName: 'Example',
    });
    expect(asserting[0]!.source).toBeNull();
    expect(repo.latest('state-cartel', 'disputes', 5)).toEqual([expect.objectContaining({ id: 'd1', source: 'Caracas' })]);
    expect(repo.latest('state-cartel', 'asserts', 1).map((story) => story.id)).toEqual(['a2']);
  });

  it('counts stories per stance since a time', () => {
    expect(repo.counts('state-cartel', NOW - 30 * DAY_MS)).toEqual({ asserts: 2, disputes: 1, mentions: 0 });
    expect(repo.counts('state-cartel', 0)).toEqual({ asserts: 2, disputes: 1, mentions: 1 });
    expect(repo.counts('unknown', 0)).toEqual({ asserts: 0, disputes: 0, mentions: 0 });
  });

  it('shows a story that asserts a claim and quotes an objection under both sides, by each side’s sentence', () => {
    const both: ClaimHit = {
      id: 'state-cartel',
      stance: 'asserts',
      evidence: 'La carta dice que Maduro dirige el cartel.',
      asserting: [{ sentence: 'La carta dice que Maduro dirige el cartel.', source: 'La carta' }],
      disputing: [{ sentence: 'Un analista de InSight Crime duda de que exista como organización.', source: 'Un analista de InSight Crime' }],
    };
    new StoriesRepo(t.db).saveAll(t.feedId, NOW, [{ story: makeStory('both', { publishedAt: NOW }), match: makeMatch({ claims: [both] }), duplicateOf: null, alert: null }]);
    expect(repo.latest('state-cartel', 'disputes', 5)[0]).toMatchObject({
      id: 'both',
      stance: 'disputes',
      evidence: 'Un analista de InSight Crime duda de que exista como organización.',
      source: 'Un analista de InSight Crime',
    });
    expect(repo.latest('state-cartel', 'asserts', 5)[0]).toMatchObject({ id: 'both', stance: 'asserts', evidence: both.evidence, source: 'La carta' });
    expect(repo.counts('state-cartel', NOW - 30 * DAY_MS)).toEqual({ asserts: 3, disputes: 2, mentions: 0 });
  });

  it('loses only the source when a stored detail is not JSON', () => {
    t.db.prepare("UPDATE story_claims SET detail = 'not json' WHERE story_id = 'a1'").run();
    expect(repo.latest('state-cartel', 'asserts', 5)[1]).toMatchObject({ id: 'a1', source: null });
  });
});
