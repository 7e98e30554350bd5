/**
 * An age given right after a name, as news introduces people: "Carlos Quintero, 45, said",
 * "dijo Hugo Carvajal, de 38 años, pescador", "Jorge Rodríguez (41)", "Hugo Chávez, an 18-year-old
 * shortstop". A tracked figure whose years are known cannot be 38 in a story of 2026, so the name is
 * someone else's (namesakes.ts).
 */
import { inOneSentence, sentenceTokens, textBetween, type MatchDocument } from './document';

/** Younger or older than this, the number is a count or a score, not a person's age. */
const MIN_AGE = 14;
const MAX_AGE = 110;
/** A story's year and a birthday that may or may not have passed: one year either way. */
const SLACK = 1;

const YEARS = new Set(['anos', 'years']);
/** Words that may stand between the comma and the age: "de 38 años", "an 18-year-old". */
const LEADS = new Set(['de', 'a', 'an']);

function numberAt(doc: MatchDocument, token: number): number | null {
  const word = doc.words[token];
  if (word === undefined || !/^\d{2,3}$/.test(word)) return null;
  const value = Number(word);
  return value >= MIN_AGE && value <= MAX_AGE ? value : null;
}

/** What stands between two tokens in the source, spaces removed. */
const between = (doc: MatchDocument, left: number, right: number): string => textBetween(doc, left, right).replace(/\s+/g, '');

/** The age given right after the name ending at token `end` (exclusive), or null. */
export function statedAge(doc: MatchDocument, end: number): number | null {
  const last = end - 1;
  if (!inOneSentence(doc, end, last)) return null;
  const gap = between(doc, last, end);
  // "Name, 45," and "Name (45)": the number alone, closed by a comma or a bracket.
  if (gap === ',' || gap === '(') {
    const age = numberAt(doc, end);
    if (age !== null && end + 1 < doc.words.length && /^[,)]/.test(between(doc, end, end + 1))) return age;
    if (age !== null && end + 1 === doc.words.length) return age;
  }
  // "Name, de 38 años", "Name, 38 years old" and "Name, an 18-year-old shortstop".
  if (gap === ',') {
    const lead = LEADS.has(doc.words[end] ?? '') ? 1 : 0;
    const age = numberAt(doc, end + lead);
    const unit = doc.words[end + lead + 1] ?? '';
    if (age !== null && YEARS.has(unit)) return age;
    if (age !== null && unit === 'year' && doc.words[end + lead + 2] === 'old' && doc.words[end] !== 'de') return age;
  }
  return null;
}

export interface Lifespan {
  born: number;
  died?: number;
}

/**
 * Whether someone of this lifespan may be given this age in a story of `year`. Without the story's
 * year a living figure's age cannot be checked; a dead one's still can: no older than they lived.
 * After their death, news gives a figure an age only beside a year of their life ("In 1992, Hugo
 * Chávez, 37, led…"): "Hugo Chavez, 34, of Nogales" in a story of today is someone else.
 * `namedYears`: the years written in the age's sentence.
 */
export function ageFits(life: Lifespan, age: number, year: number | null, namedYears: readonly number[] = []): boolean {
  if (life.died === undefined) return year === null || Math.abs(year - life.born - age) <= SLACK;
  const died = life.died;
  if (age > died - life.born + SLACK) return false;
  if (year === null) return true;
  if (year <= died + SLACK) return age <= year - life.born + SLACK;
  return namedYears.some((named) => named <= died + SLACK && Math.abs(named - life.born - age) <= SLACK);
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** The four-digit years written in the sentence of `token`. */
export function yearsInSentence(doc: MatchDocument, token: number): number[] {
  const { start, end } = sentenceTokens(doc, doc.tokenSentence[token]!);
  const years: number[] = [];
  for (let index = start; index < end; index++) if (YEAR.test(doc.words[index]!)) years.push(Number(doc.words[index]));
  return years;
}
