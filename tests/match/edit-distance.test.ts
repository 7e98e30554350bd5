/**
 * editDistance: plain Levenshtein distance (insert, delete, substitute, each costing one) between
 * the short names "did you mean" suggestions compare.
 */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/match/edit-distance';

describe('editDistance', () => {
  it('is zero for the same text, including empty text', () => {
    expect(editDistance('cabello', 'cabello')).toBe(0);
    expect(editDistance('', '')).toBe(0);
  });

  it('is the other text’s length when one side is empty', () => {
    expect(editDistance('', 'maduro')).toBe(6);
    expect(editDistance('padrino', '')).toBe(7);
  });

  it('counts one for each inserted, deleted or substituted letter', () => {
    expect(editDistance('carvajal', 'carvajall')).toBe(1); // insertion
    expect(editDistance('alcala', 'alcla')).toBe(1); // deletion
    expect(editDistance('delcy', 'delci')).toBe(1); // substitution
    expect(editDistance('cilia flores', 'cilia flor')).toBe(2);
  });

  it('counts a swap of neighbours as two, as Levenshtein does', () => {
    expect(editDistance('maduro', 'madruo')).toBe(2);
  });

  it('finds the cheapest mix of edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('quintero', 'quinteros')).toBe(1);
    expect(editDistance('sebin', 'dgcim')).toBe(4); // only the "i" lines up: four substitutions
    expect(editDistance('hezbollah', 'hizbula')).toBe(4); // e→i, o→u, drop an "l" and the final "h"
  });

  it('compares code units exactly: case and accents are differences', () => {
    expect(editDistance('Maduro', 'maduro')).toBe(1);
    expect(editDistance('rodriguez', 'rodríguez')).toBe(1);
  });

  it('is symmetric', () => {
    const names = ['maduro', 'cabello', 'carvajal', 'alcala', 'rodriguez', 'padrino', 'chavez', ''];
    for (const a of names) for (const b of names) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });

  it('is never more than the longer length, nor less than the length difference', () => {
    const pairs: Array<[string, string]> = [
      ['tren de aragua', 'tda'],
      ['hezbollah', 'hizbula'],
      ['orinoco', 'arco minero'],
    ];
    for (const [a, b] of pairs) {
      const distance = editDistance(a, b);
      expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      expect(distance).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
    }
  });
});
