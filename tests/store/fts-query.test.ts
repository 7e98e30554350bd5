import { describe, expect, it } from 'vitest';
import { countSearchTerms, MAX_SEARCH_TERMS, searchTerms, toFtsQuery } from '../../src/store/fts-query';

describe('toFtsQuery', () => {
  it('quotes every word, so all are required and none is FTS5 syntax', () => {
    expect(toFtsQuery('Maduro cartel')).toBe('"Maduro" "cartel"');
    expect(toFtsQuery('Maduro OR NOT cartel AND NEAR')).toBe('"Maduro" "OR" "NOT" "cartel" "AND" "NEAR"');
  });

  it('keeps quoted phrases (straight or curly quotes) as phrases', () => {
    expect(toFtsQuery('"Cartel de los Soles" Maduro')).toBe('"Cartel de los Soles" "Maduro"');
    expect(toFtsQuery('“tren de aragua”')).toBe('"tren de aragua"');
  });

  it('turns a hyphenated word into a phrase, as the tokenizer splits it', () => {
    expect(toFtsQuery('narco-terrorism')).toBe('"narco terrorism"');
  });

  it('makes a word ending in * a prefix query', () => {
    expect(toFtsQuery('narco*')).toBe('"narco" *');
  });

  it('drops punctuation and FTS5 operators a user could type', () => {
    expect(toFtsQuery('^col:(x) "unclosed')).toBe('"col x" "unclosed"');
    expect(toFtsQuery('*** ::: ""')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
  });

  it('keeps accents: the tokenizer removes them on both sides', () => {
    expect(toFtsQuery('Nicolás')).toBe('"Nicolás"');
  });

  it('keeps at most a dozen terms, and counts every one for a caller to refuse a longer query', () => {
    const words = Array.from({ length: 30 }, (_, index) => `w${index}`).join(' ');
    expect(toFtsQuery(words)?.split(' ')).toHaveLength(MAX_SEARCH_TERMS);
    expect(countSearchTerms(`${words} "a phrase" ***`)).toBe(31);
  });
});

describe('searchTerms', () => {
  it('gives each phrase its words as typed and whether the last one is a prefix', () => {
    expect(searchTerms('"Cartel de los Soles" narco* Nicolás "cártel*"')).toEqual([
      { words: ['Cartel', 'de', 'los', 'Soles'], prefix: false },
      { words: ['narco'], prefix: true },
      { words: ['Nicolás'], prefix: false },
      { words: ['cártel'], prefix: false },
    ]);
    expect(searchTerms('*** ""')).toEqual([]);
  });
});
