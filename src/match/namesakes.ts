/**
 * Names the story gives to someone other than the figure: a first name before another surname
 * ("Diosdado Ramos"), a full name under a title of another trade ("coach Hugo Chavez") or in a story of
 * that trade, and the surnames and other names that follow them from there on.
 */
import type { AliasRef, CompiledEntities } from './compile-entities';
import type { Candidate } from './candidate-spans';
import { inOneSentence, type MatchDocument } from './document';
import { generationAfter, nameWordsAfter } from './name-shape';
import { spanWithin, type PhraseHit } from './phrase-index';
import { ageFits, statedAge, yearsInSentence, type Lifespan } from './stated-age';
import { near, nearOrInSentence } from './word-window';

/** A name others carry too, written in full: "Carlos Quintero Fuenzalida" is someone else's. */
const sharedFullName = (ref: AliasRef, span: Candidate): boolean => (ref.ambiguous === true || ref.shared === true) && span.end - span.start >= 2;

/**
 * Drops a bare first name that begins someone else's full name ("Diosdado Ramos"), and a full name
 * others carry too that goes on with another surname ("Carlos Quintero Fuenzalida"): capitalised
 * words follow it in prose and none of them is one of the figure's name words ("Delcy Eloína
 * Rodríguez", "Hugo Chávez Frías" stay), or with a generational suffix ("Hugo Chavez Sr."). Before
 * anything else, so it vouches for nothing either; a full name dropped gives its surname away from
 * there on (`giveName`).
 */
export function withoutOtherPeople(
  compiled: CompiledEntities,
  doc: MatchDocument,
  candidates: Candidate[],
  headlineCase: (sentence: number) => boolean,
  others: OthersNames,
): Candidate[] {
  if (!candidates.some((span) => span.refs.some((ref) => ref.givenName || sharedFullName(ref, span)))) return candidates;
  const someoneElse = (ref: AliasRef, span: Candidate): boolean => {
    if (!(ref.givenName || sharedFullName(ref, span)) || headlineCase(doc.tokenSentence[span.start]!)) return false;
    // A father's or a son's name ("Hugo Chavez Sr.") is someone else's too.
    if (sharedFullName(ref, span) && generationAfter(doc, span.end - 1)) return true;
    const rest = nameWordsAfter(doc, span.end - 1);
    const own = compiled.nameWords.get(ref.entityId);
    return rest.length > 0 && !rest.some((token) => own?.has(doc.words[token]!));
  };
  const given = new Set<string>();
  const fullNames = new Map<string, Set<string>>();
  let kept = candidates.map((span) => {
    const refs = span.refs.filter((ref) => {
      if (!someoneElse(ref, span)) return true;
      if (ref.givenName) given.add(ref.entityId);
      else {
        giveName(doc, span, [ref], others);
        addGiven(fullNames, doc, span, [ref]);
        firstAt(others.lengthened, ref.entityId, span.start);
      }
      return false;
    });
    return { ...span, refs };
  });
  if (fullNames.size > 0) kept = withoutGivenInHeadline(doc, kept, fullNames, others);
  // Once the story gives the first name to someone else ("Diosdado Ortega"), it is theirs everywhere
  // ("la pollería «Don Diosdado»"), unless the figure is named in full.
  if (given.size > 0) {
    const namedInFull = new Set(candidates.flatMap((span) => span.refs.filter((ref) => !ref.ambiguous && !ref.givenName && !ref.lookalike).map((ref) => ref.entityId)));
    const theirs = (ref: AliasRef): boolean => ref.givenName === true && given.has(ref.entityId) && !namedInFull.has(ref.entityId);
    kept = kept.map((span) => ({ ...span, refs: span.refs.filter((ref) => !theirs(ref)) }));
  }
  return kept.filter((span) => span.refs.length > 0);
}

/**
 * A figure's negative word right before its full name, as a title, makes it someone else's even
 * where the name alone would do: "coach Hugo Chavez" is a baseball coach. A full name others carry
 * too (`shared`) is someone else's also with a negative word near and none of the figure's context
 * words: "Hugo Chavez, who coached football". Farther away, or beside a plain alias that is not
 * shared, a negative word only weighs against ambiguous aliases. Each name dropped here gives its
 * name to someone else (see `giveName`).
 */
