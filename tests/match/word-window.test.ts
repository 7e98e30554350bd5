import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { distance, inNeighbouringSentence, near, nearOrInSentence, sameSentence } from '../../src/match/word-window';

describe('near', () => {
  it('finds a position within the window either side, never inside the span', () => {
    expect(near([2], 5, 7, 3)).toBe(true);
    expect(near([9], 5, 7, 3)).toBe(true);
    expect(near([1], 5, 7, 3)).toBe(false);
    expect(near([10], 5, 7, 3)).toBe(false);
    expect(near([5, 6], 5, 7, 3)).toBe(false);
    expect(near(undefined, 5, 7, 3)).toBe(false);
  });
});

describe('sameSentence', () => {
  it('finds a position in the span’s sentence, however far, but not in another sentence or inside the span', () => {
    const doc = buildDocument('', 'Uno dos tres cuatro cinco seis siete. Ocho nueve.');
    expect(sameSentence(doc, [6], { start: 0, end: 1 })).toBe(true);
    expect(sameSentence(doc, [7], { start: 0, end: 1 })).toBe(false);
    expect(sameSentence(doc, [0], { start: 0, end: 1 })).toBe(false);
  });
});

describe('nearOrInSentence', () => {
  it('takes a position within the window across sentences, or anywhere in the span’s sentence', () => {
    const doc = buildDocument('', 'Uno dos tres cuatro cinco seis siete. Ocho nueve.');
    expect(nearOrInSentence(doc, [6], { start: 0, end: 1 }, 2)).toBe(true);
    expect(nearOrInSentence(doc, [7], { start: 6, end: 7 }, 2)).toBe(true);
    expect(nearOrInSentence(doc, [8], { start: 0, end: 1 }, 2)).toBe(false);
  });
});

describe('inNeighbouringSentence', () => {
  it('finds a position in the body sentence just before or after the span’s, not two away, not in the headline', () => {
    const doc = buildDocument('Titular uno', 'Dos tres. Cuatro cinco. Seis siete.');
    // Tokens: titular 0, uno 1 | dos 2, tres 3 | cuatro 4, cinco 5 | seis 6, siete 7.
    expect(inNeighbouringSentence(doc, [3], { start: 4, end: 5 })).toBe(true);
    expect(inNeighbouringSentence(doc, [7], { start: 4, end: 5 })).toBe(true);
    expect(inNeighbouringSentence(doc, [7], { start: 2, end: 3 })).toBe(false);
    expect(inNeighbouringSentence(doc, [0], { start: 2, end: 3 })).toBe(false);
    expect(inNeighbouringSentence(doc, [5], { start: 4, end: 5 })).toBe(false);
    expect(inNeighbouringSentence(doc, undefined, { start: 4, end: 5 })).toBe(false);
  });
});

describe('distance', () => {
  it('is the gap to the closest position on either side', () => {
    expect(distance([1, 12], 9)).toBe(3);
    expect(distance([4], 4)).toBe(0);
  });
});
