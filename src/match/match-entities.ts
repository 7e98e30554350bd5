/**
 * Finds tracked figures in a story. Unambiguous aliases count wherever they appear as whole words.
 * Ambiguous ones ("Maduro", "Cabello", "Los Soles") count only when written as a name and backed by
 * evidence: the figure named in full elsewhere in the story, or one of its context words nearby (within
 * the window, or in the same sentence), and none of its negative words within the window. Lookalikes
 * ("Puerto Cabello") take their words so no alias inside them counts. A bare surname right after
 * another capitalised first name ("Carlos Flores") is someone else's, and so is that surname alone
 * further on unless the figure is named in full in the story; so is a bare first name before
 * another capitalised surname ("Diosdado Ramos"), and any name with one of the figure's negative words
 * right before it as a title ("coach Hugo Chavez"); in an ALL CAPS headline only the nearby words
 * vouch (see name-shape.ts). Rules live in entities.yaml; nothing here knows a figure.
 */
import type { EntityHit } from '../model';
import type { AliasRef, CompiledEntities } from './compile-entities';
import { wordIds, type MatchDocument } from './document';
import { firstNameBefore, isHeadlineCase, nameWordsAfter } from './name-shape';
import type { PhraseHit } from './phrase-index';
import type { StartMarks } from './phrase-starts';
import { LOWER, UPPER, type Tokens } from './tokenize';

export interface EntitySpan {
  entityId: string;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
}

function caseAllows(ref: AliasRef, doc: MatchDocument, tokens: Tokens, start: number, end: number): boolean {
  if (ref.caseRule === 'any') return true;
  if (ref.caseRule === 'exact') {
    if (end - start !== ref.exactWords.length) return false;
    return ref.exactWords.every((word, index) => {
      const at = tokens.starts[start + index]!;
      return tokens.ends[start + index]! - at === word.length && doc.source.startsWith(word, at);
    });
  }
  // capitalized: the head word (the last one: "Los Soles", "El Pollo") is written as a name.
  return tokens.shapes[end - 1] !== LOWER;
}

interface Candidate {
  start: number;
  end: number;
  refs: AliasRef[];
}

/** Leftmost-longest: at each position the longest alias whose case rule passes takes the words. */
function candidateSpans(compiled: CompiledEntities, doc: MatchDocument, aliasStarts: StartMarks): Candidate[] {
  const spans: Candidate[] = [];
  const { tokens } = doc;
  const { marks, bit } = aliasStarts;
  const count = tokens.ids.length;
  let i = 0;
  while (i < count) {
    if ((marks[i]! & bit) === 0) {
      i++; // no alias starts with this word: matchAt would find nothing
      continue;
    }
    const hits = compiled.aliases.matchAt(doc.words, i);
    let taken = false;
    for (let h = hits.length - 1; h >= 0 && !taken; h--) {
      const end = hits[h]!.end;
      const refs = hits.filter((hit) => hit.end === end && caseAllows(hit.value, doc, tokens, i, end)).map((hit) => hit.value);
      if (refs.length > 0) {
        spans.push({ start: i, end, refs });
        i = end;
        taken = true;
      }
      while (h > 0 && hits[h - 1]!.end === end) h--;
    }
    if (!taken) i++;
  }
  return spans;
}

function positionsByEntity(hits: Array<PhraseHit<string>>): Map<string, number[]> {
  const byEntity = new Map<string, number[]>();
  for (const hit of hits) {
    const list = byEntity.get(hit.value) ?? [];
    list.push(hit.start);
    byEntity.set(hit.value, list);
  }
  return byEntity;
}

/**
 * Context words found in the story. One that is also a figure's capitalised name ("Maduro" for Cilia
 * Flores) counts only where it is written as a name, inside a candidate span: "plátano maduro" is fruit.
 */
function contextHits(compiled: CompiledEntities, doc: MatchDocument, contextStarts: StartMarks, candidates: readonly Candidate[]): Array<PhraseHit<string>> {
  const hits = compiled.context.findAll(doc.words, contextStarts);
  if (compiled.namedContext.size === 0) return hits;
  // Most context words are one word: look that up without building a string.
  const named = (hit: PhraseHit<string>): boolean =>
    compiled.namedContext.has(hit.end - hit.start === 1 ? doc.words[hit.start]! : doc.words.slice(hit.start, hit.end).join(' '));
  const inSpan = (hit: PhraseHit<string>): boolean => candidates.some((span) => span.start <= hit.start && hit.end <= span.end);
  return hits.filter((hit) => !named(hit) || inSpan(hit));
}

