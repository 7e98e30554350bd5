/**
 * Finds tracked figures in a story. Unambiguous aliases count wherever they appear as whole words.
 * Ambiguous ones ("Maduro", "Cabello", "Los Soles") count only when written as a name and backed by
 * evidence: the figure named in full elsewhere in the story, or one of its context words nearby (within
 * the window, or in the same sentence, or for a figure set so the sentence either side), and none of
 * its negative words within the window. Lookalikes ("Puerto Cabello") take their words so no alias
 * inside them counts. A bare surname right after another capitalised first name ("Carlos Flores") is
 * someone else's, and so is that surname alone further on unless the figure is named in full in the
 * story; so is a bare first name before another capitalised surname ("Diosdado Ramos"), and any name
 * with one of the figure's negative words right before it as a title ("coach Hugo Chavez"), and a full
 * name others carry too in a story of the namesake's trade (see namesakes.ts); in an ALL CAPS headline
 * only the nearby words vouch (see name-shape.ts). Rules live in entities.yaml; nothing here knows a
 * figure.
 */
import type { EntityHit } from '../model';
import { candidateSpans, type Candidate } from './candidate-spans';
import type { CompiledEntities } from './compile-entities';
import { inOneSentence, wordIds, type MatchDocument } from './document';
import { isFunctionWord } from './language';
import { firmAfter, firstNameBefore, firstNameBeforeQuote, isHeadlineCase } from './name-shape';
import { giveName, insideOwnName, noOthersNames, surnamesOfOthers, withoutGivenSharedNames, withoutNamesakes, withoutOtherAges, withoutOtherPeople } from './namesakes';
import { spanWithin, type PhraseHit } from './phrase-index';
import type { StartMarks } from './phrase-starts';
import { UPPER } from './tokenize';
import { distance, inNeighbouringSentence, near, nearOrInSentence } from './word-window';

