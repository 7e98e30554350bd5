/**
 * Finds tracked figures in a story. Unambiguous aliases count wherever they appear as whole words.
 * Ambiguous ones ("Maduro", "Cabello", "Los Soles") count only when written as a name and backed by
 * evidence: the figure named in full elsewhere in the story, or one of its context words nearby, and
 * none of its negative words nearby. Rules live in entities.yaml; nothing here knows a figure.
 */
import type { EntityHit } from '../model';
import type { AliasRef, CompiledEntities } from './compile-entities';
import type { MatchDocument } from './document';
import type { PhraseHit } from './phrase-index';
import type { Token } from './tokenize';

export interface EntitySpan {
  entityId: string;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
}

function caseAllows(ref: AliasRef, doc: MatchDocument, tokens: readonly Token[], start: number, end: number): boolean {
  if (ref.caseRule === 'any') return true;
  if (ref.caseRule === 'exact') {
    if (end - start !== ref.exactWords.length) return false;
    return ref.exactWords.every((word, index) => {
      const token = tokens[start + index]!;
      return doc.source.slice(token.start, token.end) === word;
    });
  }
  // capitalized: the head word (the last one: "Los Soles", "El Pollo") is written as a name.
  return tokens[end - 1]!.shape !== 'lower';
}

/** Leftmost-longest: at each position the longest alias whose case rule passes takes the words. */
function candidateSpans(compiled: CompiledEntities, doc: MatchDocument): Array<{ start: number; end: number; refs: AliasRef[] }> {
  const spans: Array<{ start: number; end: number; refs: AliasRef[] }> = [];
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    const hits = compiled.aliases.matchAt(tokens, i);
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

function near(positions: number[] | undefined, start: number, end: number, window: number): boolean {
  return positions?.some((position) => position >= start - window && position < end + window) ?? false;
}

function distance(positions: number[], start: number): number {
  return Math.min(...positions.map((position) => Math.abs(position - start)));
}

/**
 * Picks the figure an ambiguous span refers to: the closest context word nearby decides first ("la
 * vicepresidenta Rodríguez"), then the figure named in full closest before it, then closest after.
 * A figure neither named nor in context is not evidenced; a tie between two is dropped.
 */
function resolveAmbiguous(
  ids: string[],
  span: { start: number; end: number },
  strong: Map<string, number[]>,
  context: Map<string, number[]>,
  window: number,
): string | undefined {
  const inContext = ids.filter((id) => near(context.get(id), span.start, span.end, window));
  if (inContext.length === 1) return inContext[0];
  if (inContext.length > 1) {
    // Two figures' context words nearby: the closer one decides, unless they are equally close.
    const ranked = inContext.map((id) => ({ id, gap: distance(context.get(id)!, span.start) })).sort((a, b) => a.gap - b.gap);
    if (ranked[0]!.gap < ranked[1]!.gap) return ranked[0]!.id;
  }
  const pool = inContext.length > 1 ? inContext : ids;
  const named = pool.filter((id) => strong.has(id));
  if (named.length === 0) return undefined;
  const before = (id: string): number => Math.max(-1, ...strong.get(id)!.filter((position) => position < span.start));
  const preceding = named.filter((id) => before(id) >= 0).sort((a, b) => before(b) - before(a));
  if (preceding.length > 0) return preceding[0];
  return named.sort((a, b) => distance(strong.get(a)!, span.start) - distance(strong.get(b)!, span.start))[0];
}

export function matchEntitySpans(compiled: CompiledEntities, doc: MatchDocument): EntitySpan[] {
  const candidates = candidateSpans(compiled, doc);
  const strong = new Map<string, number[]>();
  for (const span of candidates) {
    for (const ref of span.refs) {
      if (ref.ambiguous) continue;
      const list = strong.get(ref.entityId) ?? [];
      list.push(span.start);
      strong.set(ref.entityId, list);
    }
  }
  const needsContext = candidates.some((span) => span.refs.some((ref) => ref.ambiguous));
  const context = needsContext ? positionsByEntity(compiled.context.findAll(doc.tokens)) : new Map<string, number[]>();
  const negative = needsContext ? positionsByEntity(compiled.negative.findAll(doc.tokens)) : new Map<string, number[]>();
  const window = compiled.contextWindow;

  const accepted: EntitySpan[] = [];
  for (const span of candidates) {
    const sure = span.refs.filter((ref) => !ref.ambiguous).map((ref) => ref.entityId);
    if (sure.length > 0) {
      // An unambiguous alias shared by two figures is a config mistake; take the first, predictably.
      accepted.push({ entityId: sure[0]!, start: span.start, end: span.end });
      continue;
    }
    const ids = [...new Set(span.refs.map((ref) => ref.entityId))].filter(
      (id) => !near(negative.get(id), span.start, span.end, window),
    );
    const entityId = resolveAmbiguous(ids, span, strong, context, window);
    if (entityId) accepted.push({ entityId, start: span.start, end: span.end });
  }
  return accepted;
}

export function entityHits(compiled: CompiledEntities, spans: readonly EntitySpan[]): EntityHit[] {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.entityId, (counts.get(span.entityId) ?? 0) + 1);
  return [...counts].map(([id, mentions]) => ({ id, name: compiled.byId.get(id)?.name ?? id, mentions }));
}
