import { describe, expect, it } from 'vitest';
import { buildDocument, inOneSentence, sentenceText, sentenceTokens, textBetween, wordIds } from '../../src/match/document';
import { Lexicon } from '../../src/match/lexicon';

describe('sentenceText', () => {
  it('gives a sentence with runs of white space, tabs, line breaks and no-break spaces as single spaces', () => {
    const doc = buildDocument('Titular', 'Uno  dos\tcuatro\ncinco\u00a0seis \u2003 siete. Ocho nueve diez.');
    expect(sentenceText(doc, 1)).toBe('Uno dos cuatro cinco seis siete.');
    expect(sentenceText(doc, 2)).toBe('Ocho nueve diez.');
    expect(sentenceText(doc, 0)).toBe('Titular');
    expect(sentenceText(doc, 3)).toBe('');
  });
});

describe('inOneSentence', () => {
  it('says whether two tokens share a sentence, and no for a token outside the story', () => {
    const doc = buildDocument('Titular', 'Uno dos. Tres.');
    // Tokens: Titular 0 | Uno 1, dos 2 | Tres 3.
    expect(inOneSentence(doc, 1, 2)).toBe(true);
    expect(inOneSentence(doc, 2, 3)).toBe(false);
    expect(inOneSentence(doc, 0, 1)).toBe(false);
    expect(inOneSentence(doc, -1, 0)).toBe(false);
    expect(inOneSentence(doc, 3, 4)).toBe(false);
    expect(inOneSentence(doc, 4, 4)).toBe(false);
  });
});

describe('sentenceTokens', () => {
  it('gives each sentence’s token range, the title’s included, and an empty one past the last', () => {
    const doc = buildDocument('Titular breve', 'Uno dos tres. Cuatro.');
    const words = (index: number) => {
      const { start, end } = sentenceTokens(doc, index);
      return doc.words.slice(start, end);
    };
    expect([words(0), words(1), words(2)]).toEqual([['titular', 'breve'], ['uno', 'dos', 'tres'], ['cuatro']]);
    expect(sentenceTokens(doc, 3)).toEqual({ start: 6, end: 6 });
  });
});

describe('textBetween', () => {
  it('gives the spaces and punctuation between two tokens, as written', () => {
    const doc = buildDocument('', 'Hugo Carvajal, de 38 años (ayer) dijo: «no».');
    expect(textBetween(doc, 1, 2)).toBe(', ');
    expect(textBetween(doc, 4, 5)).toBe(' (');
    expect(textBetween(doc, 6, 7)).toBe(': «');
  });
});

describe('wordIds', () => {
  it('gives the ids the document was built with in its own lexicon, and files its words again in another', () => {
    const own = new Lexicon();
    const doc = buildDocument('Maduro habla', 'El Cártel de los Soles, dijo.', own);
    expect(wordIds(doc, own)).toBe(doc.tokens.ids);
    const other = new Lexicon();
    other.intern('zzz');
    const ids = wordIds(doc, other);
    expect(Array.from(ids, (id) => other.word(id))).toEqual(['maduro', 'habla', 'el', 'cartel', 'de', 'los', 'soles', 'dijo']);
    expect(doc.words).toEqual(['maduro', 'habla', 'el', 'cartel', 'de', 'los', 'soles', 'dijo']);
  });
});
