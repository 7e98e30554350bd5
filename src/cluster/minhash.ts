/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the same share of
 * positions as their shingle sets overlap (Jaccard), at a fixed cost per story whatever the archive.
 */

export const SIGNATURE_SIZE = 64;
const SHINGLE = 3;

/**
 * FNV-1a, 32 bits: fast, stable across runs and machines, good enough to spread shingles. Its own
 * copy, not the lexicon's: signatures are stored, so this must never change with the matcher.
 */
const FNV_OFFSET = 0x811c9dc5;
function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}

const SPACE = 32;

/** Per-position seeds, fixed so signatures stored yesterday still compare with today's. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, index) => hashString(`vigia-minhash-${index}`));

function mix(hash: number, seed: number): number {
  let value = (hash ^ seed) >>> 0;
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/**
 * The hashes of a text's shingles, each once: its words `size` at a time (all of them when fewer),
 * hashed as if joined by single spaces, without joining them. Two shingles with the same hash would
 * give the same signature values anyway, so keeping hashes rather than texts changes nothing.
 */
export function shingleHashes(words: readonly string[], size = SHINGLE): Set<number> {
  const out = new Set<number>();
  const span = Math.min(size, words.length);
  for (let first = 0; span > 0 && first + span <= words.length; first++) {
    let hash = FNV_OFFSET;
    for (let at = first; at < first + span; at++) {
      if (at > first) hash = fnvStep(hash, SPACE);
      const word = words[at]!;
      for (let i = 0; i < word.length; i++) hash = fnvStep(hash, word.charCodeAt(i));
    }
    out.add(hash >>> 0);
  }
  return out;
}

export function minhash(words: readonly string[]): number[] {
  // Unsigned 32-bit slots: the engine keeps the comparisons in integers instead of doubles.
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const hash of shingleHashes(words)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(hash, SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return Array.from(signature);
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
