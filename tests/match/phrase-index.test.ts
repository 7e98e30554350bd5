import { describe, expect, it } from 'vitest';
import { PhraseIndex, spanWithin } from '../../src/match/phrase-index';
import { tokenize } from '../../src/match/tokenize';

const wordsOf = (text: string): string[] => tokenize(text).map((token) => token.text);

describe('PhraseIndex', () => {
  it('finds multi-word phrases as whole words only', () => {
    const index = new PhraseIndex<string>();
    index.add('Tren de Aragua', 'tda');
    index.add('ELN', 'eln');
    const hits = index.findAll(wordsOf('El Tren de Aragua y el ELN; la palabra delnorte no cuenta.'));
    expect(hits.map((hit) => [hit.value, hit.start, hit.end])).toEqual([
      ['tda', 1, 4],
      ['eln', 6, 7],
    ]);
  });

  it('matches a trailing * as any ending', () => {
    const index = new PhraseIndex<number>();
    index.add('weaponiz* drugs', 1);
    expect(index.findAll(wordsOf('They weaponized drugs; others weaponize drugs.'))).toHaveLength(2);
    expect(index.findAll(wordsOf('weapons and drugs'))).toHaveLength(0);
  });

  it('returns every phrase starting at a position, shortest first', () => {
    const index = new PhraseIndex<string>();
    index.add('Cilia Flores', 'short');
    index.add('Cilia Flores de Maduro', 'long');
    const hits = index.matchAt(wordsOf('Cilia Flores de Maduro habló'), 0);
    expect(hits.map((hit) => [hit.value, hit.end])).toEqual([
      ['short', 2],
      ['long', 4],
    ]);
  });

  it('ignores phrases with no words', () => {
    const index = new PhraseIndex<string>();
    expect(index.add(' -- ', 'nothing')).toBe(false);
    expect(index.size).toBe(0);
  });

  it('files phrases through a transform, and keeps a phrase written with "=" to its written form', () => {
    const stem = (word: string) => word.replace(/s$/, '');
    const index = new PhraseIndex<string>(stem);
    index.add('drug boats', 'stemmed');
    index.add('=narco-terrorists', 'exact');
    const raw = wordsOf('One drug boat, two narco-terrorist groups, three narco-terrorists.');
    const words = raw.map(stem);
    expect(index.findAll(words, undefined, raw).map((hit) => [hit.value, hit.start])).toEqual([
      ['stemmed', 1],
      ['exact', 8],
    ]);
  });

  it('tries a prefix word on the words as written, where a stem of the cut word would not begin the stem of the whole one', () => {
    const stem = (word: string) => word.replace(/(ada|ado|as|os|a|o)$/, '');
    const index = new PhraseIndex<string>(stem);
    index.add('es infundad*', 'baseless');
    index.add('infundad*', 'alone');
    const raw = wordsOf('La acusación es infundada; las otras, infundadas también.');
    const words = raw.map(stem);
    // stem("infundad") is "infundad", and "infundada" stems to "infund": read stemmed, nothing would match.
    expect(index.findAll(words, undefined, raw).map((hit) => [hit.value, hit.start])).toEqual([
      ['baseless', 2],
      ['alone', 3],
      ['alone', 6],
    ]);
  });
});

describe('spanWithin', () => {
  it('holds a span inside another, edges included, end exclusive', () => {
    expect(spanWithin({ start: 2, end: 4 }, { start: 1, end: 4 })).toBe(true);
    expect(spanWithin({ start: 1, end: 4 }, { start: 1, end: 4 })).toBe(true);
    expect(spanWithin({ start: 3, end: 5 }, { start: 1, end: 4 })).toBe(false);
    expect(spanWithin({ start: 0, end: 2 }, { start: 1, end: 4 })).toBe(false);
  });
});
