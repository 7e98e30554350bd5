/**
 * Finds the tracked claims a story discusses and the side it takes.
 *
 * A claim is considered only when the story is on its topic: a topic figure or topic word anywhere, or
 * the claim's own wording in a story anchored to the beat (an anchor figure or word from claims.yaml,
 * such as Venezuela or Caracas): a mob trial's "criminal enterprise" or a Lebanese "safe haven" has
 * none, so it carries no claim; nor does a story holding the claim's `offTopic` wording (a student
 * election's altered tally sheets). Disputing wording too general to name the claim ("due process", "no
 * existe": `disputesOnTopic`) counts only once the story is on the topic.
 * Each sentence then takes a side: the claim's own disputing wording, or its asserting wording
 * negated by a generic dispute cue ("denies", "sin pruebas", but not when the cue sits inside wording
 * that only looks like a denial: "no doubt", "false passports"), disputes; a hedge ("whether") makes the
 * rest a mention; its asserting wording (a listed phrase, or a word from every `together` group)
 * asserts; a topical sentence with only a generic cue takes that cue's side; a topical sentence with
 * no cue only mentions the claim. In a story on the topic, a sentence holding two of the claim's word
 * groups is topical too ("destroyed 20 boats and showed no proof of what they carried"). A question
 * asks and asserts nothing (its asserting words are a mention); a fact-check's verdict takes its side
 * for every claim the story states somewhere else, if only as the question it checks (see
 * fact-check), and that side is the story's, however many sentences relay the claim it checks; a
 * claim the story only touches (a death toll checked in a story on the strikes) gets nothing from it.
 * Words are read stemmed in the story's language (see compile-claims).
 *
 * A sentence that gives each side a clause of its own ("Washington says…; Caracas denies it") weighs
 * on both (see two-sides). A sentence that answers or asks about the one before it without naming the
 * claim ("The record is messier.", "Are they?") takes its side from that one (see point-back).
 *
 * Overall stance: each sentence weighs 3 in the headline, 2 in the lead, 1 elsewhere; the heavier side
 * wins; a tie goes to the side stated first by a sentence taking one side only; no side at all is
 * `mentions`. Under a headline that says the matter is contested ("split over", "dividida ante"), a
 * claim given both sides is a mention (see contested-headline). A claim in the background of a story about something else is only mentioned: the
 * headline and lead state no claim and take no side, and the claim takes a side in at most two
 * sentences, none before the third (`inBackground`), each relaying what someone says ("Washington
 * maintains that…"), and no claim takes a side in the headline, lead or the sentence after it (a
 * report summary's later findings are the story's subject, not its background), nor did the claim
 * itself before a writer's answer turned that sentence into a mention (`statedInCore`). Stated in the
 * story's own voice or in a quote, the side is the story's, unless the writer says the piece takes no
 * side (see abstention).
 */
import type { ClaimHit, Evidence, Language, Stance } from '../model';
import { abstains } from './abstention';
import { findSource, isReportedSpeech } from './attribution';
import { headlineContested } from './contested-headline';
import { headlineNamesDigest } from './digest-headline';
import { isQuestion } from './doubting-question';
import type { ClaimIndexes, CompiledClaims, Side } from './compile-claims';
import { sentenceText, sentenceWords, wordIds, type MatchDocument } from './document';
import type { EntitySpan } from './match-entities';
import { interviewerSentences } from './interview-turns';
import { pointBack } from './point-back';
import { collectFacts, sentenceSide, type Reading, type SentenceFacts } from './sentence-facts';

function isAnchored({ compiled, indexes, doc, words, spans, starts }: Reading): boolean {
  if (!compiled.anchors) return spans.length > 0;
  const { entities, hasWords } = compiled.anchors;
  return spans.some((span) => entities.has(span.entityId)) || (hasWords && indexes.anchorWords.findAll(words, starts('anchorWords'), doc.words).length > 0);
}

/**
 * The story's words as the language's tries read them (stemmed for English and Spanish), with their
 * ids, and the ids of the words as written.
 */
