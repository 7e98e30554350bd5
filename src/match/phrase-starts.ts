/**
 * Where each of a group of phrase indexes could start a phrase, found in one pass over a story for
 * the whole group instead of one pass (a hash lookup or two per token) per index: a story is walked
 * by nine indexes, and most of its words start nothing in any of them. A token's bit for an index is
 * set when the index has a phrase whose first word is the token, or a prefix word the token starts
 * with: every token a phrase can start at, so walking only marked tokens finds the same hits.
 * Build it after the indexes are complete: words added later are not marked.
 */
import { Lexicon, WordMemo } from './lexicon';
import type { PhraseIndex } from './phrase-index';

/** One index's view of a marking pass: token i may start a phrase when `marks[i] & bit`. */
export interface StartMarks {
  marks: Uint16Array;
  bit: number;
  /** The tokens marked for some index of the group, in order: most tokens are marked for none. */
  marked: Int32Array;
}

/** A marking pass over one story: the marks of each index of the group, by name. */
export type MarkedStarts<K extends string> = (index: K) => StartMarks;

interface PrefixWord {
  prefix: string;
  bits: number;
}

/** A token's bits, one per index, fit a 16-bit mark. */
const MAX_INDEXES = 16;
/**
 * Prefix words ("narco*") are filed by a hash of their first letters, up to three: a word whose
 * opening letters hash to an empty slot cannot start with any of them, and that is most words.
 */
const SLOT_LETTERS = 3;
const SLOTS = 0x10000;

function slotOf(text: string, letters: number): number {
  let hash = letters;
  for (let i = 0; i < letters; i++) hash = Math.imul(hash, 31) + text.charCodeAt(i);
  return hash & (SLOTS - 1);
}

export class PhraseStarts<K extends string> {
  private readonly bits = new Map<K, number>();
  private readonly byWord = new Map<string, number>();
  private readonly slotUsed = new Uint8Array(SLOTS);
  private readonly prefixesBySlot = new Map<number, PrefixWord[]>();
  /**
   * Every word's bits once worked out, by its lexicon id: news repeats its vocabulary, so most tokens
   * are answered by one array read instead of a lookup and a hash per prefix length.
   */
  private readonly remembered: WordMemo;
  /** How many opening letters the prefix words are filed by (shorter prefix words use fewer). */
  private readonly slotLengths: number[];

  /** Token ids given to `mark` must come from `lexicon`. */
  constructor(indexes: Readonly<Record<K, PhraseIndex<unknown>>>, readonly lexicon: Lexicon = new Lexicon()) {
    this.remembered = new WordMemo(lexicon);
    const entries = Object.entries(indexes) as Array<[K, PhraseIndex<unknown>]>;
    if (entries.length > MAX_INDEXES) throw new Error(`phrase starts: at most ${MAX_INDEXES} indexes, got ${entries.length}`);
    const lengths = new Set<number>();
    entries.forEach(([name, index], position) => {
      const bit = 1 << position;
      this.bits.set(name, bit);
      const { words, prefixes } = index.startWords();
      for (const word of words) this.byWord.set(word, (this.byWord.get(word) ?? 0) | bit);
      for (const prefix of prefixes) lengths.add(this.addPrefix(prefix, bit));
    });
    this.slotLengths = [...lengths].sort((a, b) => a - b);
  }

  private addPrefix(prefix: string, bit: number): number {
    const letters = Math.min(SLOT_LETTERS, prefix.length);
    const slot = slotOf(prefix, letters);
    this.slotUsed[slot] = 1;
    const list = this.prefixesBySlot.get(slot) ?? [];
    this.prefixesBySlot.set(slot, list);
    const known = list.find((entry) => entry.prefix === prefix);
    if (known) known.bits |= bit;
    else list.push({ prefix, bits: bit });
    return letters;
  }

  private prefixBits(text: string): number {
    let bits = 0;
    const lengths = this.slotLengths;
    for (let l = 0; l < lengths.length; l++) {
      const letters = lengths[l]!;
      if (text.length < letters) break;
      const slot = slotOf(text, letters);
      if (this.slotUsed[slot] === 0) continue;
      for (const entry of this.prefixesBySlot.get(slot)!) if (text.startsWith(entry.prefix)) bits |= entry.bits;
    }
    return bits;
  }

  /**
   * One pass over a document's word ids (from this group's lexicon) for every index of the group.
   * `writtenIds` are the words as written when `ids` are stemmed: prefix words are tried on those.
   * A group reads a story always stemmed or always as written, and a stem follows from its word, so
   * the bits are remembered by the written word's id either way.
   */
  mark(ids: Int32Array, writtenIds: Int32Array = ids): MarkedStarts<K> {
    const marks = new Uint16Array(ids.length);
    const marked = new Int32Array(ids.length);
    let count = 0;
    const remembered = this.remembered;
    remembered.sync();
    for (let i = 0; i < ids.length; i++) {
      const written = writtenIds[i]!;
      let bits = remembered.get(written);
      if (bits < 0) {
        bits = (this.byWord.get(this.lexicon.word(ids[i]!)) ?? 0) | this.prefixBits(this.lexicon.word(written));
        remembered.set(written, bits);
      }
      if (bits === 0) continue;
      marks[i] = bits;
      marked[count++] = i;
    }
    const markedTokens = marked.subarray(0, count);
    return (index) => ({ marks, bit: this.bits.get(index)!, marked: markedTokens });
  }
}
