import { describe, expect, it } from 'vitest';
import type { LabelledStory } from '../../src/eval/eval-set';
import { precision, recall, scoreEval } from '../../src/eval/score';
import type { MatchResult } from '../../src/model';

const story = (id: string, entities: string[], claims: LabelledStory['claims'] = []): LabelledStory => ({ id, lang: 'en', title: 't', text: 'x', entities, claims });
const result = (entities: string[], claims: Array<[string, MatchResult['claims'][number]['stance']]> = []): MatchResult => ({
  lang: 'en',
  entities: entities.map((id) => ({ id, name: id, mentions: 1 })),
  claims: claims.map(([id, stance]) => ({ id, stance, evidence: '', asserting: [], disputing: [] })),
  summary: '',
});

describe('scoreEval', () => {
  it('counts entity hits, extras and misses per figure and overall', () => {
    const report = scoreEval(
      [story('a', ['maduro', 'cabello']), story('b', [])],
      new Map([
        ['a', result(['maduro'])],
        ['b', result(['cabello'])],
      ]),
    );
    expect(report.entities).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(precision(report.perEntity.get('cabello')!)).toBe(0);
    expect(recall(report.perEntity.get('maduro')!)).toBe(1);
    expect(report.misses.map((miss) => `${miss.story}:${miss.kind}:${miss.detail}`)).toEqual(['a:entity-missed:cabello', 'b:entity-extra:cabello']);
  });

  it('scores claim recall, stance accuracy and false alarms separately', () => {
    const report = scoreEval(
      [story('a', [], [{ id: 'c1', stance: 'asserts' }, { id: 'c2', stance: 'disputes' }]), story('b', [])],
      new Map([
        ['a', result([], [['c1', 'disputes']])],
        ['b', result([], [['c3', 'mentions']])],
      ]),
    );
    expect(report).toMatchObject({ claimsLabelled: 2, claimsFound: 1, stanceCorrect: 0, extraClaims: 1, falseClaimAlarms: 1 });
    expect(report.misses.map((miss) => miss.kind)).toEqual(['stance', 'claim-missed', 'claim-extra']);
  });

  it('refuses to score a story that has no result', () => {
    expect(() => scoreEval([story('a', [])], new Map())).toThrow('no result for story a');
  });
});
