/**
 * Turns claims.yaml into phrase tries: one for every claim's asserting and disputing wording, one for
 * topic words, one for the word groups that state a claim in other words, and one each for the
 * generic cues that report or deny something (and the wording that only looks like a denial).
 *
 * The tries are built three times: with words as written (for stories in neither language), and
 * stemmed for English and for Spanish stories. A story is searched with the set for the language
 * detected for it. Each set holds the wording of both languages, because Spanish stories quote
 * English officials and the other way round; the language only picks how words are stemmed.
 */
import type { ClaimConfig, ClaimsFile } from '../config/claims-schema';
import type { Language } from '../model';
import { FrameFinder } from './hedge-frames';
import { Lexicon, WordMemo } from './lexicon';
import { PhraseIndex, type WordTransform } from './phrase-index';
import { PhraseStarts } from './phrase-starts';
import { STEMMERS, type Stemmer } from './stem';

export type Side = 'asserts' | 'disputes';

export interface ClaimPhrase {
  claimId: string;
  side: Side;
  /** False for wording too general to put a story on the claim's topic by itself. */
  opensTopic: boolean;
}

export interface GroupWord {
  claimId: string;
  /** Which statement of the claim the group belongs to: a key of CompiledClaims.statements. */
  statement: string;
  group: number;
  /** A word that stands for the group only after one of its own words was named (claims.yaml `laterAs`). */
  later: boolean;
}

/** Word groups that state a claim when a sentence holds a word of each. */
export interface WordStatement {
  claimId: string;
  groups: number;
  /** Whether a body sentence may borrow one missing group from the sentence before (`together` only). */
  borrows: boolean;
  /** Groups that only put their sentence on the claim's topic (`topic.together`), taking no side. */
  topicOnly: boolean;
}

export type ClaimIndexName = 'phrases' | 'topicWords' | 'together' | 'disputeCues' | 'notDisputeCues' | 'hedgeCues' | 'assertCues' | 'rebuttalCues' | 'anchorWords';

/** A word that bears on a claim's topic: puts a story on it, or (`off`) keeps the claim's own wording from doing so. */
export interface TopicWord {
  claimId: string;
  off: boolean;
}

/** The tries for one way of reading words (as written, or stemmed for one language). */
export interface ClaimIndexes {
  /** A story's word ids (from the matcher's lexicon) stemmed; null when words are read as written. */
  stemIds: ((ids: Int32Array) => Int32Array) | null;
  phrases: PhraseIndex<ClaimPhrase>;
  topicWords: PhraseIndex<TopicWord>;
  together: PhraseIndex<GroupWord>;
  disputeCues: PhraseIndex<true>;
  notDisputeCues: PhraseIndex<true>;
  hedgeCues: PhraseIndex<true>;
  assertCues: PhraseIndex<true>;
  rebuttalCues: PhraseIndex<true>;
  anchorWords: PhraseIndex<true>;
  /** Where any of the indexes above may start a phrase, in one pass over a story. */
  starts: PhraseStarts<ClaimIndexName>;
}

export interface CompiledClaims {
  claims: ClaimConfig[];
  /**
   * The claims' statements in word groups, by key: a claim's `together` under its id, each of its
   * `assertsBeside` pairs under `id#n`, its `topic.together` under `id#topic`. Claims without any are absent.
   */
  statements: Map<string, WordStatement>;
  /** Entity id → claims whose topic that figure is. */
  topicEntities: Map<string, string[]>;
  /** Null when claims.yaml sets no anchors: then any tracked figure anchors a story. */
  anchors: { entities: Set<string>; hasWords: boolean } | null;
  /** The tries for a story in this language. */
  indexesFor(language: Language): ClaimIndexes;
  /** Claims named as what a noun says, across a gap (hedge-frames.ts); reads written word ids. */
  frames: FrameFinder;
}

const besideKey = (claimId: string, index: number): string => `${claimId}#${index}`;
const topicKey = (claimId: string): string => `${claimId}#topic`;

function addBoth<T>(index: PhraseIndex<T>, phrases: { en: string[]; es: string[] }, value: T): void {
  for (const phrase of [...phrases.en, ...phrases.es]) index.add(phrase, value);
}

/** A story repeats its words, and news repeats its vocabulary: each word is stemmed once. */
function stemmedIds(stem: Stemmer, lexicon: Lexicon): (ids: Int32Array) => Int32Array {
  const known = new WordMemo(lexicon);
  return (ids) => {
    known.sync();
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      let stemmed = known.get(id);
      if (stemmed < 0) {
        stemmed = lexicon.intern(stem(lexicon.word(id)));
        known.set(id, stemmed);
      }
      out[i] = stemmed;
    }
    return out;
  };
}

