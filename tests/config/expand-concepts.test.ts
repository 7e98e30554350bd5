import { describe, expect, it } from 'vitest';
import { claimsFileSchema } from '../../src/config/claims-schema';
import { conceptProblems, expandConcepts } from '../../src/config/expand-concepts';

const group = (en: string[], es: string[] = []) => ({ en, es });
const file = (together: Array<{ en: string[]; es: string[] }>, concepts = { drugs: group(['cocaine', 'narcotics'], ['cocaína']) }) => ({
  concepts,
  claims: [{ id: 'state-cartel', together }],
});

describe('expandConcepts', () => {
  it('puts a concept’s English and Spanish words into the group whichever list names it, beside the group’s own words', () => {
    const expanded = expandConcepts(file([group(['generals']), group(['drug flights'], ['@drugs'])]));
    expect(expanded.claims[0]!.together).toEqual([group(['generals']), group(['drug flights', 'cocaine', 'narcotics'], ['cocaína'])]);
  });

  it('leaves a file without concepts as it was', () => {
    const plain = file([group(['generals']), group(['cocaine'])], {} as never);
    expect(expandConcepts(plain)).toEqual(plain);
  });

  it('expands a concept named on either side of an assertsBeside pair', () => {
    const beside = { concepts: { drugs: group(['cocaine'], ['cocaína']) }, claims: [{ id: 'state-cartel', together: [], assertsBeside: [{ words: group(['@drugs']), beside: group(['regime']) }] }] };
    expect(expandConcepts(beside).claims[0]!.assertsBeside).toEqual([{ words: group(['cocaine'], ['cocaína']), beside: group(['regime']) }]);
  });
});

describe('conceptProblems', () => {
  it('names the pair and its side when an assertsBeside pair names an unknown concept', () => {
    const beside = { concepts: { drugs: group(['cocaine']) }, claims: [{ id: 'state-cartel', together: [], assertsBeside: [{ words: group(['criminal enterprise']), beside: group([], ['@estado']) }] }] };
    expect(conceptProblems(beside)).toEqual([
      { path: ['claims', 0, 'assertsBeside', 0, 'beside', 'es', 0], message: 'claim "state-cartel" names concept "@estado", which concepts does not define (defined: drugs)' },
    ]);
  });

  it('names the claim, the place and the concepts there are when a group names an unknown one', () => {
    expect(conceptProblems(file([group(['generals']), group(['@drug'])]))).toEqual([
      { path: ['claims', 0, 'together', 1, 'en', 0], message: 'claim "state-cartel" names concept "@drug", which concepts does not define (defined: drugs)' },
    ]);
  });

  it('refuses a concept that names another', () => {
    const nested = { drugs: group(['cocaine']), trade: group(['@drugs']) };
    expect(conceptProblems(file([group(['generals']), group(['@trade'])], nested))).toEqual([
      { path: ['concepts', 'trade', 'en', 0], message: '"@drugs": a concept lists words, not other concepts' },
    ]);
  });
});

describe('claims.yaml schema with concepts', () => {
  it('hands the matcher groups with the concepts expanded', () => {
    const parsed = claimsFileSchema.parse({
      concepts: { drugs: { en: ['cocaine'], es: ['cocaína'] } },
      claims: [{ id: 'state-cartel', statement: 'The leaders run the trade.', together: [{ en: ['generals'] }, { en: ['@drugs'] }] }],
    });
    const none = { en: [], es: [] };
    expect(parsed.claims[0]!.together).toEqual([{ ...group(['generals']), laterAs: none }, { ...group(['cocaine'], ['cocaína']), laterAs: none }]);
  });

  it('keeps a group’s laterAs words as they are, and expands a concept the anchors name', () => {
    const parsed = claimsFileSchema.parse({
      concepts: { places: { en: ['Zulia'], es: ['estado Zulia'] } },
      anchors: { entities: ['nicolas-maduro'], en: ['Venezuela', '@places'] },
      claims: [{ id: 'tda-export', statement: 'The state sent the gang abroad.', together: [{ en: ['Tren de Aragua'], laterAs: { en: ['the gang'] } }, { en: ['sent'] }] }],
    });
    expect(parsed.anchors).toEqual({ entities: ['nicolas-maduro'], en: ['Venezuela', 'Zulia'], es: ['estado Zulia'] });
    expect(parsed.claims[0]!.together[0]).toEqual({ en: ['Tren de Aragua'], es: [], laterAs: { en: ['the gang'], es: [] } });
  });

  it('reports an unknown concept named by the anchors at its place', () => {
    const result = claimsFileSchema.safeParse({ anchors: { en: ['@lugares'] } });
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['anchors.en.0', 'anchors names concept "@lugares", which concepts does not define (defined: none)'],
    ]);
  });

  it('reports an unknown concept as a schema error at its place in the file', () => {
    const result = claimsFileSchema.safeParse({ claims: [{ id: 'state-cartel', statement: 'The leaders run the trade.', together: [{ en: ['generals'] }, { es: ['@drogas'] }] }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['claims.0.together.1.es.0', 'claim "state-cartel" names concept "@drogas", which concepts does not define (defined: none)'],
    ]);
  });
});
