/**
 * Finds the tracked claims a story discusses and the side it takes.
 *
 * A claim is considered only when the story is on its topic: a topic figure or topic word anywhere, or
 * the claim's own wording in a story anchored to the beat (an anchor figure or word from claims.yaml,
 * such as Venezuela or Caracas): a mob trial's "criminal enterprise" or a Lebanese "safe haven" has
 * none, so it carries no claim.
 * Each sentence then takes a side: the claim's own disputing wording, or its asserting wording
 * negated by a generic dispute cue ("denies", "sin pruebas"), disputes; its asserting wording asserts;
 * a topical sentence with only a generic cue takes that cue's side; a topical sentence with no cue
 * only mentions the claim.
 *
 * Overall stance: each sentence weighs 3 in the headline, 2 in the lead, 1 elsewhere; the heavier side
 * wins; a tie goes to the side stated first; no side at all is `mentions`.
 */
import type { ClaimHit, Evidence, Stance } from '../model';
import { findSource } from './attribution';
import type { ClaimIndexName, CompiledClaims, Side } from './compile-claims';
import { sentenceText, type MatchDocument } from './document';
import type { EntitySpan } from './match-entities';
import type { MarkedStarts } from './phrase-starts';

interface SentenceFacts {
  /** Made on first use: most sentences carry no claim wording and no topic. */
  phrases: Map<string, Set<Side>> | null;
  topics: Set<string> | null;
  disputeCue: boolean;
  assertCue: boolean;
}

function collectFacts(compiled: CompiledClaims, doc: MatchDocument, spans: readonly EntitySpan[], starts: MarkedStarts<ClaimIndexName>): SentenceFacts[] {
  const facts: SentenceFacts[] = doc.sentences.map(() => ({
    phrases: null,
    topics: null,
    disputeCue: false,
    assertCue: false,
  }));
  const at = (token: number): SentenceFacts => facts[doc.tokenSentence[token]!]!;
  for (const hit of compiled.phrases.findAll(doc.tokens, starts('phrases'))) {
    const phrases = (at(hit.start).phrases ??= new Map());
    const sides = phrases.get(hit.value.claimId) ?? new Set<Side>();
    sides.add(hit.value.side);
    phrases.set(hit.value.claimId, sides);
  }
  for (const hit of compiled.topicWords.findAll(doc.tokens, starts('topicWords'))) (at(hit.start).topics ??= new Set()).add(hit.value);
  for (const span of spans) {
    for (const claimId of compiled.topicEntities.get(span.entityId) ?? []) (at(span.start).topics ??= new Set()).add(claimId);
  }
  for (const hit of compiled.disputeCues.findAll(doc.tokens, starts('disputeCues'))) at(hit.start).disputeCue = true;
  for (const hit of compiled.assertCues.findAll(doc.tokens, starts('assertCues'))) at(hit.start).assertCue = true;
  return facts;
}

function isAnchored(compiled: CompiledClaims, doc: MatchDocument, spans: readonly EntitySpan[], starts: MarkedStarts<ClaimIndexName>): boolean {
  if (!compiled.anchors) return spans.length > 0;
  const { entities, words } = compiled.anchors;
  return spans.some((span) => entities.has(span.entityId)) || words.findAll(doc.tokens, starts('anchorWords')).length > 0;
}

function sentenceSide(facts: SentenceFacts, claimId: string): Side | 'mentions' | null {
  const sides = facts.phrases?.get(claimId);
  if (sides?.has('disputes')) return 'disputes';
  if (sides?.has('asserts')) return facts.disputeCue ? 'disputes' : 'asserts';
  if (!facts.topics?.has(claimId)) return null;
  if (facts.disputeCue) return 'disputes';
  if (facts.assertCue) return 'asserts';
  return 'mentions';
}

function weightOf(doc: MatchDocument, sentence: number): number {
  if (sentence < doc.titleSentences) return 3;
  if (sentence === doc.titleSentences) return 2;
  return 1;
}

export function matchClaims(compiled: CompiledClaims, doc: MatchDocument, spans: readonly EntitySpan[]): ClaimHit[] {
  // One lookup per token tells every claim index where it may start, instead of one per index.
  const starts = compiled.starts.mark(doc.tokens);
  const facts = collectFacts(compiled, doc, spans, starts);
  const namesFigures = isAnchored(compiled, doc, spans, starts);
  const hits: ClaimHit[] = [];
  for (const claim of compiled.claims) {
    const onTopic = facts.some((sentence) => sentence.topics?.has(claim.id) || (namesFigures && sentence.phrases?.has(claim.id)));
    if (!onTopic) continue;
    const weight = { asserts: 0, disputes: 0 };
    const evidence: Record<Side, Evidence[]> = { asserts: [], disputes: [] };
    let firstSide: Side | null = null;
    let firstMention: number | null = null;
    facts.forEach((sentence, index) => {
      const side = sentenceSide(sentence, claim.id);
      if (side === null) return;
      if (side === 'mentions') {
        firstMention ??= index;
        return;
      }
      firstSide ??= side;
      weight[side] += weightOf(doc, index);
      const text = sentenceText(doc, index);
      evidence[side].push({ sentence: text, source: findSource(text) });
    });
    let stance: Stance = 'mentions';
    if (weight.asserts > weight.disputes) stance = 'asserts';
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
  return hits;
}
