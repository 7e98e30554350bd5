/**
 * Splits text into folded word tokens that remember where they came from and how they were written.
 * Case shape is what tells "Maduro" (a name) from "maduro" (ripe).
 */
import { foldCode, isCombiningMark, isWordCode } from './fold';

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

function shapeOf(uppers: number, lowers: number, firstUpper: boolean, length: number): CaseShape {
  if (uppers === 0) return 'lower';
  if (lowers === 0) return uppers > 1 || length === 1 ? 'upper' : 'title';
  if (firstUpper && uppers === 1) return 'title';
  return 'mixed';
}

/** Folded text of a word that is not plain lower-case ASCII: one code unit at a time. */
function foldWord(source: string, start: number, end: number, ascii: boolean): string {
  if (ascii) return source.slice(start, end).toLowerCase();
  let text = '';
  for (let i = start; i < end; i++) text += foldCode(source.charCodeAt(i));
  return text;
}

/**
 * One pass over the text: word boundaries, case counts and folding together. Most words are plain
 * lower-case ASCII, whose folded text is a slice of the source; only the rest is folded unit by unit.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
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
    for (; i < length; i++) {
      const inner = source.charCodeAt(i);
      if (inner >= 97 && inner <= 122) lowers++;
      else if (inner >= 65 && inner <= 90) {
        if (i === start) firstUpper = true;
        uppers++;
      } else if (inner >= 48 && inner <= 57) continue;
      else if (inner < 0x80 || !isWordCode(inner)) break;
      else {
        ascii = false;
        if (isUpper(inner)) {
          if (i === start) firstUpper = true;
          uppers++;
        } else if (isLower(inner)) lowers++;
      }
    }
    const text = ascii && uppers === 0 ? source.slice(start, i) : foldWord(source, start, i, ascii);
    if (text.length > 0) tokens.push({ text, start, end: i, shape: shapeOf(uppers, lowers, firstUpper, i - start) });
  }
  return tokens;
}

/** Folds and splits a config phrase the same way story text is split. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.text);
}
