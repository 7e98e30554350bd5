/**
 * Sentences that take a side on a claim without naming it, by pointing back at the sentence that
 * states it. Rebuttals and interviews work this way: the claim is set out in full, then answered in
 * a few words that name nothing ("That is incorrect.", "The intelligence record is messier.", "Los
 * números de la ONUDD dibujan otro mapa.") or asked about ("Are they?").
 */
import { isQuestion } from './doubting-question';
import { findSource, isReportedSpeech } from './attribution';
import { sentenceTokens, sentenceText, sentenceWords, type MatchDocument } from './document';
import type { SentenceFacts, sentenceSide } from './sentence-facts';

export type SentenceSide = ReturnType<typeof sentenceSide>;

/** Words a verdict on the sentence before may have: "That is incorrect.", "Esto es falso." */
const VERDICT_WORDS = 6;
/** Words a question about the sentence before may have: "Are they?", "¿Es así?" */
const ASKING_WORDS = 4;
/**
 * How such a question opens: it asks whether the sentence before is so. "How would he know?" or
 * "¿En qué se basa?" asks for more and leaves the sentence standing.
 */
const WHETHER_OPENERS = new Set(['are', 'is', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'true', 'really', 'es', 'son', 'fue', 'lo', 'eso', 'esto', 'cierto', 'verdad', 'sera', 'seguro']);
/**
 * How far back an answer may point: the sentence before, or the one before that when a sentence
 * on no claim stands between ("…told its readers that… It is a vivid picture. It is also one that
 * the experts have not signed on to.").
 */
const REACH = 2;

function wordCount(doc: MatchDocument, index: number): number {
  const { start, end } = sentenceTokens(doc, index);
  return end - start;
}

/** A short question whether the sentence before is so: "Are they?", "¿Es cierto?" */
function asksWhether(doc: MatchDocument, index: number): boolean {
  return wordCount(doc, index) <= ASKING_WORDS && WHETHER_OPENERS.has(doc.words[sentenceTokens(doc, index).start]!) && isQuestion(sentenceText(doc, index));
}

/**
 * The sentence `index` answers: the nearest one before it, within REACH, that takes a side, or that
 * a question turned into what is asked; null if it does not assert.
 */
function assertionAnswered(doc: MatchDocument, facts: readonly SentenceFacts[], sides: readonly SentenceSide[], asked: ReadonlySet<number>, index: number): number | null {
  for (let back = index - 1; back >= Math.max(doc.titleSentences, index - REACH); back--) {
    if (asked.has(back)) return back;
    const side = sides[back];
    if (side !== null && side !== 'mentions') return side === 'asserts' ? back : null;
    // Only a sentence on no claim at all stands between: one stating another claim is what the answer answers.
    if (facts[back]!.phrases || facts[back]!.topics) return null;
  }
  return null;
}

/**
 * Rewrites `sides` (one per sentence, from sentenceSide) in place:
 * - a short verdict with a dispute cue right after a sentence asserting the claim disputes it;
 * - a sentence with a rebuttal cue answering an assertion within REACH disputes it, and when the
 *   answer is the writer's own (it names no speaker), the assertion was set out to be
 *   answered: it only mentions the claim. Reported answers ("the minister said the record is
 *   messier") are a reply, not the story's rebuttal, and leave the assertion standing;
 * - the writer's own dispute right after an asserting sentence answers it the same way ("…says
 *   Venezuela is the main route. There is no evidence that it is."): the assertion becomes a
 *   mention, unless the dispute relays someone ("El CNE mantiene que…", a reply);
 * - a short question right after an asserting sentence ("Are they?") turns it into what is asked,
 *   and an answer with a rebuttal cue disputes it.
 */
export function pointBack(doc: MatchDocument, facts: readonly SentenceFacts[], sides: SentenceSide[]): void {
  const asked = new Set<number>();
  for (let index = doc.titleSentences + 1; index < facts.length; index++) {
    const side = sides[index];
    if (side === 'asserts' || side === 'both') continue;
    const found = facts[index]!;
    if (side === null && sides[index - 1] === 'asserts' && asksWhether(doc, index)) {
      sides[index - 1] = 'mentions';
      asked.add(index - 1);
      continue;
    }
    if (side === null && sides[index - 1] === 'asserts' && found.disputeCue && wordCount(doc, index) <= VERDICT_WORDS) {
      sides[index] = 'disputes';
      continue;
    }
    const answersBefore = side === 'disputes' && (sides[index - 1] === 'asserts' || asked.has(index - 1));
    if (!(found.rebuttalCue || answersBefore) || isQuestion(sentenceText(doc, index))) continue;
    const answered = answersBefore ? index - 1 : assertionAnswered(doc, facts, sides, asked, index);
    if (answered === null) continue;
    sides[index] = 'disputes';
    // A plain dispute is the writer's only when it relays nobody ("El CNE mantiene que…" is a reply);
    // a rebuttal cue's "tell" ("the records tell a different story") is no speaker.
    const writers = findSource(sentenceText(doc, index)) === null && (found.rebuttalCue || !isReportedSpeech(sentenceWords(doc, index)));
    if (writers) sides[answered] = 'mentions';
  }
}
