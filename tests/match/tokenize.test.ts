import { describe, expect, it } from 'vitest';
import { phraseWords, tokenize } from '../../src/match/tokenize';

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
});
