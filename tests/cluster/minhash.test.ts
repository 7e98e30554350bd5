import { describe, expect, it } from 'vitest';
import { hashString, minhash, shingleHashes, similarity } from '../../src/cluster/minhash';

const words = (text: string): string[] => text.toLowerCase().split(/\s+/);

describe('minhash', () => {
  it('gives identical signatures for identical text and stable values across calls', () => {
    const text = words('prosecutors unsealed new charges against the defense minister on tuesday');
    expect(minhash(text)).toEqual(minhash([...text]));
    expect(similarity(minhash(text), minhash(text))).toBe(1);
  });

  it('estimates overlap: a light edit stays similar, unrelated text does not', () => {
    const base = words('the state department raised its reward for information on the venezuelan president to fifty million dollars on friday');
    const edited = words('the state department raised its reward for information on the venezuelan president to fifty million dollars late on friday');
    const other = words('heavy rain flooded several neighborhoods of maracaibo and cut power to thousands of homes overnight');
    expect(similarity(minhash(base), minhash(edited))).toBeGreaterThan(0.6);
    expect(similarity(minhash(base), minhash(other))).toBeLessThan(0.15);
  });

  it('keeps the signatures stored by earlier versions: the same values for the same words', () => {
    const text = words('prosecutors unsealed new charges against the defense minister on tuesday');
    expect(minhash(text).slice(0, 4)).toEqual([1041733051, 739506017, 132060644, 151415953]);
    expect(minhash(['maduro', 'habla']).slice(0, 2)).toEqual([3121002616, 3713473062]);
  });

  it('hashes each shingle as its words joined by spaces, each once, and one shingle of a short text', () => {
    expect([...shingleHashes(['a', 'b', 'c', 'a', 'b', 'c'])]).toEqual(['a b c', 'b c a', 'c a b'].map(hashString));
    expect([...shingleHashes(['maduro', 'habla'])]).toEqual([hashString('maduro habla')]);
    expect(shingleHashes([]).size).toBe(0);
  });
});
