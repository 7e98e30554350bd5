/**
 * What each sentence of a story holds for the claims: their wording and its side, topic words and
 * figures, word groups, and the cues that turn a topical sentence into a side or a mention; and the
 * side a sentence takes on one claim. See match-claims for how sentences add up to a stance.
 */
import { isDoubtingQuestion } from './doubting-question';
import { claimLabelAt, verdictAt } from './fact-check';
import type { ClaimIndexes, ClaimIndexName, CompiledClaims, GroupWord, Side, TopicWord } from './compile-claims';
import { sentenceText, type MatchDocument } from './document';
import type { EntitySpan } from './match-entities';
import { isNegated } from './negation';
import { spanWithin, type PhraseHit, type TokenSpan } from './phrase-index';
import type { MarkedStarts } from './phrase-starts';
import { holdsBothSides, type Wording } from './two-sides';

export interface SentenceFacts {
  /** Made on first use: most sentences carry no claim wording and no topic. */
  phrases: Map<string, Set<Side>> | null;
  /** Claims whose own wording here can put an anchored story on their topic. */
  opens: Set<string> | null;
  topics: Set<string> | null;
  /** Claims two of whose topic groups the sentence holds, not all: on the topic once the story is ("killed in an October strike on a pirogue"). */
  partTopics: Set<string> | null;
  /**
   * Statement key (CompiledClaims.statements; a claim's `together` is under the claim's id) → which
   * of its word groups the sentence holds, and where their words start (read for a negation only
   * once the sentence states the claim).
   */
  groups: Map<string, { held: Set<number>; starts: number[]; groupOf: number[] }> | null;
  /**
   * Where each claim's wording stands and the side it takes, for telling a sentence that gives each
   * side a clause of its own (see two-sides).
   */
  wording: Array<{ claimId: string; side: Side; where: Wording }> | null;
  disputeCue: boolean;
  /** The first token of each generic dispute cue. */
  cueStarts: number[] | null;
  hedgeCue: boolean;
  assertCue: boolean;
  /** Wording that answers the claim the sentence before states (point-back). */
  rebuttalCue: boolean;
  /** A headline asking whether something is "really" so: it disputes the claim whose words it holds. */
  doubts: boolean;
  /** A fact-check's verdict: its side for every claim the story states elsewhere, though it names none (match-claims). */
  verdict: Side | null;
}

function addSide(facts: SentenceFacts, claimId: string, side: Side, opensTopic: boolean, where: Wording): void {
  (facts.wording ??= []).push({ claimId, side, where });
  const phrases = (facts.phrases ??= new Map());
  const sides = phrases.get(claimId) ?? new Set<Side>();
  sides.add(side);
  phrases.set(claimId, sides);
  if (opensTopic) (facts.opens ??= new Set()).add(claimId);
}