/** Within the window either side, but not inside the span: "Jorge" cannot vouch for "Jorge Rodríguez". */
function near(positions: number[] | undefined, start: number, end: number, window: number): boolean {
  return positions?.some((position) => position >= start - window && position < end + window && (position < start || position >= end)) ?? false;
}

/** A context word in the same sentence counts even beyond the window: sentences hold one topic. */
function sameSentence(doc: MatchDocument, positions: number[] | undefined, span: { start: number; end: number }): boolean {
  const sentence = doc.tokenSentence[span.start];
  return positions?.some((position) => doc.tokenSentence[position] === sentence && (position < span.start || position >= span.end)) ?? false;
}

function distance(positions: number[], start: number): number {
  return Math.min(...positions.map((position) => Math.abs(position - start)));
}

/**
 * Picks the figure an ambiguous span refers to. Figures named in full in the story come first (a
 * "Rodríguez" after "Jorge Rodríguez" is him); among those, or among all when none is named, a
 * context word decides, the closest one if two figures have context nearby; failing that, the figure
 * named in full closest before the span, then closest after. No evidence, or a tie, names nobody.
 */
function resolveAmbiguous(
  ids: string[],
  span: { start: number; end: number },
  strong: Map<string, number[]>,
  context: Map<string, number[]>,
  supported: (positions: number[] | undefined, span: { start: number; end: number }) => boolean,
): string | undefined {
  const named = ids.filter((id) => strong.has(id));
  const pool = named.length > 0 ? named : ids;
  const inContext = pool.filter((id) => supported(context.get(id), span));
  if (inContext.length === 1) return inContext[0];
  if (inContext.length > 1) {
    const ranked = inContext.map((id) => ({ id, gap: distance(context.get(id)!, span.start) })).sort((a, b) => a.gap - b.gap);
    if (ranked[0]!.gap < ranked[1]!.gap) return ranked[0]!.id;
  }
  if (named.length === 0) return undefined;
  const candidates = inContext.length > 1 ? inContext : named;
  const before = (id: string): number => Math.max(-1, ...strong.get(id)!.filter((position) => position < span.start));
  const preceding = candidates.filter((id) => before(id) >= 0).sort((a, b) => before(b) - before(a));
  if (preceding.length > 0) return preceding[0];
  return candidates.sort((a, b) => distance(strong.get(a)!, span.start) - distance(strong.get(b)!, span.start))[0];
}

/**
 * Drops a bare first name that begins someone else's full name ("Diosdado Ramos"): capitalised words
 * follow it in prose and none of them is one of the figure's name words ("Delcy Eloína Rodríguez" stays).
 * Before anything else, so it vouches for nothing either.
 */
function withoutOtherPeople(compiled: CompiledEntities, doc: MatchDocument, candidates: Candidate[], headlineCase: (sentence: number) => boolean): Candidate[] {
  if (!candidates.some((span) => span.refs.some((ref) => ref.givenName))) return candidates;
  const someoneElse = (ref: AliasRef, span: Candidate): boolean => {
    if (!ref.givenName || headlineCase(doc.tokenSentence[span.start]!)) return false;
    const rest = nameWordsAfter(doc, span.end - 1);
    const own = compiled.nameWords.get(ref.entityId);
    return rest.length > 0 && !rest.some((token) => own?.has(doc.words[token]!));
  };
  return candidates
    .map((span) => ({ ...span, refs: span.refs.filter((ref) => !someoneElse(ref, span)) }))
    .filter((span) => span.refs.length > 0);
}

/**
 * A figure's negative word right before its full name, as a title, makes it someone else's even
 * where the name alone would do: "coach Hugo Chavez" is a baseball coach. A full name others carry
 * too (`shared`) is someone else's also with a negative word near and none of the figure's context
 * words: "Hugo Chavez, who coached football". Farther away, or beside a plain alias that is not
 * shared, a negative word only weighs against ambiguous aliases. Each name dropped here gives its
 * surname to someone else (see `giveSurname`).
 */