export function withoutNamesakes(
  doc: MatchDocument,
  candidates: Candidate[],
  negativeHits: ReadonlyArray<PhraseHit<string>>,
  contextHits: ReadonlyArray<PhraseHit<string>>,
  window: number,
  others: OthersNames,
): Candidate[] {
  if (negativeHits.length === 0) return candidates;
  const namesake = (ref: AliasRef, span: Candidate): boolean => ref.shared === true && isNamesake(doc, span, ref.entityId, negativeHits, contextHits, candidates, window);
  const titled = (entityId: string, span: Candidate): boolean =>
    negativeHits.some((hit) => hit.value === entityId && hit.end === span.start && inOneSentence(doc, hit.start, span.start));
  const kept: Candidate[] = [];
  for (const span of candidates) {
    const refs = span.refs.filter((ref) => ref.ambiguous || ref.lookalike || !(titled(ref.entityId, span) || namesake(ref, span)));
    if (refs.length > 0) kept.push({ ...span, refs });
    else giveName(doc, span, span.refs, others);
  }
  return kept;
}

/**
 * A name given with an age the figure cannot have in a story of `year` ("Hugo Carvajal, de 38
 * años", "Chavez, 64," after 2013) is someone else's, and gives them its name from there on.
 */
export function withoutOtherAges(lifespans: ReadonlyMap<string, Lifespan>, doc: MatchDocument, candidates: Candidate[], year: number | null, others: OthersNames): Candidate[] {
  if (lifespans.size === 0) return candidates;
  const kept: Candidate[] = [];
  /** Full names given an age that is not the figure's, as written (folded), with the figures ruled out. */
  const aged = new Map<string, Set<string>>();
  /** Surnames alone given such an age: where first, and the figures ruled out. */
  const agedSurnames = new Map<string, { at: number; figures: Set<string> }>();
  for (const span of candidates) {
    const age = span.refs.some((ref) => lifespans.has(ref.entityId)) ? statedAge(doc, span.end) : null;
    const namedYears = age === null ? [] : yearsInSentence(doc, span.start);
    const refs = age === null ? span.refs : span.refs.filter((ref) => ref.lookalike || !lifespans.has(ref.entityId) || ageFits(lifespans.get(ref.entityId)!, age, year, namedYears));
    if (refs.length === span.refs.length) kept.push(span);
    else {
      const ruledOut = span.refs.filter((ref) => !refs.includes(ref));
      giveName(doc, span, ruledOut, others);
      if (span.end - span.start >= 2) addGiven(aged, doc, span, ruledOut);
      else if (!agedSurnames.has(doc.words[span.start]!)) {
        agedSurnames.set(doc.words[span.start]!, { at: span.start, figures: new Set(ruledOut.map((ref) => ref.entityId)) });
        firstAt(others.surnames, doc.words[span.start]!, span.start);
      }
      if (refs.length > 0) kept.push({ ...span, refs });
    }
  }
  const introduced = withoutIntroducedByAge(doc, kept, agedSurnames, others);
  return aged.size === 0 ? introduced : withoutGivenInHeadline(doc, introduced, aged, others);
}

/**
 * Each span less the figures `ruledOutOf` names for it, who give their name away (giveName); a
 * span left with none is dropped.
 */
function giveAway(doc: MatchDocument, candidates: Candidate[], others: OthersNames, ruledOutOf: (span: Candidate) => ReadonlySet<string> | undefined): Candidate[] {
  const kept: Candidate[] = [];
  for (const span of candidates) {
    const ruledOut = ruledOutOf(span);
    const refs = ruledOut ? span.refs.filter((ref) => !ruledOut.has(ref.entityId)) : span.refs;
    if (refs.length < span.refs.length) giveName(doc, span, span.refs.filter((ref) => !refs.includes(ref)), others);
    if (refs.length > 0) kept.push(refs.length === span.refs.length ? span : { ...span, refs });
  }
  return kept;
}

