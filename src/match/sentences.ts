/**
 * Sentence boundaries for English and Spanish news prose. Abbreviations common in this beat
 * ("U.S.", "Gen.", "Sr.", "EE.UU.") must not end a sentence, or evidence quotes come out cut.
 */
import { MONTHS, WEEKDAYS } from '../normalize/date-names';
import { foldText } from './fold';

export interface SentenceRange {
  start: number;
  end: number;
}

// "EE. UU." is also written with a space: its halves are looked up one at a time. A case's "v." and
// "c." ("United States v. Carvajal", "Estados Unidos c. Carvajal") are in lower case.
const ABBREVIATIONS = new Set([
  'u.s', 'u.n', 'u.k', 'ee.uu', 'e.e.u.u', 'ee', 'uu', 'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta', 'gen', 'gral', 'col',
  'lt', 'sgt', 'capt', 'cap', 'gov', 'sen', 'rep', 'st', 'jr', 'no', 'núm', 'num', 'vs', 'etc', 'inc', 'corp',
  'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago',
  'dic', 'pág', 'p', 'pp', 'art', 'dept', 'av', 'avda', 'lic', 'ing', 'prof', 'a.m', 'p.m', 'approx', 'aprox',
  'doc', 'docs', 'vol', 'expte', 'v', 'c',
]);

/**
 * Abbreviations of a number only before one: "No. 5", a docket's "Doc. 212". Before a word, "No." is
 * the answer and "doc." may end a sentence.
 */
const NUMBER_ABBREVIATIONS = new Set(['no', 'doc', 'docs', 'vol', 'expte']);
const DIGIT_NEXT = /\s*\d/y;

/** Abbreviations that often end a sentence too ("…sent to the U.S. The ship…"). */
const COUNTRY_ABBREVIATIONS = new Set(['u.s', 'ee.uu', 'e.e.u.u', 'uu', 'u.n', 'u.k']);
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'In', 'This', 'That', 'But', 'El', 'La', 'Los', 'Las', 'Un',
  'Una', 'En', 'Este', 'Esta', 'Pero', 'Según', 'According',
]);

// Character tests on code units, ASCII answered inline: they run at every sentence end of every story.
const LETTER = /^\p{L}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;
const SPACE = /^\s$/;

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCharCode(code));
}

function isUpperLetter(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  return UPPER_LETTER.test(String.fromCharCode(code));
}

/** What `\s` matches. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** Punctuation that stays with the sentence it ends: . ! ? … " ' ” ’ » ) ] */
function isClosing(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 41 || code === 93;
}

/** The longest abbreviation listed: a longer word before a dot is never looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** The listed abbreviation a dot ends ("u.s", "gen"), in lower case, or null. */
function abbreviationBefore(text: string, dot: number): string | null {
  let start = dot;
  while (start > 0 && (text.charCodeAt(start - 1) === FULL_STOP || isLetter(text.charCodeAt(start - 1)))) start--;
  // Most sentences end in a word longer than any abbreviation: no copy of it is made.
  if (dot - start > LONGEST_ABBREVIATION) return null;
  const word = text.slice(start, dot).toLowerCase();
  return ABBREVIATIONS.has(word) ? word : null;
}

/** A single capital before a dot is an initial ("Hugo A. Carvajal"), not an ending. */
function isInitial(text: string, dot: number): boolean {
  return dot >= 1 && isUpperLetter(text.charCodeAt(dot - 1)) && (dot < 2 || !isLetter(text.charCodeAt(dot - 2)));
}

const NEWLINE = 10;
const FULL_STOP = 46;
/** The word after an abbreviation, read in place rather than from a copy of the rest of the text. */
const NEXT_WORD = /\s*(\p{L}*)/uy;

function pushTrimmed(ranges: SentenceRange[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) ranges.push({ start: from, end: to });
}

/** Words a dateline holds at most: "LIMA.", "AURORA, Colo.", "PORT OF SPAIN, Trinidad." */
const DATELINE_WORDS = 4;
const DATELINE_START = /^\p{Lu}{2,}(?=[\s,.])/u;