export interface EntitySpan {
  entityId: string;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
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
  const inSpan = (hit: PhraseHit<string>): boolean => candidates.some((span) => spanWithin(hit, span));
  // "Piano: Tomás Cabello" names a pianist: in the body, a bare surname after another first name
  // vouches for nothing, even in a line too short to tell prose from Title Case.
  const othersName = (hit: PhraseHit<string>): boolean =>
    doc.tokenSentence[hit.start]! >= doc.titleSentences &&
    candidates.some((span) => span.start === hit.start && span.end === hit.end && span.end - span.start === 1) &&
    firstNameBefore(doc, hit.start) >= 0;
  return hits.filter((hit) => !named(hit) || (inSpan(hit) && !othersName(hit)));
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
  supported: (id: string, span: { start: number; end: number }) => boolean,
): string | undefined {
  const named = ids.filter((id) => strong.has(id));
  const pool = named.length > 0 ? named : ids;
  const inContext = pool.filter((id) => supported(id, span));
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

/** `year`: the story's, for the ages given with names (stated-age.ts); null when unknown. */
export function matchEntitySpans(compiled: CompiledEntities, doc: MatchDocument, year: number | null = null): EntitySpan[] {
  // One lookup per token tells the alias, context and negative indexes where they may start.
  const starts = compiled.starts.mark(wordIds(doc, compiled.starts.lexicon));
  const headlines = new Map<number, boolean>();
  const headlineCase = (sentence: number): boolean => headlines.get(sentence) ?? headlines.set(sentence, isHeadlineCase(doc, sentence)).get(sentence)!;
  const others = noOthersNames();
  const found = candidateSpans(compiled, doc, starts('aliases'));
  const named = withoutOtherPeople(compiled, doc, found, headlineCase, others);
  const negativeHits = named.length > 0 ? compiled.negative.findAll(doc.words, starts('negative')) : [];
  const negative = positionsByEntity(negativeHits);
  const needsContext = named.some((span) => span.refs.some((ref) => ref.ambiguous || (ref.shared && negative.has(ref.entityId))));
  let contextList = needsContext ? contextHits(compiled, doc, starts('context'), named) : null;
  // Read late, only when a shared name was given to someone with a longer name (withoutGivenSharedNames).
  const contextNow = (): Array<PhraseHit<string>> => (contextList ??= contextHits(compiled, doc, starts('context'), named));
  const window = compiled.contextWindow;
  const nearby = (positions: number[] | undefined, span: { start: number; end: number }): boolean => near(positions, span.start, span.end, window);
  const inSentence = (positions: number[] | undefined, span: { start: number; end: number }): boolean => nearOrInSentence(doc, positions, span, window);
  const withoutAges = withoutOtherAges(compiled.lifespans, doc, withoutNamesakes(doc, named, negativeHits, contextList ?? [], window, others), year, others);
  const candidates = withoutGivenSharedNames(compiled, doc, withoutAges, found, contextNow, window, others);
  // "Carlos" vouches for a nearby "Quintero", but not from inside another "Carlos Quintero".
  const context = positionsByEntity((contextList ?? []).filter((hit) => !insideOwnName(hit, found)));
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
  // A word before a figure's name that is the figure's own: a word of its names, or inside its context.
  const figuresOwn = (id: string, token: number): boolean =>
    compiled.nameWords.get(id)?.has(doc.words[token]!) === true || contextNow().some((hit) => hit.value === id && spanWithin({ start: token, end: token + 1 }, hit));
  // 'Luis «el Pollo» Carvajal', a boxer: a first name before a quoted alias makes the alias his
  // nickname, unless the first name is the figure's own or its context ('Hugo «el Pollo» Carvajal').
  // A Title Case headline's capitals say nothing, so there the body decides: once it gave the alias
  // away, the headline's is the other person's too.
  const quotedForOther = (span: Candidate, id: string): boolean => {
    const first = headlineCase(doc.tokenSentence[span.start]!) ? -1 : firstNameBeforeQuote(doc, span.start);
    return first >= 0 && !figuresOwn(id, first);
  };
  const sureOf = (span: Candidate): string | undefined => span.refs.find((ref) => !ref.ambiguous)?.entityId;
  // "Su madrina, Ana Cilia Flores": a first name before a person's full name makes a longer name,
  // someone else's, unless the word is the figure's own name or context. Not "10:02 — El general
  // Carlos Quintero" or "R: Que Nicolás Maduro…": a capital after a time or a speaker's mark.
  const longerName = (span: Candidate, id: string): boolean => {
    if (span.end - span.start < 2 || compiled.byId.get(id)?.kind !== 'person' || headlineCase(doc.tokenSentence[span.start]!)) return false;
    const first = firstNameBefore(doc, span.start);
    // A sentence's first word is far likelier a verb or an adverb ("Watched Ramiro Babobé…") than a
    // second given name.
    return first >= 0 && inOneSentence(doc, first - 1, first) && !isFunctionWord(doc.words[first]!) && !figuresOwn(id, first);
  };
  const nicknamed = new Set(
    candidates.flatMap((span) => {
      const id = sureOf(span);
      return id !== undefined && quotedForOther(span, id) ? [id] : [];
    }),
  );
  const ownQuotedName = (span: Candidate, id: string): boolean => {
    if (!nicknamed.has(id)) return true;
    const sentence = doc.tokenSentence[span.start]!;
    return !(sentence < doc.titleSentences && headlineCase(sentence)) && !quotedForOther(span, id);
  };
  const accept = (span: Candidate): EntitySpan | null => {
    const sure = span.refs.filter((ref) => !ref.ambiguous).map((ref) => ref.entityId);
    // An unambiguous alias shared by two figures is a config mistake; take the first, predictably.
    if (sure.length > 0) return ownQuotedName(span, sure[0]!) && !longerName(span, sure[0]!) ? { entityId: sure[0]!, start: span.start, end: span.end } : null;
    // "la firma Rodríguez & Asociados" names a firm, not a person.
    if (firmAfter(doc, span.end - 1)) return null;
    let ids = [...new Set(span.refs.map((ref) => ref.entityId))].filter((id) => !nearby(negative.get(id), span));
    // An ambiguous full name beside a negative word ("el inspector Jorge Rodríguez") is someone else's.
    if (ids.length === 0) giveName(doc, span, span.refs, others);
    // Once the story gave a figure's name to someone else, its ambiguous names are theirs too, unless
    // the figure is named in full; in the headline too, which names the person its story introduces.
    const inHeadline = doc.tokenSentence[span.start]! < doc.titleSentences;
    const givenAway = (at: number | undefined): boolean => at !== undefined && (at < span.start || inHeadline);
    ids = ids.filter((id) => strong.has(id) || !givenAway(others.figures.get(id)));
    const headline = headlineCase(doc.tokenSentence[span.start]!);
    // "Carlos Flores" is someone else, unless the word before is the figure's own context.
    const firstName = firstNameOf(span);
    if (firstName >= 0) ids = ids.filter((id) => context.get(id)?.includes(firstName));
    // "Sgt. Luis Chavez … Chavez said": once the story gave the surname to someone else, it stays
    // theirs unless the figure is named in full too.
    else if (bare(span) && givenAway(others.surnames.get(doc.words[span.start]!))) ids = ids.filter((id) => strong.has(id));
    // Shouted, the alias looks like any other word of the headline: only the nearest words vouch.
    const shouted = headline && doc.tokens.shapes[span.end - 1] === UPPER;
    // A figure whose names are rarely anyone else's here ("Maduro", "El Callao") takes its context from
    // the sentences either side too: a quoted sound bite, a lyric's next line (entities.yaml `contextReach`).
    const vouched = (id: string, at: { start: number; end: number }): boolean => {
      const positions = context.get(id);
      if (shouted) return nearby(positions, at);
      return inSentence(positions, at) || (compiled.byId.get(id)?.contextReach === 'neighbours' && inNeighbouringSentence(doc, positions, at));
    };
    const entityId = resolveAmbiguous(ids, span, strong, context, vouched);
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
