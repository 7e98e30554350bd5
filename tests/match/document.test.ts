import { describe, expect, it } from 'vitest';
import { buildDocument, sentenceText } from '../../src/match/document';

describe('sentenceText', () => {
  it('gives a sentence with runs of white space, tabs, line breaks and no-break spaces as single spaces', () => {
    const doc = buildDocument('Titular', 'Uno  dos\tcuatro\ncinco\u00a0seis \u2003 siete. Ocho nueve diez.');
    expect(sentenceText(doc, 1)).toBe('Uno dos cuatro cinco seis siete.');
    expect(sentenceText(doc, 2)).toBe('Ocho nueve diez.');
    expect(sentenceText(doc, 0)).toBe('Titular');
    expect(sentenceText(doc, 3)).toBe('');
  });
});
