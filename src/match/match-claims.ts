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
 * for every claim the story is on (see fact-check).
 * Words are read stemmed in the story's language (see compile-claims).
 *
 * Overall stance: each sentence weighs 3 in the headline, 2 in the lead, 1 elsewhere; the heavier side
 * wins; a tie goes to the side stated first; no side at all is `mentions`. A claim in the background of
 * a story about something else is only mentioned: the headline and lead state no claim and take no
 * side, and the claim takes a side in at most two sentences, none before the third (`inBackground`),
 * each relaying what someone says ("Washington maintains that…"). Stated in the story's own voice or
 * in a quote, the side is the story's.
 */
import type { ClaimHit, Evidence, Language, Stance } from '../model';
import { findSource, isReportedSpeech } from './attribution';
import { isDoubtingQuestion, isQuestion } from './doubting-question';
import { claimLabelAt, verdictAt } from './fact-check';
import type { ClaimIndexes, ClaimIndexName, CompiledClaims, GroupWord, Side } from './compile-claims';
import { sentenceText, sentenceTokens, wordIds, type MatchDocument } from './document';
import type { EntitySpan } from './match-entities';
import { isNegated } from './negation';
import type { MarkedStarts } from './phrase-starts';

interface SentenceFacts {
  /** Made on first use: most sentences carry no claim wording and no topic. */
  phrases: Map<string, Set<Side>> | null;
  /** Claims whose own wording here can put an anchored story on their topic. */
  opens: Set<string> | null;
  topics: Set<string> | null;
  /**
   * Statement key (CompiledClaims.statements; a claim's `together` is under the claim's id) → which
   * of its word groups the sentence holds, and where their words start (read for a negation only
   * once the sentence states the claim).
   */
  groups: Map<string, { held: Set<number>; starts: number[] }> | null;
  disputeCue: boolean;
  hedgeCue: boolean;
  assertCue: boolean;
  /** A headline asking whether something is "really" so: it disputes the claim whose words it holds. */
  doubts: boolean;
  /** A fact-check's verdict: its side for every claim the story is on, though it names none. */
  verdict: Side | null;
}

function addSide(facts: SentenceFacts, claimId: string, side: Side, opensTopic: boolean): void {
  const phrases = (facts.phrases ??= new Map());
  const sides = phrases.get(claimId) ?? new Set<Side>();
  sides.add(side);
  phrases.set(claimId, sides);
  if (opensTopic) (facts.opens ??= new Set()).add(claimId);
}

/** One story as the claim tries read it. */
interface Reading {
  compiled: CompiledClaims;
  indexes: ClaimIndexes;
  doc: MatchDocument;
  /** The story's words, stemmed when its language has a stemmer. */
  words: readonly string[];
  /** The ids of the story's words as written. */
  writtenIds: Int32Array;
  spans: readonly EntitySpan[];
  starts: MarkedStarts<ClaimIndexName>;
}