/**
 * A surname given an age that is not the figure's ("Chávez, de 24 años, suma 19 victorias") is the
 * person the story introduced before it: the names ending in it before are theirs too, the
 * headline's among them ("el mexicalense Hugo Chávez", "Hugo «el Pollo» Chávez"), and the surname is
 * theirs from its first such name on (a later "Hugo Chavez Sr." stays given away).
 */
function withoutIntroducedByAge(doc: MatchDocument, candidates: Candidate[], agedSurnames: ReadonlyMap<string, { at: number; figures: Set<string> }>, others: OthersNames): Candidate[] {
  if (agedSurnames.size === 0) return candidates;
  return giveAway(doc, candidates, others, (span) => {
    const surname = doc.words[span.end - 1]!;
    const aged = agedSurnames.get(surname);
    if (aged === undefined || span.start >= aged.at || !span.refs.some((ref) => aged.figures.has(ref.entityId))) return undefined;
    firstAt(others.surnames, surname, span.start);
    return aged.figures;
  });
}

const nameAsWritten = (doc: MatchDocument, span: Candidate): string => doc.words.slice(span.start, span.end).join(' ');

function addGiven(given: Map<string, Set<string>>, doc: MatchDocument, span: Candidate, refs: ReadonlyArray<{ entityId: string }>): void {
  const name = nameAsWritten(doc, span);
  const figures = given.get(name) ?? new Set<string>();
  for (const ref of refs) figures.add(ref.entityId);
  given.set(name, figures);
}

/**
 * A headline names the person its story introduces: when the body gives a full name to someone else
 * (with an age that is not the figure's, "Hugo Carvajal, de 23 años, ciclista", or another surname,
 * "Hugo Carvajal Oyarzún"), the same name in the headline is theirs too. `given`: full names as
 * written (folded), each with the figures it was taken from.
 */
function withoutGivenInHeadline(doc: MatchDocument, candidates: Candidate[], given: ReadonlyMap<string, ReadonlySet<string>>, others: OthersNames): Candidate[] {
  return giveAway(doc, candidates, others, (span) => (doc.tokenSentence[span.start]! < doc.titleSentences ? given.get(nameAsWritten(doc, span)) : undefined));
}

/**
 * A full name others carry too, written again after the story gave it to someone with a longer name
 * ("Hugo Chávez Epiayú, agricultor … gracias, don Hugo Chávez"), is their short name, unless one of
 * the figure's context words stands near it ("comparte nombre con el expresidente Hugo Chávez"). Its
 * own name words do not vouch: "Don Hugo" is the farmer. A namesake of the same name ("coach Hugo
 * Chavez") leaves a later full name the figure's, as the strongest form of it the story can write.
 * `names`: every name as found, the given-away ones too; `contextHits` is read only when needed.
 */
export function withoutGivenSharedNames(
  compiled: CompiledEntities,
  doc: MatchDocument,
  candidates: Candidate[],
  names: readonly Candidate[],
  contextHits: () => ReadonlyArray<PhraseHit<string>>,
  window: number,
  others: OthersNames,
): Candidate[] {
  if (others.lengthened.size === 0) return candidates;
  const givenBefore = (ref: AliasRef, span: Candidate): boolean => sharedFullName(ref, span) && (others.lengthened.get(ref.entityId) ?? Infinity) < span.start;
  const vouched = (entityId: string, span: Candidate): boolean => {
    const own = compiled.nameWords.get(entityId);
    const context = contextOutsideNames(entityId, contextHits(), names).filter((hit) => hit.end - hit.start > 1 || !own?.has(doc.words[hit.start]!));
    return nearOrInSentence(doc, context.map((hit) => hit.start), span, window);
  };
  return candidates
    .map((span) => ({ ...span, refs: span.refs.filter((ref) => !givenBefore(ref, span) || vouched(ref.entityId, span)) }))
    .filter((span) => span.refs.length > 0);
}

