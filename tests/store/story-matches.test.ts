/**
 * loadStoryMatches: the figures and claim stances of the stories a listing shows, read back from
 * real rows, in the order listings print them, with an entry for every story asked about.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimHit, EntityHit, Stance } from '../../src/model';
import { loadStoryMatches } from '../../src/store/story-matches';
import { StoriesRepo } from '../../src/store/stories-repo';
import { makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';

const claim = (id: string, stance: Stance): ClaimHit => ({ id, stance, evidence: `Evidence for ${id}.`, asserting: [], disputing: [] });

let t: TempDb;

function store(id: string, entities: EntityHit[], claims: ClaimHit[]): void {
  new StoriesRepo(t.db).saveAll(t.feedId, 1000, [{ story: makeStory(id), match: makeMatch({ entities, claims }), duplicateOf: null, alert: null }]);
}

beforeEach(() => {
  t = openTempDb();
  store(
    'indictment',
    [
      { id: 'diosdado-cabello', name: 'Diosdado Cabello', mentions: 1 },
      { id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 3 },
      { id: 'cilia-flores', name: 'Cilia Flores', mentions: 1 },
    ],
    [claim('state-cartel', 'asserts'), claim('drugs-as-weapon', 'mentions')],
  );
  store('denial', [{ id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 }], [claim('state-cartel', 'disputes')]);
  store('weather', [], []);
});

afterEach(() => t.cleanup());

describe('loadStoryMatches', () => {
  it('gives each story its figures, most mentioned first then by id, and its claims by id', () => {
    const matches = loadStoryMatches(t.db, ['indictment']);
    expect(matches.get('indictment')).toEqual({
      entities: [
        { entityId: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 3 },
        { entityId: 'cilia-flores', name: 'Cilia Flores', mentions: 1 },
        { entityId: 'diosdado-cabello', name: 'Diosdado Cabello', mentions: 1 },
      ],
      claims: [
        { claimId: 'drugs-as-weapon', stance: 'mentions' },
        { claimId: 'state-cartel', stance: 'asserts' },
      ],
    });
  });

  it('keeps each story to its own matches when several are loaded at once', () => {
    const matches = loadStoryMatches(t.db, ['denial', 'indictment']);
    expect([...matches.keys()]).toEqual(['denial', 'indictment']);
    expect(matches.get('denial')).toEqual({
      entities: [{ entityId: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 }],
      claims: [{ claimId: 'state-cartel', stance: 'disputes' }],
    });
    expect(matches.get('indictment')!.entities).toHaveLength(3);
  });

  it('maps a story with no match, and an id not stored at all, to empty lists', () => {
    const matches = loadStoryMatches(t.db, ['weather', 'never-stored']);
    expect(matches.get('weather')).toEqual({ entities: [], claims: [] });
    expect(matches.get('never-stored')).toEqual({ entities: [], claims: [] });
  });

  it('leaves out stories not asked about', () => {
    expect([...loadStoryMatches(t.db, ['denial']).keys()]).toEqual(['denial']);
  });

  it('gives an empty map for no ids', () => {
    expect(loadStoryMatches(t.db, []).size).toBe(0);
  });

  it('reads ids holding quotes and commas as whole ids, not as SQL or list syntax', () => {
    const odd = `g:"quoted", 'single' ) OR 1=1 --`;
    store(odd, [{ id: 'eln', name: 'ELN', mentions: 1 }], []);
    const matches = loadStoryMatches(t.db, [odd]);
    expect(matches.get(odd)).toEqual({ entities: [{ entityId: 'eln', name: 'ELN', mentions: 1 }], claims: [] });
    expect(matches.size).toBe(1);
  });
});