/** What each sentence holds, and (into `offTopic`) the claims whose off-topic wording the story holds. */
function collectFacts({ compiled, indexes, doc, words, writtenIds, spans, starts }: Reading, offTopic: Set<string>): SentenceFacts[] {
  const facts: SentenceFacts[] = doc.sentences.map(() => ({ phrases: null, opens: null, topics: null, groups: null, disputeCue: false, hedgeCue: false, assertCue: false, doubts: false, verdict: null }));
  const at = (token: number): SentenceFacts => facts[doc.tokenSentence[token]!]!;
  const notDisputes = indexes.notDisputeCues.findAll(words, starts('notDisputeCues'), doc.words);
  const withinNotDispute = ({ start, end }: { start: number; end: number }): boolean => notDisputes.some((not) => not.start <= start && end <= not.end);
  const negated = (token: number): boolean => isNegated(doc, token, (at) => withinNotDispute({ start: at, end: at + 1 }));
  for (const hit of indexes.phrases.findAll(words, starts('phrases'), doc.words)) {
    // A claim's own denial word inside wording that denies nothing ("the cartel is no myth") is no denial.
    if (hit.value.side === 'disputes' && withinNotDispute(hit)) continue;
    const side = hit.value.side === 'asserts' && negated(hit.start) ? 'disputes' : hit.value.side;
    addSide(at(hit.start), hit.value.claimId, side, hit.value.opensTopic);
  }
  for (const hit of indexes.topicWords.findAll(words, starts('topicWords'), doc.words)) {
    if (hit.value.off) offTopic.add(hit.value.claimId);
    else (at(hit.start).topics ??= new Set()).add(hit.value.claimId);
  }
  for (const span of spans) {
    for (const claimId of compiled.topicEntities.get(span.entityId) ?? []) (at(span.start).topics ??= new Set()).add(claimId);
  }
  for (const hit of namedGroupWords(indexes.together.findAll(words, starts('together'), doc.words), doc.words)) {
    const groups = (at(hit.start).groups ??= new Map());
    const found = groups.get(hit.value.statement);
    if (found) {
      found.held.add(hit.value.group);
      found.starts.push(hit.start);
    } else groups.set(hit.value.statement, { held: new Set([hit.value.group]), starts: [hit.start] });
  }
  addGroupSides(compiled, doc, facts, negated);
  for (const hit of indexes.disputeCues.findAll(words, starts('disputeCues'), doc.words)) {
    if (!withinNotDispute(hit)) at(hit.start).disputeCue = true;
  }
  for (const hit of indexes.hedgeCues.findAll(words, starts('hedgeCues'), doc.words)) at(hit.start).hedgeCue = true;
  for (const sentence of compiled.frames.sentences(doc, writtenIds)) facts[sentence]!.hedgeCue = true;
  for (const hit of indexes.assertCues.findAll(words, starts('assertCues'), doc.words)) at(hit.start).assertCue = true;
  for (let sentence = 0; sentence < doc.titleSentences; sentence++) {
    if (isDoubtingQuestion(sentenceText(doc, sentence))) facts[sentence]!.doubts = true;
  }
  doc.sentences.forEach(({ start }, sentence) => {
    const found = facts[sentence]!;
    found.verdict = verdictAt(doc.source, start);
    if (claimLabelAt(doc.source, start)) found.hedgeCue = true;
  });
  return facts;
}

/** After a back reference, these begin a name of its own: "el cartel del Golfo" is not the cartel named before. */
const NAMES_ANOTHER = new Set(['of', 'de', 'del']);

/**
 * The group words that count: a `laterAs` word ("the gang") only after a word of its own group was
 * named earlier in the story ("Tren de Aragua"), never on its own, and not when a name follows it.
 */
function namedGroupWords<T extends { start: number; end: number; value: GroupWord }>(hits: readonly T[], written: readonly string[]): T[] {
  if (!hits.some((hit) => hit.value.later)) return [...hits];
  const key = (word: GroupWord): string => `${word.statement}\u0000${word.group}`;
  const firstNamed = new Map<string, number>();
  for (const hit of hits) {
    if (!hit.value.later) firstNamed.set(key(hit.value), Math.min(firstNamed.get(key(hit.value)) ?? Infinity, hit.start));
  }
  const refersBack = (hit: T): boolean => (firstNamed.get(key(hit.value)) ?? Infinity) < hit.start && !NAMES_ANOTHER.has(written[hit.end] ?? '');
  return hits.filter((hit) => !hit.value.later || refersBack(hit));
}

/**
 * A sentence that holds a word of every group of a claim states it, as its asserting wording would.
 * A body sentence may borrow one missing group from the sentence before it, since reporters spread a
 * statement over two ("…gold from the Mining Arc. The sales launder drug money"); borrowing more
 * would join words that merely sit near each other.
 */
