/**
 * The words a matcher has read, each filed once under a small number. A story's words are looked up
 * here straight from the source text, without cutting a string for a word already known, and what
 * the matcher works out about a word (where phrases start, its stem) is remembered by that number in
 * a flat array instead of a map keyed by text. News repeats its vocabulary, so after a few stories
 * nearly every word is known.
 *
 * Bounded: past `limit` words the table starts afresh, between documents only (`bound`), and every
 * memo made from it forgets what it knew. A document built before that is re-read (see document.ts).
 */

/** FNV-1a over folded code units: the same number whether a word comes from a story or from config. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Small, so a lexicon made for one config phrase costs little; a story reader's grows as it reads. */
const FIRST_SLOTS = 64;
const DEFAULT_LIMIT = 60_000;

export class Lexicon {
  /** Bumped each time the table starts afresh: ids of an older generation mean nothing now. */
  generation = 0;
  private words: string[] = [];
  /**
   * Open addressing, kept at most half full: slot k holds a word's hash at 2k and its id + 1 at
   * 2k + 1 (0 for an empty slot), side by side so a probe reads one place.
   */
  private slots = new Int32Array(FIRST_SLOTS * 2);

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** Starts afresh when the table holds more than its limit. Call only between documents. */
  bound(): void {
    if (this.words.length <= this.limit) return;
    this.words = [];
    this.slots = new Int32Array(FIRST_SLOTS * 2);
    this.generation++;
  }

  /** The id of a folded word. */
  intern(text: string): number {
    let hash = HASH_SEED;
    for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot + 1]!;
      if (held === 0) return this.add(text, hash, slot);
      if (slots[2 * slot] === hash && this.words[held - 1] === text) return held - 1;
    }
  }

  /**
   * The id of the ASCII word source[start, end) lower-cased, whose folded hash the caller worked out
   * while scanning it (hashStep over the lower-cased codes). The text is cut only for a new word.
   */
  internAscii(source: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot + 1]!;
      if (held === 0) return this.add(source.slice(start, end).toLowerCase(), hash, slot);
      if (slots[2 * slot] === hash && sameAsciiWord(this.words[held - 1]!, source, start, end - start)) return held - 1;
    }
  }

  /** Ids of words given as text: for config words and for documents read by another lexicon. */
  idsOf(words: readonly string[]): Int32Array {
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) ids[i] = this.intern(words[i]!);
    return ids;
  }

  private add(text: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(text);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    if (this.words.length * 4 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[from]!;
      slots[2 * slot + 1] = old[from + 1]!;
    }
    this.slots = slots;
  }
}

function sameAsciiWord(word: string, source: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = source.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (code >= 65 && code <= 90 ? code + 32 : code)) return false;
  }
  return true;
}

/**
 * Something worked out once per word of one lexicon, as a non-negative integer (-1: not yet).
 * Call `sync` before a pass over a document's ids: it forgets everything when the table started afresh.
 */
export class WordMemo {
  private values = new Int32Array(1024).fill(-1);
  private generation: number;

  constructor(readonly lexicon: Lexicon) {
    this.generation = lexicon.generation;
  }

  sync(): void {
    if (this.generation === this.lexicon.generation) return;
    this.values.fill(-1);
    this.generation = this.lexicon.generation;
  }

  get(id: number): number {
    return id < this.values.length ? this.values[id]! : -1;
  }

  set(id: number, value: number): void {
    if (id >= this.values.length) {
      const values = new Int32Array(Math.max(id + 1, this.values.length * 2)).fill(-1);
      values.set(this.values);
      this.values = values;
    }
    this.values[id] = value;
  }
}
