/**
 * Sentence boundaries for English and Spanish news prose. Abbreviations common in this beat
 * ("U.S.", "Gen.", "Sr.", "EE.UU.") must not end a sentence, or evidence quotes come out cut.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.n', 'u.k', 'ee.uu', 'e.e.u.u', 'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta', 'gen', 'gral', 'col',
  'lt', 'sgt', 'capt', 'cap', 'gov', 'sen', 'rep', 'st', 'jr', 'no', 'núm', 'num', 'vs', 'etc', 'inc', 'corp',
  'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago',
  'dic', 'pág', 'p', 'pp', 'art', 'dept', 'av', 'avda', 'lic', 'ing', 'prof', 'a.m', 'p.m', 'approx', 'aprox',
]);

/** Abbreviations that often end a sentence too ("…sent to the U.S. The ship…"). */
const COUNTRY_ABBREVIATIONS = new Set(['u.s', 'ee.uu', 'e.e.u.u', 'u.n', 'u.k']);
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'In', 'This', 'That', 'But', 'El', 'La', 'Los', 'Las', 'Un',
  'Una', 'En', 'Este', 'Esta', 'Pero', 'Según', 'According',
]);

function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital before a dot is an initial ("Hugo A. Carvajal"), not an ending.
  return /^\p{Lu}$/u.test(text.slice(dot - 1, dot)) && (dot < 2 || !/\p{L}/u.test(text[dot - 2]!));
}

/** Splits on . ! ? … and paragraph breaks; offsets point into `text`, trimmed of outer spaces. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) ranges.push({ start: from, end: to });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') {
      push(i);
      start = i + 2;
      i++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && /[.!?…"'”’»)\]]/.test(text[end]!)) end++;
    const next = text[end];
    if (next !== undefined && !/\s/.test(next)) continue; // "3.5", "vigia.io"
    if (ch === '.' && isAbbreviation(text, i)) {
      // "U.S. officials" continues the sentence; "in the U.S. The next" starts one: look at what follows.
      const after = text.slice(end).trimStart();
      const nextWord = /^[\p{L}]+/u.exec(after)?.[0] ?? '';
      if (!COUNTRY_ABBREVIATIONS.has(wordBefore(text, i)) || !SENTENCE_STARTERS.has(nextWord)) continue;
    }
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return ranges;
}
