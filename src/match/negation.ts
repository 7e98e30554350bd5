/**
 * Whether a claim's asserting wording is negated where it stands: "the army did not protect
 * traffickers", "la Fuerza Armada no protege a ningún narcotraficante". Officials deny a claim in its
 * own words more often than with a denial verb, so such a sentence disputes the claim.
 *
 * This is grammar, not beat wording, so it lives here rather than in claims.yaml. The negation must
 * stand right before the wording, or one word before it when that word is a pronoun, an auxiliary or
 * an adverb that belongs to the same verb ("no los protegía", "did not ever run"), with an article
 * before the wording not counted ("no es la autopista", "not a corridor"), or over a verb that only
 * gives the wording ("no le da refugio", "did not give them shelter"): any other word between,
 * and the negation is likely another clause's ("not with cocaine alone", "no one was charged, but the
 * generals protected…").
 * A negative determiner reaches further, over the noun it negates: the gold of "ni un gramo de ese oro
 * sirve para lavar dinero", the protecting of "not a single general protected them". It reaches a few
 * words at most, and never past a comma, semicolon, colon or dash, where another clause begins.
 */
import { clauseBreakBetween, inOneSentence, type MatchDocument } from './document';

/** Folded words that negate what follows them. "t" is the tail of a contraction ("didn't" reads "didn", "t"). */
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'nunca', 'jamas', 'ni', 'tampoco']);

/** Words that may stand between a negation and the verb it negates. */
const BETWEEN = new Set([
  'do', 'does', 'did', 'be', 'been', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'ever', 'actually', 'really', 'even',
  'lo', 'la', 'los', 'las', 'le', 'les', 'se', 'me', 'te', 'nos', 'ha', 'han', 'habia', 'habian', 'hubo', 'hay', 'es', 'son', 'fue', 'fueron', 'era', 'eran',
]);

const ARTICLES = new Set(['a', 'an', 'the', 'el', 'la', 'los', 'las', 'un', 'una']);

/** Verbs that only hand over the noun after them, so a negation before them negates it. */
const GIVING_VERBS = new Set([
  'give', 'gives', 'gave', 'given', 'offer', 'offers', 'offered', 'provide', 'provides', 'provided', 'grant', 'grants', 'granted',
  'da', 'dan', 'daba', 'daban', 'dio', 'dieron', 'ofrece', 'ofrecen', 'ofrecio', 'brinda', 'brindan', 'brindo', 'presta', 'prestan', 'otorga', 'otorgan',
]);
/** English object pronouns between such a verb and its noun: "did not give them shelter". */
const OBJECT_PRONOUNS = new Set(['them', 'it', 'him', 'her', 'us']);

/** Folded words that negate the noun after them, alone or after "ni"/"not" ("ni un", "not a single", "not one"). */
const DETERMINERS = new Set(['ningun', 'ninguna', 'ninguno', 'none']);
const AFTER_NI_OR_NOT = new Set(['un', 'una', 'uno', 'one', 'single']);
/** How many words before the wording a determiner may stand: "un" in "ni un gramo de ese oro" is four, "none" in "none of it is used to move money" six. */
const DETERMINER_REACH = 6;

function isDeterminerAt(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (DETERMINERS.has(word)) return true;
  if (!AFTER_NI_OR_NOT.has(word) || index === 0) return false;
  const before = words[index - 1]!;
  // "not a single": the determiner is "single", two words after "not".
  if (word === 'single') return before === 'a' && index > 1 && words[index - 2] === 'not';
  return before === 'ni' || before === 'not';
}

function isNegationAt(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (word === 't') return index > 0 && words[index - 1]!.endsWith('n');
  return NEGATIONS.has(word);
}

/**
 * `start` is the first token of the wording; `isSetPhrase` says whether a token sits inside wording
 * that only looks negative ("no doubt").
 */
export function isNegated(doc: MatchDocument, start: number, isSetPhrase: (token: number) => boolean): boolean {
  const { words } = doc;
  const sameSentence = (index: number): boolean => inOneSentence(doc, index, start);
  const negatesAt = (index: number): boolean => sameSentence(index) && isNegationAt(words, index) && !isSetPhrase(index);
  // Over an article ("no es la autopista", "not a corridor"), then over one word of the same verb.
  let before = start - 1;
  if (before >= 0 && ARTICLES.has(words[before]!) && sameSentence(before)) before--;
  const reachesNegation = (at: number): boolean => negatesAt(at) || (at >= 0 && BETWEEN.has(words[at]!) && negatesAt(at - 1));
  if (reachesNegation(before)) return true;
  // The wording as the object of a verb that only gives it: "no le da refugio", "did not give them shelter".
  let verb = before;
  if (verb >= 0 && OBJECT_PRONOUNS.has(words[verb]!)) verb--;
  if (verb >= 0 && GIVING_VERBS.has(words[verb]!) && sameSentence(verb) && reachesNegation(verb - 1)) return true;
  for (let index = start - 1; index >= start - DETERMINER_REACH && sameSentence(index); index--) {
    if (isDeterminerAt(words, index) && !isSetPhrase(index)) {
      return !clauseBreakBetween(doc, index, start);
    }
  }
  return false;
}
