/**
 * Whether a sentence that holds a claim's asserting wording and a dispute gives each side a clause of
 * its own, as balanced copy does: "Washington sostiene que el gobierno exportó la banda; Caracas lo
 * niega", "…no hay pruebas de esa coordinación, mientras que el FBI sostiene que…", "…, something
 * Caracas denies", "…, a charge Caracas rejects", "allegations, rejected by Caracas, that…". Such a
 * sentence carries both sides. A dispute in the assertion's own clause answers it ("Caracas denies
 * that it exported the gang"), and the sentence disputes; so does a dispute after "but", "pero" or
 * "sin embargo", which has the last word.
 */
import { sentenceTokens, textBetween, type MatchDocument } from './document';

/** The other side's voice opens a clause of its own: "which the administration says are aimed at smugglers and critics call unlawful". */
const CRITICS = ['critics', 'opponents', 'criticos', 'detractores'];
/** Folded words that open a clause answering the one before. */
const TURNS = new Set(['mientras', 'while', 'whereas', 'but', 'pero', 'aunque', 'although', 'though', 'however', 'yet', 'meanwhile', 'instead', ...CRITICS]);
/** Words that open such a clause only after a comma: ", which Caracas denies", ", algo que Caracas rechaza". */
const TURNS_AFTER_COMMA = new Set(['which', 'something', 'algo', 'cosa']);
/** After a comma and an article (`ARTICLES`), a noun naming the claim as someone's opens the answer: ", a charge Caracas rejects". */
const CHARGE_NOUNS = new Set(['charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'acusacion', 'acusaciones', 'senalamiento', 'senalamientos']);
const ARTICLES = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la', 'los', 'las', 'unos', 'unas']);
/**
 * After a comma, a participle of refusal and its agent set the other side between commas: "U.S.
 * allegations, rejected by Caracas, that its gold…". The aside ends at the next comma.
 */
const ASIDE_PARTICIPLES = new Set([
  'rejected', 'denied', 'disputed', 'dismissed', 'contested', 'challenged',
  'rechazada', 'rechazadas', 'rechazado', 'rechazados', 'negada', 'negadas', 'negado', 'negados', 'desmentida', 'desmentidas', 'desmentido', 'desmentidos',
]);
const AGENT_WORDS = new Set(['by', 'por']);
/** Two-word turns, by their second word: "sin embargo", "en cambio". */
const SECOND_WORD_OF: ReadonlyMap<string, string> = new Map([
  ['embargo', 'sin'],
  ['cambio', 'en'],
]);
/**
 * Turns that set the clause after them against the one before, and give it the last word: "Havana
 * has placed agents in Florida, but no case ties one to SEBIN" disputes, as the writer meant.
 */
const ADVERSATIVE = new Set(['but', 'pero', 'yet', 'however', 'embargo']);
/** Subordinating turns that may open the sentence itself ("Mientras EE.UU. insiste en que…, el informe…"): the comma closes them. */
const OPENING_TURNS = new Set(['mientras', 'while', 'whereas', 'although', 'though', 'aunque']);
/** A semicolon, or a dash standing between words (not a hyphen inside one). */
const HARD_BREAK = /;|\s[—–-]\s|—/;

/** Where one statement of a claim stands: the first token of each of its words, and the word group each belongs to (0 for a listed phrase). */
export interface Wording {
  tokens: readonly number[];
  groups: readonly number[];
}

/** Whether a clause of its own begins at `token`; `gap` is the text between it and the token before. */
function turnsAt(doc: MatchDocument, token: number, gap: string, first: number, commaTurns: boolean): boolean {
  const word = doc.words[token]!;
  if (HARD_BREAK.test(gap) || TURNS.has(word)) return true;
  if (gap.includes(',') && (commaTurns || TURNS_AFTER_COMMA.has(word))) return true;
  if (CHARGE_NOUNS.has(word) && token - 2 >= first && ARTICLES.has(doc.words[token - 1]!) && textBetween(doc, token - 2, token - 1).includes(',')) return true;
  return SECOND_WORD_OF.get(word) === doc.words[token - 1];
}

/**
 * `asserting`: the claim's asserting statements in the sentence; `disputing`: the first token of each
 * dispute there (the claim's own disputing wording, an assertion negated, a generic cue). True when a
 * clause holds a whole statement and no dispute, and another clause holds a dispute.
 */
export function holdsBothSides(doc: MatchDocument, asserting: readonly Wording[], disputing: readonly number[]): boolean {
  if (asserting.length === 0 || disputing.length === 0) return false;
  const { start: first, end } = sentenceTokens(doc, doc.tokenSentence[asserting[0]!.tokens[0]!]!);
  const commaTurns = OPENING_TURNS.has(doc.words[first]!);
  // The clause of each of the sentence's tokens, by its place in the sentence, and the clauses an
  // adversative turn opens.
  const clauses = new Int32Array(end - first);
  const adversative: number[] = [];
  let inAside = false;
  for (let token = first + 1; token < end; token++) {
    const gap = textBetween(doc, token - 1, token);
    const afterComma = gap.includes(',');
    const opensAside = afterComma && ASIDE_PARTICIPLES.has(doc.words[token]!) && token + 1 < end && AGENT_WORDS.has(doc.words[token + 1]!);
    const closesAside: boolean = inAside && afterComma;
    inAside = opensAside || (inAside && !closesAside);
    const turns = opensAside || closesAside || turnsAt(doc, token, gap, first, commaTurns);
    clauses[token - first] = clauses[token - first - 1]! + (turns ? 1 : 0);
    if (turns && ADVERSATIVE.has(doc.words[token]!)) adversative.push(clauses[token - first]!);
  }
  const clauseOf = (token: number): number => clauses[token - first]!;
  const disputed = new Set(disputing.map(clauseOf));
  const statedIn = ({ tokens, groups }: Wording): number | null => {
    const needed = new Set(groups).size;
    const held = new Map<number, Set<number>>();
    tokens.forEach((token, index) => {
      const at = clauseOf(token);
      const found = held.get(at) ?? new Set<number>();
      found.add(groups[index]!);
      held.set(at, found);
    });
    for (const [at, found] of held) if (found.size === needed) return at;
    return null;
  };
  // A dispute in a later clause, with an adversative turn on the way, answers the statement.
  const lastDisputed = Math.max(...disputed);
  const answeredLater = (at: number): boolean => adversative.some((turn) => turn > at && turn <= lastDisputed);
  return asserting.some((wording) => {
    const at = statedIn(wording);
    return at !== null && !disputed.has(at) && !answeredLater(at);
  });
}