function buildIndexes(file: ClaimsFile, stem: Stemmer | null, lexicon: Lexicon): ClaimIndexes {
  const transform: WordTransform | null = stem;
  const phrases = new PhraseIndex<ClaimPhrase>(transform);
  const topicWords = new PhraseIndex<TopicWord>(transform);
  const together = new PhraseIndex<GroupWord>(transform);
  const disputeCues = new PhraseIndex<true>(transform);
  const notDisputeCues = new PhraseIndex<true>(transform);
  const hedgeCues = new PhraseIndex<true>(transform);
  const assertCues = new PhraseIndex<true>(transform);
  const rebuttalCues = new PhraseIndex<true>(transform);
  const anchorWords = new PhraseIndex<true>(transform);
  addBoth(disputeCues, file.disputeCues, true);
  addBoth(notDisputeCues, file.notDisputeCues, true);
  addBoth(hedgeCues, file.hedgeCues, true);
  addBoth(assertCues, file.assertCues, true);
  addBoth(rebuttalCues, file.rebuttalCues, true);
  addBoth(anchorWords, file.anchors, true);
  for (const claim of file.claims) {
    addBoth(phrases, claim.asserts, { claimId: claim.id, side: 'asserts', opensTopic: true });
    addBoth(phrases, claim.disputes, { claimId: claim.id, side: 'disputes', opensTopic: true });
    addBoth(phrases, claim.disputesOnTopic, { claimId: claim.id, side: 'disputes', opensTopic: false });
    addBoth(topicWords, claim.topic, { claimId: claim.id, off: false });
    addBoth(topicWords, claim.offTopic, { claimId: claim.id, off: true });
    claim.together.forEach((group, index) => {
      addBoth(together, group, { claimId: claim.id, statement: claim.id, group: index, later: false });
      addBoth(together, group.laterAs, { claimId: claim.id, statement: claim.id, group: index, later: true });
    });
    claim.topic.together.forEach((group, index) => addBoth(together, group, { claimId: claim.id, statement: topicKey(claim.id), group: index, later: false }));
    claim.assertsBeside.forEach(({ words, beside }, index) => {
      const statement = besideKey(claim.id, index);
      addBoth(together, words, { claimId: claim.id, statement, group: 0, later: false });
      addBoth(together, beside, { claimId: claim.id, statement, group: 1, later: false });
    });
  }
  const starts = new PhraseStarts<ClaimIndexName>({ phrases, topicWords, together, disputeCues, notDisputeCues, hedgeCues, assertCues, rebuttalCues, anchorWords }, lexicon);
  return { stemIds: stem && stemmedIds(stem, lexicon), phrases, topicWords, together, disputeCues, notDisputeCues, hedgeCues, assertCues, rebuttalCues, anchorWords, starts };
}

/** Stories are read with `lexicon` (the matcher's), whose word ids stems and start marks are kept by. */
export function compileClaims(file: ClaimsFile, lexicon: Lexicon = new Lexicon()): CompiledClaims {
  const topicEntities = new Map<string, string[]>();
  const statements = new Map<string, WordStatement>();
  for (const claim of file.claims) {
    for (const entityId of claim.topic.entities) topicEntities.set(entityId, [...(topicEntities.get(entityId) ?? []), claim.id]);
    if (claim.together.length > 0) statements.set(claim.id, { claimId: claim.id, groups: claim.together.length, borrows: true, topicOnly: false });
    // No borrowing: the wording is the claim only with its companion (the state, the cartel) in its own sentence.
    claim.assertsBeside.forEach((_, index) => statements.set(besideKey(claim.id, index), { claimId: claim.id, groups: 2, borrows: false, topicOnly: false }));
    if (claim.topic.together.length > 0) statements.set(topicKey(claim.id), { claimId: claim.id, groups: claim.topic.together.length, borrows: false, topicOnly: true });
  }
  const hasWords = file.anchors.en.length + file.anchors.es.length > 0;
  const anchors = file.anchors.entities.length > 0 || hasWords ? { entities: new Set(file.anchors.entities), hasWords } : null;
  const stemmed = { en: buildIndexes(file, STEMMERS.en, lexicon), es: buildIndexes(file, STEMMERS.es, lexicon) };
  // Stories in neither language are rare: their tries (about 2 MB) are built on the first one.
  let asWritten: ClaimIndexes | null = null;
  const indexesFor = (language: Language): ClaimIndexes => (language === 'other' ? (asWritten ??= buildIndexes(file, null, lexicon)) : stemmed[language]);
  return { claims: file.claims, statements, topicEntities, anchors, indexesFor, frames: new FrameFinder(lexicon) };
}