/**
 * Whether a context hit stands inside a longer name of its own figure among `names`: the "Hugo" of
 * "Hugo Carvajal", the "Carlos" of another "Carlos Quintero". A name repeated is no evidence of whose
 * it is; a first name standing alone ("Delcy") still is.
 */
export function insideOwnName(hit: PhraseHit<string>, names: readonly Candidate[]): boolean {
  const longer = (span: Candidate): boolean => spanWithin(hit, span) && span.end - span.start > hit.end - hit.start;
  return names.some((span) => longer(span) && span.refs.some((ref) => ref.entityId === hit.value));
}

/** The figure's context words outside its own names: the "Hugo" of "Hugo Carvajal" vouches for nothing here. */
function contextOutsideNames(entityId: string, contextHits: ReadonlyArray<PhraseHit<string>>, names: readonly Candidate[]): Array<PhraseHit<string>> {
  return contextHits.filter((hit) => hit.value === entityId && !insideOwnName(hit, names));
}

/**
 * A full name others carry too is someone else's beside one of the figure's negative words with none
 * of its context words, in a story that reads as the namesake's: two or more of the figure's negative
 * words, and more of them than of its context words. One negative word can be chance ("Hugo Chávez
 * often spoke of baseball"); a trade's words together are not.
 */
function isNamesake(
  doc: MatchDocument,
  span: Candidate,
  entityId: string,
  negativeHits: ReadonlyArray<PhraseHit<string>>,
  contextHits: ReadonlyArray<PhraseHit<string>>,
  names: readonly Candidate[],
  window: number,
): boolean {
  const negatives = negativeHits.filter((hit) => hit.value === entityId);
  if (!near(negatives.map((hit) => hit.start), span.start, span.end, window)) return false;
  const context = contextOutsideNames(entityId, contextHits, names);
  const positions = context.map((hit) => hit.start);
  if (nearOrInSentence(doc, positions, span, window)) return false;
  const distinct = (hits: ReadonlyArray<PhraseHit<string>>): number => new Set(hits.map((hit) => doc.words.slice(hit.start, hit.end).join(' '))).size;
  const trade = distinct(negatives);
  return trade >= 2 && trade > distinct(context);
}

/** Where the story first gives a surname, or a figure's name, to someone else. */
export interface OthersNames {
  surnames: Map<string, number>;
  figures: Map<string, number>;
  /** Figures whose shared full name the story gave to someone with a longer name ("Hugo Chávez Epiayú"). */
  lengthened: Map<string, number>;
}

export function noOthersNames(): OthersNames {
  return { surnames: new Map(), figures: new Map(), lengthened: new Map() };
}

function firstAt(map: Map<string, number>, key: string, at: number): void {
  map.set(key, Math.min(at, map.get(key) ?? Infinity));
}

/**
 * A full name the story gives to someone else ("coach Hugo Chavez") keeps its surname theirs from
 * there on, as a surname after another first name does (`surnamesOfOthers`), and the figure's other
 * ambiguous names too ("el Pollo" after a footballer called Hugo Carvajal).
 */
export function giveName(doc: MatchDocument, span: Candidate, refs: ReadonlyArray<{ entityId: string }>, others: OthersNames): void {
  if (span.end - span.start < 2) return;
  firstAt(others.surnames, doc.words[span.end - 1]!, span.start);
  for (const ref of refs) firstAt(others.figures, ref.entityId, span.start);
}

/**
 * Surnames the story gives to someone else ("Luis Chavez", the first name not one of the figure's
 * context words), each with where it first does. `firstNameOf` is accept's own reading of the word
 * before a bare surname.
 */
export function surnamesOfOthers(
  doc: MatchDocument,
  bareSpans: readonly Candidate[],
  context: Map<string, number[]>,
  firstNameOf: (span: Candidate) => number,
  others: OthersNames,
): void {
  for (const span of bareSpans) {
    const firstName = firstNameOf(span);
    if (firstName < 0 || span.refs.some((ref) => context.get(ref.entityId)?.includes(firstName))) continue;
    firstAt(others.surnames, doc.words[span.start]!, span.start);
  }
}
