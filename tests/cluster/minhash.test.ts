import { describe, expect, it } from 'vitest';
import { minhash, shingles, similarity } from '../../src/cluster/minhash';

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

  it('makes one shingle of a text shorter than a shingle', () => {
    expect([...shingles(['maduro', 'habla'])]).toEqual(['maduro habla']);
    expect(shingles([]).size).toBe(0);
  });
});