/** One story as the claim tries read it. */
export interface Reading {
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
export function collectFacts({ compiled, indexes, doc, words, writtenIds, spans, starts }: Reading, offTopic: Set<string>): SentenceFacts[] {
  const facts: SentenceFacts[] = doc.sentences.map(() => ({ phrases: null, opens: null, topics: null, partTopics: null, groups: null, wording: null, disputeCue: false, cueStarts: null, hedgeCue: false, assertCue: false, rebuttalCue: false, doubts: false, verdict: null }));
  const at = (token: number): SentenceFacts => facts[doc.tokenSentence[token]!]!;
  const notDisputes = indexes.notDisputeCues.findAll(words, starts('notDisputeCues'), doc.words);
  const withinNotDispute = (span: TokenSpan): boolean => notDisputes.some((not) => spanWithin(span, not));
  const negated = (token: number): boolean => isNegated(doc, token, (at) => withinNotDispute({ start: at, end: at + 1 }));
  for (const hit of indexes.phrases.findAll(words, starts('phrases'), doc.words)) {
    // A claim's own denial word inside wording that denies nothing ("the cartel is no myth") is no denial.
    if (hit.value.side === 'disputes' && withinNotDispute(hit)) continue;
    const side = hit.value.side === 'asserts' && negated(hit.start) ? 'disputes' : hit.value.side;
    addSide(at(hit.start), hit.value.claimId, side, hit.value.opensTopic, { tokens: [hit.start], groups: [0] });
  }
  // Off-topic wording around a topic phrase says what the phrase is part of ("a Venezuelan gold
  // town" is a town): neither on the claim's topic nor off it.
  const topicHits = indexes.topicWords.findAll(words, starts('topicWords'), doc.words);
  const covers = (off: PhraseHit<TopicWord>, hit: PhraseHit<TopicWord>): boolean =>
    off.value.off && !hit.value.off && off.value.claimId === hit.value.claimId && spanWithin(hit, off);
  for (const hit of topicHits) {
    if (hit.value.off ? topicHits.some((topic) => covers(hit, topic)) : topicHits.some((off) => covers(off, hit))) continue;
    if (hit.value.off) offTopic.add(hit.value.claimId);
    else (at(hit.start).topics ??= new Set()).add(hit.value.claimId);
  }
  // "the cartel", back to the Cartel of the Suns named before as a topic figure, is about it as much as the name is.
  const firstTopicFigure = new Map<string, number>();
  for (const span of spans) {
    for (const claimId of compiled.topicEntities.get(span.entityId) ?? []) {
      (at(span.start).topics ??= new Set()).add(claimId);
      firstTopicFigure.set(claimId, Math.min(firstTopicFigure.get(claimId) ?? Infinity, span.start));
    }
  }
  const topicGroups = new Map<number, Map<string, Set<number>>>();
  for (const hit of namedGroupWords(indexes.together.findAll(words, starts('together'), doc.words), doc.words)) {
    const { claimId, topicOnly } = compiled.statements.get(hit.value.statement)!;
    if (topicOnly) {
      addTopicGroup(topicGroups, doc.tokenSentence[hit.start]!, hit.value);
      continue;
    }
    if (hit.value.later && (firstTopicFigure.get(claimId) ?? Infinity) < hit.start) (at(hit.start).topics ??= new Set()).add(claimId);
    const groups = (at(hit.start).groups ??= new Map());
    const found = groups.get(hit.value.statement);
    if (found) {
      found.held.add(hit.value.group);
      found.starts.push(hit.start);
      found.groupOf.push(hit.value.group);
    } else groups.set(hit.value.statement, { held: new Set([hit.value.group]), starts: [hit.start], groupOf: [hit.value.group] });
  }
  addTopicGroupSentences(compiled, doc.titleSentences, facts, topicGroups, offTopic);
  addGroupSides(compiled, doc, facts, negated);
  for (const hit of indexes.disputeCues.findAll(words, starts('disputeCues'), doc.words)) {
    if (withinNotDispute(hit)) continue;
    const sentence = at(hit.start);
    sentence.disputeCue = true;
    (sentence.cueStarts ??= []).push(hit.start);
  }
  for (const hit of indexes.hedgeCues.findAll(words, starts('hedgeCues'), doc.words)) at(hit.start).hedgeCue = true;
  for (const sentence of compiled.frames.sentences(doc, writtenIds)) facts[sentence]!.hedgeCue = true;
  for (const hit of indexes.assertCues.findAll(words, starts('assertCues'), doc.words)) at(hit.start).assertCue = true;
  for (const hit of indexes.rebuttalCues.findAll(words, starts('rebuttalCues'), doc.words)) at(hit.start).rebuttalCue = true;
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

/**
 * Whether a sentence holding all of a statement's `needed` groups but one finds the missing one in
 * the sentence before (`before`: the groups held there), as reporters spread a statement over two.
 */
function borrowsLastGroup(held: ReadonlySet<number>, needed: number, before: ReadonlySet<number> | undefined): boolean {
  if (needed - held.size !== 1 || !before) return false;
  for (const group of before) if (!held.has(group)) return true;
  return false;
}

/** Notes that `sentence` holds a word of one of a claim's topic groups. */
function addTopicGroup(topicGroups: Map<number, Map<string, Set<number>>>, sentence: number, word: GroupWord): void {
  const held = topicGroups.get(sentence) ?? new Map<string, Set<number>>();
  topicGroups.set(sentence, held);
  const groups = held.get(word.statement) ?? new Set<number>();
  held.set(word.statement, groups);
  groups.add(word.group);
}

/**
 * A sentence holding a word of every topic group of a claim is on its topic; one holding two of them
 * touches it once the story is (partTopics).
 */
function addTopicGroupSentences(compiled: CompiledClaims, titleSentences: number, facts: SentenceFacts[], topicGroups: Map<number, Map<string, Set<number>>>, offTopic: ReadonlySet<string>): void {
  for (const [sentence, held] of topicGroups) {
    for (const [key, groups] of held) {
      const { claimId, groups: needed } = compiled.statements.get(key)!;
      // Groups are looser than a topic phrase: a story holding the claim's off-topic wording (the Red Sea) needs the phrase.
      if (offTopic.has(claimId)) continue;
      if (groups.size === needed) {
        (facts[sentence]!.topics ??= new Set()).add(claimId);
        continue;
      }
      // A body sentence may borrow one missing group from the sentence before, as a claim's own groups
      // may ("…is a cocaine boat. The Pentagon has blown up more than 20 of them"), but words spread
      // over two sentences are looser: like the claim's own wording, they count in an anchored story.
      const borrowed = sentence > titleSentences && borrowsLastGroup(groups, needed, topicGroups.get(sentence - 1)?.get(key));
      if (borrowed) (facts[sentence]!.opens ??= new Set()).add(claimId);
      if (groups.size >= 2 || borrowed) (facts[sentence]!.partTopics ??= new Set()).add(claimId);
    }
  }
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
    for (const [key, { held, starts, groupOf }] of sentence.groups) {
      const statement = compiled.statements.get(key)!;
      const missing = statement.groups - held.size;
      const borrowed = statement.borrows && borrowsLastGroup(held, statement.groups, before?.get(key)?.held);
      if (missing !== 0 && !borrowed) continue;
      // Stated with a group word negated ("no protege"), the sentence disputes the claim.
      const denied = starts.some(negated);
      addSide(sentence, statement.claimId, denied ? 'disputes' : 'asserts', true, { tokens: starts, groups: groupOf });
    }
  });
}

