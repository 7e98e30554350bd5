/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the same share of
 * positions as their shingle sets overlap (Jaccard), at a fixed cost per story whatever the archive.
 */

export const SIGNATURE_SIZE = 64;
const SHINGLE = 3;

/** FNV-1a, 32 bits: fast, stable across runs and machines, good enough to spread shingles. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Per-position seeds, fixed so signatures stored yesterday still compare with today's. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, index) => hashString(`vigia-minhash-${index}`));

function mix(hash: number, seed: number): number {
  let value = (hash ^ seed) >>> 0;
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

export function shingles(words: readonly string[], size = SHINGLE): Set<string> {
  const out = new Set<string>();
  if (words.length < size) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

export function minhash(words: readonly string[]): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(words)) {
    const hash = hashString(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(hash, SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
