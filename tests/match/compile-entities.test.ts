/**
 * compileEntities: how each figure's name, aliases, lookalikes, context and negative words are filed
 * (case rules, ambiguity, the words `exact` compares) and where the start marks come from. Matching
 * stories with the result is covered in match-entities.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { entitySchema, type EntityConfig } from '../../src/config/schema';
import { compileEntities, type AliasRef } from '../../src/match/compile-entities';
import { Lexicon } from '../../src/match/lexicon';
import type { PhraseIndex } from '../../src/match/phrase-index';
import { tokenize } from '../../src/match/tokenize';

const entity = (config: Record<string, unknown>): EntityConfig => entitySchema.parse({ kind: 'person', ...config });

const wordsOf = (text: string): string[] => tokenize(text).map((token) => token.text);

/** What an index files for a phrase read from its first word to its last. */
function filedUnder<T>(index: PhraseIndex<T>, text: string): T[] {
  const words = wordsOf(text);
  return index
    .matchAt(words, 0)
    .filter((hit) => hit.end === words.length)
    .map((hit) => hit.value);
}

describe('compileEntities: aliases', () => {
  it('marks a one-word alias that is the first word of the name as a given name, and files every name word', () => {
    const { aliases, nameWords } = compileEntities(
      [entity({ id: 'diosdado-cabello', name: 'Diosdado Cabello', aliases: ['Diosdado', 'Cabello Rondón', { text: 'Cabello', ambiguous: true }] })],
      8,
    );
    expect(filedUnder(aliases, 'Diosdado').map((ref) => ref.givenName)).toEqual([true]);
    expect(filedUnder(aliases, 'Cabello').map((ref) => ref.givenName)).toEqual([undefined]);
    expect([...nameWords.get('diosdado-cabello')!].sort()).toEqual(['cabello', 'diosdado', 'rondon']);
  });

  it('files the canonical name as an unambiguous alias of any case', () => {
    const { aliases } = compileEntities([entity({ id: 'diosdado-cabello', name: 'Diosdado Cabello' })], 8);
    expect(filedUnder(aliases, 'Diosdado Cabello')).toEqual<AliasRef[]>([
      { entityId: 'diosdado-cabello', ambiguous: false, caseRule: 'any', exactWords: ['Diosdado', 'Cabello'] },
    ]);
    // Filed folded: accents and case do not matter to the trie, only to the case rule later.
    expect(filedUnder(aliases, 'DIOSDADO CABELLO')).toHaveLength(1);
  });

  it('gives each alias form its case rule: plain text any, ambiguous capitalized, a declared case wins', () => {
    const { aliases } = compileEntities(
      [
        entity({
          id: 'nicolas-maduro',
          name: 'Nicolás Maduro',
          aliases: [
            'Maduro Moros',
            { text: 'Maduro', ambiguous: true },
            { text: 'Nicolás', ambiguous: true, case: 'exact' },
            { text: 'Presidente Maduro' },
          ],
        }),
      ],
      8,
    );
    const ruleOf = (text: string) => filedUnder(aliases, text).map((ref) => [ref.caseRule, ref.ambiguous]);
    expect(ruleOf('Maduro Moros')).toEqual([['any', false]]);
    expect(ruleOf('Maduro')).toEqual([['capitalized', true]]);
    expect(ruleOf('Nicolas')).toEqual([['exact', true]]);
    expect(ruleOf('presidente maduro')).toEqual([['any', false]]);
    expect(aliases.size).toBe(5); // the name and four aliases
  });

  it('marks a shared full name, and only that alias', () => {
    const { aliases } = compileEntities([entity({ id: 'hugo-chavez', name: 'Hugo Chávez', aliases: [{ text: 'Hugo Chávez', shared: true }, 'Chávez Frías'] })], 8);
    expect(filedUnder(aliases, 'hugo chavez').map((ref) => [ref.ambiguous, ref.shared])).toEqual([[false, true]]);
    expect(filedUnder(aliases, 'chavez frias').map((ref) => ref.shared)).toEqual([undefined]);
  });

  it('lets an alias that spells the name replace it, so the alias keeps its own rules', () => {
    const { aliases } = compileEntities(
      [
        entity({ id: 'eln', kind: 'organization', name: 'ELN', aliases: [{ text: 'ELN', case: 'capitalized' }] }),
        // Declared without accents and in other case: still the same name once folded.
        entity({ id: 'cliver-alcala', name: 'Clíver Alcalá', aliases: [{ text: 'cliver alcala', case: 'exact' }] }),
      ],
      8,
    );
    expect(filedUnder(aliases, 'ELN').map((ref) => ref.caseRule)).toEqual(['capitalized']);
    expect(filedUnder(aliases, 'Clíver Alcalá')).toEqual([{ entityId: 'cliver-alcala', ambiguous: false, caseRule: 'exact', exactWords: ['cliver', 'alcala'] }]);
    expect(aliases.size).toBe(2);
  });

  it('compares the name and an alias word by word, so punctuation between words does not keep both', () => {
    const { aliases } = compileEntities([entity({ id: 'tren-de-aragua', kind: 'organization', name: 'Tren de Aragua', aliases: [{ text: 'Tren-de-Aragua', case: 'exact' }] })], 8);
    // Only the alias is filed: a second entry with case "any" would bypass the alias's exact rule.
    expect(filedUnder(aliases, 'tren de aragua').map((ref) => ref.caseRule)).toEqual(['exact']);
    expect(aliases.size).toBe(1);
  });

  it('splits an alias into the words `exact` compares, as written, at any non-letter', () => {
    const { aliases } = compileEntities(
      [
        entity({ id: 'tren-de-aragua', kind: 'organization', name: 'Tren de Aragua', aliases: [{ text: 'TdA', case: 'exact' }] }),
        entity({ id: 'padrino-lopez', name: 'Vladimir Padrino López', aliases: ["Padrino-López, V."] }),
      ],
      8,
    );
    expect(filedUnder(aliases, 'tda')[0]?.exactWords).toEqual(['TdA']);
    expect(filedUnder(aliases, 'Padrino López V')[0]?.exactWords).toEqual(['Padrino', 'López', 'V']);
  });

  it('files one ref per figure when figures share an alias', () => {
    const { aliases } = compileEntities(
      [
        entity({ id: 'delcy-rodriguez', name: 'Delcy Rodríguez', aliases: [{ text: 'Rodríguez', ambiguous: true }] }),
        entity({ id: 'jorge-rodriguez', name: 'Jorge Rodríguez', aliases: [{ text: 'Rodríguez', ambiguous: true }] }),
      ],
      8,
    );
    expect(filedUnder(aliases, 'Rodriguez').map((ref) => ref.entityId)).toEqual(['delcy-rodriguez', 'jorge-rodriguez']);
  });

  it('files lookalikes in the alias trie as names of nobody', () => {
    const { aliases } = compileEntities(
      [entity({ id: 'diosdado-cabello', name: 'Diosdado Cabello', aliases: [{ text: 'Cabello', ambiguous: true }], lookalikes: ['Puerto Cabello', 'Camila Cabello'] })],
      8,
    );
    expect(filedUnder(aliases, 'Puerto Cabello')).toEqual([{ entityId: 'diosdado-cabello', ambiguous: false, caseRule: 'any', exactWords: [], lookalike: true }]);
    expect(filedUnder(aliases, 'Camila Cabello')[0]?.lookalike).toBe(true);
    // The ambiguous alias itself is not a lookalike.
    expect(filedUnder(aliases, 'Cabello')[0]?.lookalike).toBeUndefined();
  });
});

