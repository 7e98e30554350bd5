/**
 * Turns claims.yaml into phrase tries: one for every claim's asserting and disputing wording, one for
 * topic words, and one each for the generic cues that report or deny something.
 */
import type { ClaimConfig, ClaimsFile } from '../config/schema';
import { PhraseIndex } from './phrase-index';
import { PhraseStarts } from './phrase-starts';

export type Side = 'asserts' | 'disputes';

export interface ClaimPhrase {
  claimId: string;
  side: Side;
}

export interface CompiledClaims {
  claims: ClaimConfig[];
  phrases: PhraseIndex<ClaimPhrase>;
  topicWords: PhraseIndex<string>;
  /** Entity id → claims whose topic that figure is. */
  topicEntities: Map<string, string[]>;
  disputeCues: PhraseIndex<true>;
  assertCues: PhraseIndex<true>;
  /** Null when claims.yaml sets no anchors: then any tracked figure anchors a story. */
  anchors: { entities: Set<string>; words: PhraseIndex<true> } | null;
  /** Where any of the indexes above may start a phrase, in one pass over a story. */
  starts: PhraseStarts<ClaimIndexName>;
}

export type ClaimIndexName = 'phrases' | 'topicWords' | 'disputeCues' | 'assertCues' | 'anchorWords';

function addBoth<T>(index: PhraseIndex<T>, phrases: { en: string[]; es: string[] }, value: T): void {
  // Both languages always apply: Spanish stories quote English officials and the other way round.
  for (const phrase of [...phrases.en, ...phrases.es]) index.add(phrase, value);
}

export function compileClaims(file: ClaimsFile): CompiledClaims {
  const phrases = new PhraseIndex<ClaimPhrase>();
  const topicWords = new PhraseIndex<string>();
  const topicEntities = new Map<string, string[]>();
  const disputeCues = new PhraseIndex<true>();
  const assertCues = new PhraseIndex<true>();
  addBoth(disputeCues, file.disputeCues, true);
  addBoth(assertCues, file.assertCues, true);
  for (const claim of file.claims) {
    addBoth(phrases, claim.asserts, { claimId: claim.id, side: 'asserts' });
    addBoth(phrases, claim.disputes, { claimId: claim.id, side: 'disputes' });
    addBoth(topicWords, claim.topic, claim.id);
    for (const entityId of claim.topic.entities) {
      topicEntities.set(entityId, [...(topicEntities.get(entityId) ?? []), claim.id]);
    }
  }
  const anchorWords = new PhraseIndex<true>();
  addBoth(anchorWords, file.anchors, true);
  const anchors = file.anchors.entities.length > 0 || anchorWords.size > 0 ? { entities: new Set(file.anchors.entities), words: anchorWords } : null;
  const starts = new PhraseStarts<ClaimIndexName>({ phrases, topicWords, disputeCues, assertCues, anchorWords });
  return { claims: file.claims, phrases, topicWords, topicEntities, disputeCues, assertCues, anchors, starts };
}
