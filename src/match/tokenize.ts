/**
 * Splits text into folded word tokens that remember where they came from and how they were written.
 * Case shape is what tells "Maduro" (a name) from "maduro" (ripe).
 */
import { foldCode, isCombiningMark, isWordCode } from './fold';
import { HASH_SEED, hashStep, Lexicon } from './lexicon';

export type CaseShape = 'lower' | 'title' | 'upper' | 'mixed';

export interface Token {
  /** Folded text: lower case, no accents. */
  text: string;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
  shape: CaseShape;
}

function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

function isLower(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase();
}

/** Folded text of a word with letters beyond ASCII: one code unit at a time. */
function foldWord(source: string, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += foldCode(source.charCodeAt(i));
  return text;
}

/** A story's words as parallel arrays, one entry a word: no object, and no string, per word. */
export interface Tokens {
  /** Lexicon ids of the folded texts. */
  ids: Int32Array;
  /** Offsets into the source, end exclusive. */
  starts: Int32Array;
  ends: Int32Array;
  /** Index into CASE_SHAPES. */
  shapes: Uint8Array;
}

export const CASE_SHAPES: readonly CaseShape[] = ['lower', 'title', 'upper', 'mixed'];
export const LOWER = 0;
export const TITLE = 1;
export const UPPER = 2;
const MIXED = 3;

function shapeOf(uppers: number, lowers: number, firstUpper: boolean, length: number): number {
  if (uppers === 0) return LOWER;
  if (lowers === 0) return uppers > 1 || length === 1 ? UPPER : TITLE;
  if (firstUpper && uppers === 1) return TITLE;
  return MIXED;
}

/**
 * One pass over the text: word boundaries, case counts, folding and the lexicon lookup together.
 * Most words are ASCII, hashed as they are scanned and found in the lexicon without cutting a
 * string; only words with other letters are folded unit by unit first.
 */
export function scanTokens(source: string, lexicon: Lexicon): Tokens {
  // One buffer for the four arrays, sized for the most words the text can hold (one letter and one
  // separator each): one allocation a story, and no copying as the words come.
  const capacity = (source.length >> 1) + 1;
  const buffer = new ArrayBuffer(capacity * 13);
  const ids = new Int32Array(buffer, 0, capacity);
  const starts = new Int32Array(buffer, capacity * 4, capacity);
  const ends = new Int32Array(buffer, capacity * 8, capacity);
  const shapes = new Uint8Array(buffer, capacity * 12, capacity);
  let count = 0;
  let i = 0;
  const length = source.length;
  while (i < length) {
    const code = source.charCodeAt(i);
    // ASCII decided inline: the general test is too big to inline and this loop sees every separator.
    const wordStart =
      code < 0x80 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : isWordCode(code) && !isCombiningMark(code);
    if (!wordStart) {
      i++;
      continue;
    }
    const start = i;
    let uppers = 0;
    let lowers = 0;
    let ascii = true;
    let firstUpper = false;
    let hash = HASH_SEED;
    for (; i < length; i++) {
      const inner = source.charCodeAt(i);
      if (inner >= 97 && inner <= 122) {
        lowers++;
        hash = hashStep(hash, inner);
      } else if (inner >= 65 && inner <= 90) {
        if (i === start) firstUpper = true;
        uppers++;
        hash = hashStep(hash, inner + 32);
      } else if (inner >= 48 && inner <= 57) hash = hashStep(hash, inner);
      else if (inner < 0x80 || !isWordCode(inner)) break;
      else {
        ascii = false;
        if (isUpper(inner)) {
          if (i === start) firstUpper = true;
          uppers++;
        } else if (isLower(inner)) lowers++;
      }
    }
    let id: number;
    if (ascii) id = lexicon.internAscii(source, start, i, hash);
    else {
      const text = foldWord(source, start, i);
      if (text.length === 0) continue;
      id = lexicon.intern(text);
    }
    ids[count] = id;
    starts[count] = start;
    ends[count] = i;
    shapes[count] = shapeOf(uppers, lowers, firstUpper, i - start);
    count++;
  }
  return { ids: ids.subarray(0, count), starts: starts.subarray(0, count), ends: ends.subarray(0, count), shapes: shapes.subarray(0, count) };
}

/** The words of a short text as objects, for config phrases, queries and tests. */
export function tokenize(source: string): Token[] {
  const lexicon = new Lexicon();
  const { ids, starts, ends, shapes } = scanTokens(source, lexicon);
  return Array.from(ids, (id, index) => ({ text: lexicon.word(id), start: starts[index]!, end: ends[index]!, shape: CASE_SHAPES[shapes[index]!]! }));
}

/** Folds and splits a config phrase the same way story text is split. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.text);
}
