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

function shapeOf(source: string, start: number, end: number): CaseShape {
  let uppers = 0;
  let lowers = 0;
  let firstUpper = false;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (isUpper(code)) {
      if (i === start) firstUpper = true;
      uppers++;
    } else if (isLower(code)) lowers++;
  }
  if (uppers === 0) return 'lower';
  if (lowers === 0) return uppers > 1 || end - start === 1 ? 'upper' : 'title';
  if (firstUpper && uppers === 1) return 'title';
  return 'mixed';
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const length = source.length;
  while (i < length) {
    const code = source.charCodeAt(i);
    if (!isWordCode(code) || isCombiningMark(code)) {
      i++;
      continue;
    }
    const start = i;
    let text = '';
    while (i < length) {
      const inner = source.charCodeAt(i);
      if (!isWordCode(inner)) break;
      text += foldCode(inner);
      i++;
    }
    if (text.length > 0) tokens.push({ text, start, end: i, shape: shapeOf(source, start, i) });
  }
  return tokens;
}

/** Folds and splits a config phrase the same way story text is split. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.text);
}
