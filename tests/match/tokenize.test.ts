import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/match/lexicon';
import { CASE_SHAPES, phraseWords, scanTokens, tokenize } from '../../src/match/tokenize';

describe('tokenize', () => {
  it('splits possessives and hyphens into separate words with original offsets', () => {
    const source = "Maduro's Cabello-led party";
    const tokens = tokenize(source);
    expect(tokens.map((token) => token.text)).toEqual(['maduro', 's', 'cabello', 'led', 'party']);
    expect(source.slice(tokens[2]!.start, tokens[2]!.end)).toBe('Cabello');
  });

  it('records the case shape that tells a name from a common word', () => {
    const shapes = tokenize('Maduro maduro MADURO TdA').map((token) => token.shape);
    expect(shapes).toEqual(['title', 'lower', 'upper', 'mixed']);
  });

  it('keeps accented words whole and folded', () => {
    expect(tokenize('¿Dónde está Alcalá?').map((token) => token.text)).toEqual(['donde', 'esta', 'alcala']);
  });

  it('folds config phrases the same way', () => {
    expect(phraseWords('Cártel de los Soles')).toEqual(['cartel', 'de', 'los', 'soles']);
  });

  it('scans into arrays of lexicon ids, offsets and shapes, one word a folded text whatever its case', () => {
    const lexicon = new Lexicon();
    const source = 'MADURO habló; Maduro y maduro, ¿Dónde? 2025';
    const { ids, starts, ends, shapes } = scanTokens(source, lexicon);
    expect(Array.from(ids, (id) => lexicon.word(id))).toEqual(['maduro', 'hablo', 'maduro', 'y', 'maduro', 'donde', '2025']);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[2]).toBe(ids[4]);
    expect(Array.from(shapes, (shape) => CASE_SHAPES[shape])).toEqual(['upper', 'lower', 'title', 'lower', 'lower', 'title', 'lower']);
    expect(source.slice(starts[5], ends[5])).toBe('Dónde');
    // The same words and offsets as the object form, which tests and config phrases use.
    expect(tokenize(source).map((token) => [token.text, token.start, token.end])).toEqual(Array.from(ids, (id, i) => [lexicon.word(id), starts[i], ends[i]]));
  });

  it('gives no word for text with no letters or digits', () => {
    expect(scanTokens(' -- ¡! ', new Lexicon()).ids.length).toBe(0);
  });
});