function withoutNamesakes(
  doc: MatchDocument,
  candidates: Candidate[],
  negativeHits: ReadonlyArray<PhraseHit<string>>,
  namesake: (ref: AliasRef, span: Candidate) => boolean,
  others: OthersNames,
): Candidate[] {
  if (negativeHits.length === 0) return candidates;
  const titled = (entityId: string, span: Candidate): boolean =>
    negativeHits.some((hit) => hit.value === entityId && hit.end === span.start && doc.tokenSentence[hit.start] === doc.tokenSentence[span.start]);
  const kept: Candidate[] = [];
  for (const span of candidates) {
    const refs = span.refs.filter((ref) => ref.ambiguous || ref.lookalike || !(titled(ref.entityId, span) || namesake(ref, span)));
    if (refs.length > 0) kept.push({ ...span, refs });
    else giveName(doc, span, span.refs, others);
  }
  return kept;
}

/** The figure's context words outside its own names: the "Hugo" of "Hugo Carvajal" vouches for nothing here. */
function contextOutsideNames(entityId: string, contextHits: ReadonlyArray<PhraseHit<string>>, names: readonly Candidate[]): Array<PhraseHit<string>> {
  const inOwnName = (hit: PhraseHit<string>): boolean =>
    names.some((span) => span.start <= hit.start && hit.end <= span.end && span.refs.some((ref) => ref.entityId === entityId));
  return contextHits.filter((hit) => hit.value === entityId && !inOwnName(hit));
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
  if (near(positions, span.start, span.end, window) || sameSentence(doc, positions, span)) return false;
  const distinct = (hits: ReadonlyArray<PhraseHit<string>>): number => new Set(hits.map((hit) => doc.words.slice(hit.start, hit.end).join(' '))).size;
  const trade = distinct(negatives);
  return trade >= 2 && trade > distinct(context);
}

/** Where the story first gives a surname, or a figure's name, to someone else. */
interface OthersNames {
  surnames: Map<string, number>;
  figures: Map<string, number>;
}

function firstAt(map: Map<string, number>, key: string, at: number): void {
  map.set(key, Math.min(at, map.get(key) ?? Infinity));
}

/**
 * A full name the story gives to someone else ("coach Hugo Chavez") keeps its surname theirs from
 * there on, as a surname after another first name does (`surnamesOfOthers`), and the figure's other
 * ambiguous names too ("el Pollo" after a footballer called Hugo Carvajal).
 */
function giveName(doc: MatchDocument, span: Candidate, refs: ReadonlyArray<{ entityId: string }>, others: OthersNames): void {
  if (span.end - span.start < 2) return;
  firstAt(others.surnames, doc.words[span.end - 1]!, span.start);
  for (const ref of refs) firstAt(others.figures, ref.entityId, span.start);
}

/**
 * Surnames the story gives to someone else ("Luis Chavez", the first name not one of the figure's
 * context words), each with where it first does. `firstNameOf` is accept's own reading of the word
 * before a bare surname.
 */