/** A month as feeds' dates write it (date-names), with an abbreviation's dot. */
const MONTH = `(?:${[...MONTHS.keys()].join('|')})\\.?`;
/** A place and a date in ordinary case: "Caracas, 14 de noviembre.", "Miami, Nov. 14, 2025 (AP)." */
const DATED_DATELINE = new RegExp(
  `^[\\p{L}\\p{M}.' -]{2,40}(?:,\\s*[\\p{L}\\p{M}.' -]{2,30})?,\\s*(?:\\d{1,2}(?:\\s+de)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+(?:de\\s+)?\\d{4})?(?:\\s*\\([^()]{1,30}\\))?\\.$`,
  'iu',
);

/**
 * A dateline opening the text ("LIMA. Agents raided…"): the place the story was filed from, not a
 * sentence of its own. Split off, it would push the lead back a sentence and its claim into the
 * story's background.
 */
function isDateline(text: string, start: number, end: number): boolean {
  const head = text.slice(start, end).trim();
  if (DATED_DATELINE.test(head) && isUpperLetter(head.charCodeAt(0))) return true;
  return DATELINE_START.test(head) && head.split(/\s+/).length <= DATELINE_WORDS;
}

/** A list item's number or letter ("1.", "IV.", "b."), or a diary's day heading ("Lunes 9."), before its dot. */
const ITEM_NUMBER = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-z])$/;
const DAY_HEADING = /^(\p{L}+)\s+\d{1,2}$/u;
/** Heads are short: a longer stretch is never tested. */
const ITEM_HEAD_LONGEST = 16;

/**
 * An agenda's item number or a diary's day heading standing alone before its dot ("2. Acuerdo de
 * rechazo…", "Lunes 9. Llegamos…"): it opens the item's sentence, not a sentence of its own, which
 * would push later items further from the lead than they stand.
 */
function isItemHead(text: string, start: number, dot: number): boolean {
  if (dot - start > ITEM_HEAD_LONGEST) return false;
  const head = text.slice(start, dot).trim();
  if (ITEM_NUMBER.test(head)) return true;
  const day = DAY_HEADING.exec(head)?.[1];
  return day !== undefined && WEEKDAYS.has(foldText(day));
}

/** Where a sentence may end: a terminal mark, or a paragraph break. A compiled scan skips the text between. */
const CANDIDATE = /[.!?\u2026]|\n\n/g;

/** Splits on . ! ? … and paragraph breaks; offsets point into `text`, trimmed of outer spaces. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let found = CANDIDATE.exec(text); found !== null; found = CANDIDATE.exec(text)) {
    const i = found.index;
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      pushTrimmed(ranges, text, start, i);
      start = i + 2;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isClosing(text.charCodeAt(end))) end++;
    if (end < text.length && !isSpace(text.charCodeAt(end))) continue; // "3.5", "vigia.io"
    let abbreviation = code === FULL_STOP ? abbreviationBefore(text, i) : null;
    if (abbreviation !== null && NUMBER_ABBREVIATIONS.has(abbreviation)) {
      DIGIT_NEXT.lastIndex = end;
      if (!DIGIT_NEXT.test(text)) abbreviation = null;
    }
    if (abbreviation !== null || (code === FULL_STOP && isInitial(text, i))) {
      // "U.S. officials" continues the sentence; "in the U.S. The next" starts one: only a country
      // abbreviation, and only before a word that starts sentences, ends one.
      if (abbreviation === null || !COUNTRY_ABBREVIATIONS.has(abbreviation)) continue;
      NEXT_WORD.lastIndex = end;
      if (!SENTENCE_STARTERS.has(NEXT_WORD.exec(text)?.[1] ?? '')) continue;
    }
    if (ranges.length === 0 && code === FULL_STOP && isDateline(text, start, end)) continue;
    if (code === FULL_STOP && isItemHead(text, start, i)) continue;
    pushTrimmed(ranges, text, start, end);
    start = end;
    CANDIDATE.lastIndex = end;
  }
  pushTrimmed(ranges, text, start, text.length);
  return ranges;
}