/**
 * Whether the sentence asserts the claim in one clause and disputes it in another (see two-sides). A
 * claim framed as someone's ("la afirmación de Washington de que…, aunque un informe no halló pruebas")
 * is one side too: the frame only mentions it, the other clause answers it.
 */
function balanced(doc: MatchDocument, facts: SentenceFacts, claimId: string): boolean {
  if (!facts.wording) return false;
  const own = facts.wording.filter((found) => found.claimId === claimId);
  const asserting = own.filter((found) => found.side === 'asserts').map((found) => found.where);
  const disputing = [...own.filter((found) => found.side === 'disputes').map((found) => found.where.tokens[0]!), ...(facts.cueStarts ?? [])];
  return holdsBothSides(doc, asserting, disputing);
}

/** The side one sentence takes on a claim: `both` when each side has a clause of its own; null when the sentence is not on it. */
export function sentenceSide(doc: MatchDocument, facts: SentenceFacts, claimId: string): Side | 'both' | 'mentions' | null {
  const sides = facts.phrases?.get(claimId);
  if (facts.verdict) return facts.verdict;
  // Two of the claim's word groups (or of its topic's) name it without stating it: enough for a
  // doubting question, or for a cue to take a side on it.
  const named = (facts.groups?.get(claimId)?.held.size ?? 0) >= 2 || facts.partTopics?.has(claimId) === true;
  if (facts.doubts && (sides || facts.topics?.has(claimId) || named)) return 'disputes';
  if (sides?.has('disputes')) return sides.has('asserts') && balanced(doc, facts, claimId) ? 'both' : 'disputes';
  if (!sides && !facts.topics?.has(claimId) && !named) return null;
  if (facts.disputeCue) return sides?.has('asserts') && balanced(doc, facts, claimId) ? 'both' : 'disputes';
  if (facts.hedgeCue) return 'mentions';
  if (sides?.has('asserts') || facts.assertCue) return 'asserts';
  return 'mentions';
}