function wordsFor(indexes: ClaimIndexes, doc: MatchDocument): { words: readonly string[]; ids: Int32Array; writtenIds: Int32Array } {
  const { lexicon } = indexes.starts;
  const ids = wordIds(doc, lexicon);
  if (!indexes.stemIds) return { words: doc.words, ids, writtenIds: ids };
  const stemmed = indexes.stemIds(ids);
  const words = new Array<string>(stemmed.length);
  for (let i = 0; i < stemmed.length; i++) words[i] = lexicon.word(stemmed[i]!);
  return { words, ids: stemmed, writtenIds: ids };
}

function weightOf(doc: MatchDocument, sentence: number): number {
  if (sentence < doc.titleSentences) return 3;
  if (sentence === doc.titleSentences) return 2;
  return 1;
}

const SIDES: readonly Side[] = ['asserts', 'disputes'];

/** Side-taking sentences a claim may have and still be background (either side, or one of each). */
const BACKGROUND_SENTENCES = 2;
/** Body sentences after the lead that still count as the story's own subject. */
const CORE_AFTER_LEAD = 1;
/** Sentences of the story's core: the headline, the lead and the one after it. */
const coreEnd = (doc: MatchDocument): number => doc.titleSentences + CORE_AFTER_LEAD + 1;

/**
 * Headline and lead state no claim and take no side: no claim's wording, no two of a claim's word
 * groups together, no cue. A topic alone does not count: "the general who sits on Venezuela's
 * electoral council reappears" is about the general.
 */
function openingIsQuiet(doc: MatchDocument, facts: readonly SentenceFacts[]): boolean {
  const statesPart = (sentence: SentenceFacts): boolean => [...(sentence.groups?.values() ?? [])].some((found) => found.held.size >= 2);
  return facts.slice(0, doc.titleSentences + 1).every((sentence) => !sentence.phrases && !statesPart(sentence) && !sentence.assertCue && !sentence.disputeCue);
}

/**
 * A claim raised in passing, late in a story whose opening is about something else ("…amid accusations
 * that…", one official's argument in a story about overdose figures): whatever side its sentences
 * take, the story only mentions it.
 */
function inBackground(doc: MatchDocument, quietOpening: boolean, sideSentences: readonly number[]): boolean {
  if (!quietOpening || sideSentences.length === 0 || sideSentences.length > BACKGROUND_SENTENCES) return false;
  return sideSentences.every((index) => index >= coreEnd(doc));
}

/** How the sentences of a story weigh on one claim. */
interface Tally {
  id: string;
  weight: Record<Side, number>;
  evidence: Record<Side, Evidence[]>;
  /** The side stated first by a sentence taking one side only. */
  firstSide: Side | null;
  /** The first sentence that only mentions the claim (or weighs on both sides). */
  firstMention: number | null;
  /** A fact-check's verdict on the claim: the story's conclusion, whatever the sentences quoting the claim weigh. */
  verdict: Side | null;
  sideSentences: number[];
  /**
   * The claim took a side in the story's core before answers were read: a claim stated in the lead's
   * next sentence and answered by the writer ("Officials have claimed that… The record behind these
   * claims is thin") is the story's subject, not its background, though that sentence now only
   * mentions it.
   */
  statedInCore: boolean;
}

function tally(doc: MatchDocument, facts: readonly SentenceFacts[], id: string, evidenceSentences: Set<number>, premises: ReadonlySet<number>): Tally {
  const found: Tally = { id, weight: { asserts: 0, disputes: 0 }, evidence: { asserts: [], disputes: [] }, firstSide: null, firstMention: null, verdict: null, sideSentences: [], statedInCore: false };
  const sides = facts.map((sentence) => sentenceSide(doc, sentence, id));
  found.statedInCore = sides.slice(0, coreEnd(doc)).some((side) => side !== null && side !== 'mentions');
  pointBack(doc, facts, sides);
  // An interviewer's question or lead-in puts the claim to the guest; answers were read against it above.
  for (const index of premises) if (sides[index] !== null) sides[index] = 'mentions';
  // A verdict rates what the story checked: a claim the story only touches (a death toll checked in a
  // story on the strikes) gets no side from it. Stated is enough, even as the question under check.
  const checked = sides.some((side, index) => side !== null && side !== 'mentions' && !facts[index]!.verdict);
  facts.forEach((sentence, index) => {
    const side = sentence.verdict && !checked ? null : sides[index]!;
    if (side === null) return;
    const text = side === 'mentions' ? '' : sentenceText(doc, index);
    // A question asks: its asserting words only mention the claim.
    if (side === 'mentions' || (side === 'asserts' && isQuestion(text))) {
      found.firstMention ??= index;
      return;
    }
    // A sentence giving each side a clause weighs on both and is evidence for both, but states
    // neither first: balanced copy with nothing else is a mention.
    if (side !== 'both') found.firstSide ??= side;
    else found.firstMention ??= index; // shown if the story ends balanced
    if (sentence.verdict === side) found.verdict ??= side;
    for (const taken of side === 'both' ? SIDES : [side]) {
      found.weight[taken] += weightOf(doc, index);
      found.evidence[taken].push({ sentence: text, source: findSource(text) });
    }
    evidenceSentences.add(index);
    found.sideSentences.push(index);
  });
  return found;
}