function surnamesOfOthers(
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

export function matchEntitySpans(compiled: CompiledEntities, doc: MatchDocument): EntitySpan[] {
  // One lookup per token tells the alias, context and negative indexes where they may start.
  const starts = compiled.starts.mark(wordIds(doc, compiled.starts.lexicon));
  const headlines = new Map<number, boolean>();
  const headlineCase = (sentence: number): boolean => headlines.get(sentence) ?? headlines.set(sentence, isHeadlineCase(doc, sentence)).get(sentence)!;
  const named = withoutOtherPeople(compiled, doc, candidateSpans(compiled, doc, starts('aliases')), headlineCase);
  const negativeHits = named.length > 0 ? compiled.negative.findAll(doc.words, starts('negative')) : [];
  const negative = positionsByEntity(negativeHits);
  const needsContext = named.some((span) => span.refs.some((ref) => ref.ambiguous || (ref.shared && negative.has(ref.entityId))));
  const contextList = needsContext ? contextHits(compiled, doc, starts('context'), named) : [];
  const context = positionsByEntity(contextList);
  const window = compiled.contextWindow;
  const nearby = (positions: number[] | undefined, span: { start: number; end: number }): boolean => near(positions, span.start, span.end, window);
  const inSentence = (positions: number[] | undefined, span: { start: number; end: number }): boolean => nearby(positions, span) || sameSentence(doc, positions, span);
  const others: OthersNames = { surnames: new Map(), figures: new Map() };
  const namesake = (ref: AliasRef, span: Candidate): boolean => ref.shared === true && isNamesake(doc, span, ref.entityId, negativeHits, contextList, named, window);
  const candidates = withoutNamesakes(doc, named, negativeHits, namesake, others);
  const strong = new Map<string, number[]>();
  for (const span of candidates) {
    for (const ref of span.refs) {
      if (ref.ambiguous || ref.lookalike) continue;
      const list = strong.get(ref.entityId) ?? [];
      list.push(span.start);
      strong.set(ref.entityId, list);
    }
  }

  const bare = (span: Candidate): boolean => span.end - span.start === 1 && span.refs.every((ref) => ref.ambiguous);
  // In a headline every word has a capital, so the word before a surname says nothing there.
  const firstNameOf = (span: Candidate): number => (headlineCase(doc.tokenSentence[span.start]!) || !bare(span) ? -1 : firstNameBefore(doc, span.start));
  surnamesOfOthers(doc, candidates.filter(bare), context, firstNameOf, others);
  const accept = (span: Candidate): EntitySpan | null => {
    const sure = span.refs.filter((ref) => !ref.ambiguous).map((ref) => ref.entityId);
    // An unambiguous alias shared by two figures is a config mistake; take the first, predictably.
    if (sure.length > 0) return { entityId: sure[0]!, start: span.start, end: span.end };
    let ids = [...new Set(span.refs.map((ref) => ref.entityId))].filter((id) => !nearby(negative.get(id), span));
    // An ambiguous full name beside a negative word ("el inspector Jorge Rodríguez") is someone else's.
    if (ids.length === 0) giveName(doc, span, span.refs, others);
    // Once the story gave a figure's name to someone else, its ambiguous names are theirs too, unless
    // the figure is named in full.
    ids = ids.filter((id) => strong.has(id) || !((others.figures.get(id) ?? Infinity) < span.start));
    const headline = headlineCase(doc.tokenSentence[span.start]!);
    // "Carlos Flores" is someone else, unless the word before is the figure's own context.
    const firstName = firstNameOf(span);
    if (firstName >= 0) ids = ids.filter((id) => context.get(id)?.includes(firstName));
    // "Sgt. Luis Chavez … Chavez said": once the story gave the surname to someone else, it stays
    // theirs unless the figure is named in full too.
    else if (bare(span) && (others.surnames.get(doc.words[span.start]!) ?? Infinity) < span.start) ids = ids.filter((id) => strong.has(id));
    // Shouted, the alias looks like any other word of the headline: only the nearest words vouch.
    const shouted = headline && doc.tokens.shapes[span.end - 1] === UPPER;
    const entityId = resolveAmbiguous(ids, span, strong, context, shouted ? nearby : inSentence);
    return entityId ? { entityId, start: span.start, end: span.end } : null;
  };
  // Two passes: a full name accepted on its context ("Jorge Rodríguez" beside "Asamblea Nacional")
  // then vouches for the bare surnames around it, like an unambiguous alias does.
  const spans = candidates.filter((span) => !span.refs.some((ref) => ref.lookalike));
  const accepted: EntitySpan[] = [];
  for (const span of spans.filter((candidate) => !bare(candidate))) {
    const found = accept(span);
    if (!found) continue;
    accepted.push(found);
    strong.set(found.entityId, [...(strong.get(found.entityId) ?? []), found.start]);
  }
  for (const span of spans.filter(bare)) {
    const found = accept(span);
    if (found) accepted.push(found);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export function entityHits(compiled: CompiledEntities, spans: readonly EntitySpan[]): EntityHit[] {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.entityId, (counts.get(span.entityId) ?? 0) + 1);
  return [...counts].map(([id, mentions]) => ({ id, name: compiled.byId.get(id)?.name ?? id, mentions }));
}