function addGroupSides(compiled: CompiledClaims, doc: MatchDocument, facts: SentenceFacts[], negated: (token: number) => boolean): void {
  facts.forEach((sentence, index) => {
    if (!sentence.groups) return;
    const before = index > doc.titleSentences ? facts[index - 1]!.groups : null;
    for (const [key, { held, starts }] of sentence.groups) {
      const statement = compiled.statements.get(key)!;
      const missing = statement.groups - held.size;
      const borrowed = statement.borrows && missing === 1 && [...(before?.get(key)?.held ?? [])].some((group) => !held.has(group));
      if (missing !== 0 && !borrowed) continue;
      // Stated with a group word negated ("no protege"), the sentence disputes the claim.
      const denied = starts.some(negated);
      addSide(sentence, statement.claimId, denied ? 'disputes' : 'asserts', true);
    }
  });
}

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

function sentenceSide(facts: SentenceFacts, claimId: string): Side | 'mentions' | null {
  const sides = facts.phrases?.get(claimId);
  if (facts.verdict) return facts.verdict;
  // Two of the claim's word groups name it without stating it: enough for a doubting question, or for
  // a cue to take a side on it.
  const named = (facts.groups?.get(claimId)?.held.size ?? 0) >= 2;
  if (facts.doubts && (sides || facts.topics?.has(claimId) || named)) return 'disputes';
  if (sides?.has('disputes')) return 'disputes';
  if (!sides && !facts.topics?.has(claimId) && !named) return null;
  if (facts.disputeCue) return 'disputes';
  if (facts.hedgeCue) return 'mentions';
  if (sides?.has('asserts') || facts.assertCue) return 'asserts';
  return 'mentions';
}

function sentenceWords(doc: MatchDocument, sentence: number): string[] {
  const { start, end } = sentenceTokens(doc, sentence);
  return doc.words.slice(start, end);
}

function weightOf(doc: MatchDocument, sentence: number): number {
  if (sentence < doc.titleSentences) return 3;
  if (sentence === doc.titleSentences) return 2;
  return 1;
}

/** Side-taking sentences a claim may have and still be background (either side, or one of each). */
const BACKGROUND_SENTENCES = 2;
/** Body sentences after the lead that still count as the story's own subject. */
const CORE_AFTER_LEAD = 1;

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
  return sideSentences.every((index) => index > doc.titleSentences + CORE_AFTER_LEAD);
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
  const quietOpening = openingIsQuiet(doc, facts);
  for (const claim of compiled.claims) {
    const opensOwnTopic = namesFigures && !offTopic.has(claim.id);
    const onTopic = facts.some((sentence) => sentence.topics?.has(claim.id) || (opensOwnTopic && sentence.opens?.has(claim.id)));
    if (!onTopic) continue;
    const weight = { asserts: 0, disputes: 0 };
    const evidence: Record<Side, Evidence[]> = { asserts: [], disputes: [] };
    let firstSide: Side | null = null;
    let firstMention: number | null = null;
    const sideSentences: number[] = [];
    facts.forEach((sentence, index) => {
      const side = sentenceSide(sentence, claim.id);
      if (side === null) return;
      const text = side === 'mentions' ? '' : sentenceText(doc, index);
      // A question asks: its asserting words only mention the claim.
      if (side === 'mentions' || (side === 'asserts' && isQuestion(text))) {
        firstMention ??= index;
        return;
      }
      firstSide ??= side;
      weight[side] += weightOf(doc, index);
      evidence[side].push({ sentence: text, source: findSource(text) });
      evidenceSentences.add(index);
      sideSentences.push(index);
    });
    const background = inBackground(doc, quietOpening, sideSentences) && sideSentences.every((index) => isReportedSpeech(sentenceWords(doc, index)));
    let stance: Stance = 'mentions';
    if (background) firstMention = Math.min(firstMention ?? Infinity, sideSentences[0]!);
    else if (weight.asserts > weight.disputes) stance = 'asserts';
    else if (weight.disputes > weight.asserts) stance = 'disputes';
    else if (firstSide) stance = firstSide;
    const shown = stance === 'mentions' ? null : evidence[stance][0]?.sentence;
    hits.push({
      id: claim.id,
      stance,
      evidence: shown ?? (firstMention !== null ? sentenceText(doc, firstMention) : ''),
      asserting: evidence.asserts,
      disputing: evidence.disputes,
    });
  }
  return { hits, evidenceSentences };
}