export interface ClaimMatch {
  hits: ClaimHit[];
  /** Sentences (document indexes) that are some claim's evidence: the summary favours them. */
  evidenceSentences: Set<number>;
}

export function matchClaims(compiled: CompiledClaims, doc: MatchDocument, spans: readonly EntitySpan[], language: Language): ClaimMatch {
  const indexes = compiled.indexesFor(language);
  const { words, ids, writtenIds } = wordsFor(indexes, doc);
  // One lookup per token tells every claim index where it may start, instead of one per index.
  const reading: Reading = { compiled, indexes, doc, words, writtenIds, spans, starts: indexes.starts.mark(ids, writtenIds) };
  const offTopic = new Set<string>();
  const facts = collectFacts(reading, offTopic);
  const namesFigures = isAnchored(reading);
  const hits: ClaimHit[] = [];
  const evidenceSentences = new Set<number>();
  // A digest's items are stories of their own: its first item sets no subject for the others.
  const quietOpening = openingIsQuiet(doc, facts) && !headlineNamesDigest(doc);
  const tallies: Tally[] = [];
  let premises: Set<number> | undefined;
  for (const claim of compiled.claims) {
    const opensOwnTopic = namesFigures && !offTopic.has(claim.id);
    const onTopic = facts.some((sentence) => sentence.topics?.has(claim.id) || (opensOwnTopic && sentence.opens?.has(claim.id)));
    if (onTopic) tallies.push(tally(doc, facts, claim.id, evidenceSentences, (premises ??= interviewerSentences(doc))));
  }
  // A story whose core takes a side on some claim is about the claims, so none of them is background
  // there: a report summary's later findings, a second accusation in the same letter.
  const coreTakesSide = tallies.some((found) => found.sideSentences.some((index) => index < coreEnd(doc)));
  /** Read once, and only when a claim takes a side: whether the writer says the piece takes none. */
  let neutral: boolean | undefined;
  let contested: boolean | undefined;
  for (const { id, weight, evidence, firstSide, verdict, sideSentences, ...found } of tallies) {
    let firstMention = found.firstMention;
    const background = !coreTakesSide && !found.statedInCore && inBackground(doc, quietOpening, sideSentences) && sideSentences.every((index) => isReportedSpeech(sentenceWords(doc, index)));
    let stance: Stance = 'mentions';
    if (background || (sideSentences.length > 0 && (neutral ??= abstains(doc.source)))) firstMention = Math.min(firstMention ?? Infinity, sideSentences[0]!);
    else if (verdict) stance = verdict;
    // Under a headline that says the matter is contested, a claim given both sides is the division.
    else if (weight.asserts > 0 && weight.disputes > 0 && (contested ??= headlineContested(doc))) firstMention = firstMention ?? sideSentences[0]!;
    else if (weight.asserts > weight.disputes) stance = 'asserts';
    else if (weight.disputes > weight.asserts) stance = 'disputes';
    else if (firstSide) stance = firstSide;
    const shown = stance === 'mentions' ? null : evidence[stance][0]?.sentence;
    hits.push({
      id,
      stance,
      evidence: shown ?? (firstMention !== null ? sentenceText(doc, firstMention) : ''),
      asserting: evidence.asserts,
      disputing: evidence.disputes,
    });
  }
  return { hits, evidenceSentences };
}
