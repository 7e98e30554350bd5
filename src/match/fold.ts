/**
 * Accent and case folding one UTF-16 unit at a time, so offsets into the original text survive.
 * "Á" → "a", "ñ" → "n", "ß" → "ss"; combining marks fold to "" (they belong to the previous letter).
 */

const cache = new Map<number, string>();
const COMBINING_MARK = /^\p{M}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function computeFold(code: number): string {
  const ch = String.fromCharCode(code);
  if (COMBINING_MARK.test(ch)) return '';
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded form of one code unit ("" for combining marks). */
export function foldCode(code: number): string {
  if (code < 0x80) {
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  }
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = computeFold(code);
    cache.set(code, folded);
  }
  return folded;
}

const wordCache = new Map<number, boolean>();

/** Letters and digits make words; everything else (apostrophes and hyphens too) separates them. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let word = wordCache.get(code);
  if (word === undefined) {
    // Surrogate halves cannot be tested alone; treating them as separators is safe for our languages.
    word = WORD_CHAR.test(String.fromCharCode(code)) || COMBINING_MARK.test(String.fromCharCode(code));
    wordCache.set(code, word);
  }
  return word;
}

export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && foldCode(code) === '' && isWordCode(code);
}

/** Folds a whole string: for config words and queries, where offsets do not matter. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldCode(text.charCodeAt(i));
  return out;
}
