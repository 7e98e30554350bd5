/**
 * What a /track add or /track remove would write, decided from entities.yaml and the stored rows
 * before anything is written: which figure the name means, which aliases are new, and every reason
 * to refuse (a name that means two figures, an alias that already names someone else). Pure.
 */
import { findFigure } from '../match/find-figure';
import { mergeTrackedEntities, type TrackedEntity, type TrackedEntityChange } from './merge-tracked-entities';
import { nameKey, namesOf, slugOf } from './name-key';
import type { EntityConfig } from './schema';

export type EntityKind = EntityConfig['kind'];

/** Aliases /track may add to one figure in all. */
export const MAX_TRACKED_ALIASES = 50;

export type TrackProblem =
  | { kind: 'ambiguous'; name: string; candidates: EntityConfig[] }
  | { kind: 'unknown'; name: string; closest: EntityConfig[] }
  | { kind: 'alias-taken'; alias: string; owner: EntityConfig }
  | { kind: 'kind-mismatch'; figure: EntityConfig; requested: EntityKind }
  | { kind: 'nothing-new'; figure: EntityConfig; aliasesGiven: boolean }
  | { kind: 'bad-name'; name: string }
  | { kind: 'too-many-aliases'; figure: string };

export interface TrackAddRequest {
  name: string;
  aliases: string[];
  kind: EntityKind | undefined;
  by: string;
}

export type TrackAddPlan =
  | { ok: true; change: TrackedEntityChange; action: 'created' | 'extended' | 'restored'; added: string[]; skipped: string[] }
  | { ok: false; problem: TrackProblem };

export type TrackRemovePlan = { ok: true; change: TrackedEntityChange; fromConfig: boolean } | { ok: false; problem: TrackProblem };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lookupVisible(visible: readonly EntityConfig[], name: string): ReturnType<typeof findFigure> {
  const bySlug = visible.find((figure) => figure.id === slugOf(name));
  return bySlug ? { kind: 'found', figure: bySlug } : findFigure(visible, name);
}

export function planTrackAdd(configEntities: readonly EntityConfig[], tracked: readonly TrackedEntity[], request: TrackAddRequest): TrackAddPlan {
  const rows = new Map(tracked.map((row) => [row.id, row]));
  const visible = mergeTrackedEntities(configEntities, tracked);
  const found = lookupVisible(visible, request.name);
  if (found.kind === 'ambiguous') return { ok: false, problem: { kind: 'ambiguous', name: request.name, candidates: found.candidates } };
  const key = nameKey(request.name);
  const hidden = configEntities.find(
    (entity) => rows.get(entity.id)?.removed && (entity.id === slugOf(request.name) || namesOf(entity).some((name) => nameKey(name) === key)),
  );
  const existing = found.kind === 'found' ? found.figure : hidden;
  const id = existing?.id ?? slugOf(request.name);
  if (!existing && (!SLUG.test(id) || id.length > 64)) return { ok: false, problem: { kind: 'bad-name', name: request.name } };
  if (existing && request.kind && request.kind !== existing.kind) {
    return { ok: false, problem: { kind: 'kind-mismatch', figure: existing, requested: request.kind } };
  }
  const own = new Set((existing ? namesOf(existing) : [request.name]).map(nameKey));
  const added: string[] = [];
  const skipped: string[] = [];
  for (const alias of request.aliases) {
    const aliasKey = nameKey(alias);
    const owner = visible.find((figure) => figure.id !== id && namesOf(figure).some((name) => nameKey(name) === aliasKey));
    if (owner) return { ok: false, problem: { kind: 'alias-taken', alias, owner } };
    if (own.has(aliasKey)) skipped.push(alias);
    else added.push(alias);
    own.add(aliasKey);
  }
  if (found.kind === 'found' && added.length === 0) {
    return { ok: false, problem: { kind: 'nothing-new', figure: found.figure, aliasesGiven: request.aliases.length > 0 } };
  }
  const previous = rows.get(id);
  const aliases = [...(previous && !previous.removed ? previous.aliases : []), ...added];
  if (aliases.length > MAX_TRACKED_ALIASES) return { ok: false, problem: { kind: 'too-many-aliases', figure: existing?.name ?? request.name } };
  const change: TrackedEntityChange = {
    id,
    name: existing?.name ?? request.name,
    kind: existing?.kind ?? request.kind ?? 'person',
    aliases,
    removed: false,
    addedBy: request.by,
  };
  const action = !existing ? 'created' : existing === hidden ? 'restored' : 'extended';
  return { ok: true, change, action, added, skipped };
}

export function planTrackRemove(configEntities: readonly EntityConfig[], tracked: readonly TrackedEntity[], name: string, by: string): TrackRemovePlan {
  const visible = mergeTrackedEntities(configEntities, tracked);
  const found = lookupVisible(visible, name);
  if (found.kind === 'ambiguous') return { ok: false, problem: { kind: 'ambiguous', name, candidates: found.candidates } };
  if (found.kind === 'unknown') return { ok: false, problem: { kind: 'unknown', name, closest: found.closest } };
  const { figure } = found;
  // A tombstone, not a delete: for an entities.yaml figure it is what hides it.
  const change: TrackedEntityChange = { id: figure.id, name: figure.name, kind: figure.kind, aliases: [], removed: true, addedBy: by };
  return { ok: true, change, fromConfig: configEntities.some((entity) => entity.id === figure.id) };
}
