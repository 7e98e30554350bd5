import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashStep, Lexicon, WordMemo } from '../../src/match/lexicon';

/** What the tokenizer works out while scanning an ASCII word: the hash of its lower-cased codes. */
function asciiHash(word: string): number {
  let hash = HASH_SEED;
  for (const ch of word.toLowerCase()) hash = hashStep(hash, ch.charCodeAt(0));
  return hash;
}

describe('Lexicon', () => {
  it('files each word once and gives it back by its id', () => {
    const lexicon = new Lexicon();
    const maduro = lexicon.intern('maduro');
    const cabello = lexicon.intern('cabello');
    expect(maduro).not.toBe(cabello);
    expect(lexicon.intern('maduro')).toBe(maduro);
    expect(lexicon.word(cabello)).toBe('cabello');
    expect(lexicon.size).toBe(2);
  });

  it('finds an ASCII word in the source, capitals and all, under the id of its folded text', () => {
    const lexicon = new Lexicon();
    const id = lexicon.intern('maduro');
    const source = 'Dijo MADURO, y Maduro repitio: maduro.';
    for (const written of ['MADURO', 'Maduro', 'maduro']) {
      const start = source.indexOf(written);
      expect(lexicon.internAscii(source, start, start + 6, asciiHash(written))).toBe(id);
    }
    const start = source.indexOf('Dijo');
    const dijo = lexicon.internAscii(source, start, start + 4, asciiHash('Dijo'));
    expect(lexicon.word(dijo)).toBe('dijo');
    expect(lexicon.intern('dijo')).toBe(dijo);
  });

  it('keeps words apart when their hashes share a slot, and after the table grows', () => {
    const lexicon = new Lexicon();
    const words = Array.from({ length: 20_000 }, (_, index) => `w${index.toString(36)}`);
    const ids = words.map((word) => lexicon.intern(word));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((word) => lexicon.intern(word))).toEqual(ids);
    expect(ids.map((id) => lexicon.word(id))).toEqual(words);
    expect([...lexicon.idsOf(['w0', 'w1'])]).toEqual([ids[0], ids[1]]);
  });

  it('starts afresh past its limit, only when asked between documents', () => {
    const lexicon = new Lexicon(3);
    ['uno', 'dos', 'tres'].forEach((word) => lexicon.intern(word));
    lexicon.bound();
    expect(lexicon.generation).toBe(0);
    const cuatro = lexicon.intern('cuatro');
    expect(lexicon.size).toBe(4); // a document being read keeps every id it was given
    expect(lexicon.word(cuatro)).toBe('cuatro');
    lexicon.bound();
    expect(lexicon.generation).toBe(1);
    expect(lexicon.size).toBe(0);
    expect(lexicon.intern('cuatro')).toBe(0);
  });
});

describe('WordMemo', () => {
  it('remembers a value per id and forgets everything once the lexicon has started afresh', () => {
    const lexicon = new Lexicon(1);
    const memo = new WordMemo(lexicon);
    const id = lexicon.intern('narco');
    expect(memo.get(id)).toBe(-1);
    memo.set(id, 5);
    memo.set(5_000, 7); // beyond the first array: it grows
    memo.sync();
    expect(memo.get(id)).toBe(5);
    expect(memo.get(5_000)).toBe(7);
    lexicon.intern('otro');
    lexicon.bound();
    memo.sync();
    expect(memo.get(id)).toBe(-1);
    expect(memo.get(5_000)).toBe(-1);
  });
});
