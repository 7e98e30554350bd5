import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summarize/summarize';

/** The summarizer's input over a list of sentences. */
const over = (sentences: readonly string[], weights: readonly number[]) => ({ weights, sentence: (index: number) => sentences[index]! });

describe('summarize', () => {
  it('keeps the heaviest sentences in story order', () => {
    const sentences = ['Lead about weather.', 'Cabello spoke.', 'Filler.', 'Maduro answered.', 'More filler.'];
    expect(summarize(over(sentences, [0, 2, 0, 1, 0]))).toBe('Cabello spoke. Maduro answered.');
  });

  it('adds a neighbour for context when only one sentence carries a match', () => {
    expect(summarize(over(['A.', 'Cabello spoke.', 'He left.'], [0, 1, 0]))).toBe('A. Cabello spoke.');
  });

  it('never exceeds the limit and never cuts mid-word', () => {
    const long = Array.from({ length: 120 }, (_, index) => `palabra${index}`).join(' ') + '.';
    const summary = summarize({ ...over([long], [1]), maxChars: 400 });
    expect(summary.length).toBeLessThanOrEqual(400);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.slice(0, -1).trimEnd())).toBe(true);
    expect(long.split(' ')).toContain(summary.slice(0, -1).trimEnd().split(' ').pop());
  });

  it('stops at three sentences', () => {
    expect(summarize(over(['One.', 'Two.', 'Three.', 'Four.', 'Five.'], [1, 1, 1, 1, 1]))).toBe('One. Two. Three.');
  });

  it('skips a sentence that would overflow and keeps the ones that fit', () => {
    const long = 'x'.repeat(390) + '.';
    expect(summarize(over(['One.', long, 'Three.'], [2, 1, 2]))).toBe('One. Three.');
  });

  it('returns an empty summary for no text', () => {
    expect(summarize(over([], []))).toBe('');
  });

  it('reads the lead of a story that matched nothing, skipping blank sentences', () => {
    expect(summarize(over(['  ', 'First.', 'Second.', 'Third.', 'Fourth.'], [0, 0, 0, 0, 0]))).toBe('First. Second. Third.');
  });

  it('asks only for the sentences it considers, not every sentence of a long story', () => {
    const asked: number[] = [];
    const weights = Array.from({ length: 200 }, (_, index) => (index === 120 ? 1 : 0));
    const summary = summarize({ weights, sentence: (index) => (asked.push(index), `Sentence ${index}.`) });
    expect(summary).toBe('Sentence 119. Sentence 120.');
    expect(asked.sort((a, b) => a - b)).toEqual([119, 120]);
  });
});