describe('compileEntities: context, negative words and lookup', () => {
  const figures = [
    entity({ id: 'nicolas-maduro', name: 'Nicolás Maduro', context: ['presidente', 'chavis*'], negative: ['plátano*', 'fruta'] }),
    entity({ id: 'cilia-flores', name: 'Cilia Flores', context: ['primera dama', 'presidente'], negative: ['jardín'] }),
  ];
  const compiled = compileEntities(figures, 12);

  it('files context and negative words under the figure they belong to, shared words under each', () => {
    expect(filedUnder(compiled.context, 'presidente')).toEqual(['nicolas-maduro', 'cilia-flores']);
    expect(filedUnder(compiled.context, 'primera dama')).toEqual(['cilia-flores']);
    expect(filedUnder(compiled.context, 'chavistas')).toEqual(['nicolas-maduro']);
    expect(filedUnder(compiled.negative, 'plátanos')).toEqual(['nicolas-maduro']);
    expect(filedUnder(compiled.negative, 'jardin')).toEqual(['cilia-flores']);
    // Context words are not negative words, nor aliases.
    expect(filedUnder(compiled.negative, 'presidente')).toEqual([]);
    expect(filedUnder(compiled.aliases, 'presidente')).toEqual([]);
  });

  it('sets apart context words that are also a figure’s capitalised name', () => {
    const named = compileEntities(
      [
        entity({ id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: [{ text: 'Maduro', ambiguous: true }], context: ['presidente'] }),
        entity({ id: 'cilia-flores', name: 'Cilia Flores', aliases: [{ text: 'Flores', ambiguous: true }], context: ['Maduro', 'primera dama', 'Nicolás Maduro'] }),
      ],
      12,
    );
    // "Nicolás Maduro" is an alias with no case rule: written any way, it is still his name.
    expect([...named.namedContext]).toEqual(['maduro']);
    expect(compiled.namedContext.size).toBe(0);
  });

  it('looks figures up by id and keeps the context window', () => {
    expect(compiled.byId.get('cilia-flores')).toBe(figures[1]);
    expect(compiled.byId.get('nicolas-maduro')?.name).toBe('Nicolás Maduro');
    expect(compiled.byId.has('delcy-rodriguez')).toBe(false);
    expect(compiled.contextWindow).toBe(12);
  });

  it('compiles no figures into empty tries', () => {
    const empty = compileEntities([], 8);
    expect([empty.aliases.size, empty.context.size, empty.negative.size, empty.byId.size]).toEqual([0, 0, 0, 0]);
  });
});

describe('compileEntities: start marks', () => {
  it('marks alias, context and negative starts by ids of the lexicon it was given', () => {
    const lexicon = new Lexicon();
    const compiled = compileEntities(
      [entity({ id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: [{ text: 'Maduro', ambiguous: true }], context: ['presidente'], negative: ['plátano*'] })],
      8,
      lexicon,
    );
    expect(compiled.starts.lexicon).toBe(lexicon);
    const words = wordsOf('El presidente Nicolás Maduro no vende plátanos maduros');
    const marked = compiled.starts.mark(lexicon.idsOf(words));
    const startsOf = (name: 'aliases' | 'context' | 'negative') => {
      const { marks, bit } = marked(name);
      return words.filter((_, i) => (marks[i]! & bit) !== 0);
    };
    expect(startsOf('aliases')).toEqual(['nicolas', 'maduro']);
    expect(startsOf('context')).toEqual(['presidente']);
    expect(startsOf('negative')).toEqual(['platanos']);
  });

  it('makes its own lexicon when none is given', () => {
    const compiled = compileEntities([entity({ id: 'eln', kind: 'organization', name: 'ELN' })], 8);
    const lexicon = compiled.starts.lexicon;
    const marked = compiled.starts.mark(lexicon.idsOf(['el', 'eln']))('aliases');
    expect([...marked.marked]).toEqual([1]);
  });
});
