import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summarize/summarize';

describe('summarize', () => {
  it('keeps the heaviest sentences in story order', () => {
    const sentences = ['Lead about weather.', 'Cabello spoke.', 'Filler.', 'Maduro answered.', 'More filler.'];
    expect(summarize({ sentences, weights: [0, 2, 0, 1, 0] })).toBe('Cabello spoke. Maduro answered.');
  });

  it('adds a neighbour for context when only one sentence carries a match', () => {
    expect(summarize({ sentences: ['A.', 'Cabello spoke.', 'He left.'], weights: [0, 1, 0] })).toBe('A. Cabello spoke.');
  });

  it('never exceeds the limit and never cuts mid-word', () => {
    const long = Array.from({ length: 120 }, (_, index) => `palabra${index}`).join(' ') + '.';
    const summary = summarize({ sentences: [long], weights: [1], maxChars: 400 });
    expect(summary.length).toBeLessThanOrEqual(400);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.slice(0, -1).trimEnd())).toBe(true);
    expect(long.split(' ')).toContain(summary.slice(0, -1).trimEnd().split(' ').pop());
  });

  it('stops at three sentences', () => {
    expect(summarize({ sentences: ['One.', 'Two.', 'Three.', 'Four.', 'Five.'], weights: [1, 1, 1, 1, 1] })).toBe('One. Two. Three.');
  });

  it('skips a sentence that would overflow and keeps the ones that fit', () => {
    const long = 'x'.repeat(390) + '.';
    expect(summarize({ sentences: ['One.', long, 'Three.'], weights: [2, 1, 2] })).toBe('One. Three.');
  });

  it('returns an empty summary for no text', () => {
    expect(summarize({ sentences: [], weights: [] })).toBe('');
  });
});
