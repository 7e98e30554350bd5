/**
 * Light suffix stemmers for folded English and Spanish words, used on claim wording and on the
 * words of a story in the language detected for it. They only strip inflection (plural, tense,
 * gender), never derivation, and leave short words alone, so "runs the cartel" and "running the
 * cartel" meet at "run the cartel", and "lideraban el cartel" meets "lidera el cartel", while
 * "sol" and "soles" stay apart.
 * The same stemmer is applied to the configured phrase and to the story, so a phrase written out in
 * full still matches its own words: stemmed matching finds everything exact matching does.
 */

export type Stemmer = (word: string) => string;

const MIN_STEMMED_EN = 3;

function undouble(stem: string): string {
  const last = stem.charCodeAt(stem.length - 1);
  // "shipped" → "shipp" → "ship"; but "called" keeps "call" and "passed" keeps "pass".
  if (stem.length > 3 && last === stem.charCodeAt(stem.length - 2) && !'lsz'.includes(stem[stem.length - 1]!)) return stem.slice(0, -1);
  return stem;
}

function dropFinalE(word: string): string {
  return word.length > 4 && word.endsWith('e') ? word.slice(0, -1) : word;
}

export const stemEnglish: Stemmer = (word) => {
  if (word.length === 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  if (word.length < 5) return word;
  if (word.endsWith('ies') || word.endsWith('ied')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length - 3 >= MIN_STEMMED_EN) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length - 2 >= MIN_STEMMED_EN) return undouble(word.slice(0, -2));
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return dropFinalE(word.slice(0, -1));
  return dropFinalE(word);
};

/** Longest first: verb endings (folded, so "dirigió" ends in "io"), then plural and gender. */
const SPANISH_ENDINGS = [
  'ieron', 'aron', 'iendo', 'ando', 'aban', 'ados', 'adas', 'idos', 'idas',
  'aba', 'ado', 'ada', 'ido', 'ida', 'ian', 'ios', 'ias', 'os', 'as', 'es',
  'an', 'en', 'ar', 'er', 'ir', 'io', 'ia', 'a', 'o', 'e', 's',
];
const MIN_STEMMED_ES = 4;

export const stemSpanish: Stemmer = (word) => {
  if (word.length <= MIN_STEMMED_ES) return word;
  for (const ending of SPANISH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEMMED_ES) return word.slice(0, -ending.length);
  }
  return word;
};

export const STEMMERS = { en: stemEnglish, es: stemSpanish } as const;
