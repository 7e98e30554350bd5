/**
 * Whether a claim's asserting wording is negated where it stands: "the army did not protect
 * traffickers", "la Fuerza Armada no protege a ningún narcotraficante". Officials deny a claim in its
 * own words more often than with a denial verb, so such a sentence disputes the claim.
 *
 * This is grammar, not beat wording, so it lives here rather than in claims.yaml. The negation must
 * stand right before the wording, or one word before it when that word is a pronoun, an auxiliary or
 * an adverb that belongs to the same verb ("no los protegía", "did not ever run"): any other word
 * between, and the negation is likely another clause's ("not with cocaine alone", "no one was charged,
 * but the generals protected…").
 */

/** Folded words that negate what follows them. "t" is the tail of a contraction ("didn't" reads "didn", "t"). */
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'nunca', 'jamas', 'ni', 'tampoco']);

/** Words that may stand between a negation and the verb it negates. */
const BETWEEN = new Set([
  'do', 'does', 'did', 'be', 'been', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'ever', 'actually', 'really', 'even',
  'lo', 'la', 'los', 'las', 'le', 'les', 'se', 'me', 'te', 'nos', 'ha', 'han', 'habia', 'habian', 'hubo', 'es', 'son', 'fue', 'fueron', 'era', 'eran',
]);

function isNegationAt(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (word === 't') return index > 0 && words[index - 1]!.endsWith('n');
  return NEGATIONS.has(word);
}

/**
 * `words` are the story's folded words (not stemmed); `start` is the first token of the wording;
 * `isSetPhrase` says whether a token sits inside wording that only looks negative ("no doubt").
 */
export function isNegated(words: readonly string[], tokenSentence: Int32Array, start: number, isSetPhrase: (token: number) => boolean): boolean {
  const negatesAt = (index: number): boolean => index >= 0 && tokenSentence[index] === tokenSentence[start] && isNegationAt(words, index) && !isSetPhrase(index);
  if (negatesAt(start - 1)) return true;
  const between = start - 1;
  return between >= 0 && BETWEEN.has(words[between]!) && negatesAt(start - 2);
}
