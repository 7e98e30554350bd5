/**
 * How figures tracked at run time (/track, stored in SQLite) combine with entities.yaml; see the
 * README, "Tracking figures at run time". Pure: the matcher is rebuilt from this before each poll.
 *
 * - A row with the id of an entities.yaml figure adds its aliases to that figure.
 * - A row with a new id is a plain figure: its name and aliases, all unambiguous, no context words.
 * - A removed row is a tombstone: it hides the entities.yaml figure of that id until re-added.
 * - entities.yaml wins: an alias that already names another figure is dropped, so two figures never
 *   share a plain alias even when entities.yaml changed after the /track.
 */
import { nameKey, namesOf } from './name-key';
import { entitySchema, type EntityConfig } from './schema';

export interface TrackedEntity {
  /** The figure's slug; equal to an entities.yaml id when the row extends or hides that figure. */
  id: string;
  name: string;
  kind: EntityConfig['kind'];
  /** Plain (unambiguous) aliases added with /track. */
  aliases: string[];
  removed: boolean;
  /** Discord user id of whoever made the last change. */
  addedBy: string | null;
  addedAt: number;
  updatedAt: number;
}

/** What /track writes: a whole row, timestamps set by the store. */
export type TrackedEntityChange = Omit<TrackedEntity, 'addedAt' | 'updatedAt'>;

export function mergeTrackedEntities(configEntities: readonly EntityConfig[], tracked: readonly TrackedEntity[]): EntityConfig[] {
  const rows = new Map(tracked.map((row) => [row.id, row]));
  const visible = configEntities.filter((entity) => !rows.get(entity.id)?.removed);
  // Every name any visible figure answers to, and whose it is; yaml figures claim theirs first.
  const owners = new Map<string, string>();
  for (const entity of visible) for (const name of namesOf(entity)) if (!owners.has(nameKey(name))) owners.set(nameKey(name), entity.id);
  const claim = (alias: string, id: string): boolean => {
    const key = nameKey(alias);
    if (key === '' || owners.has(key)) return false; // taken by another figure, or already this one's
    owners.set(key, id);
    return true;
  };
  const merged = visible.map((entity) => {
    const extra = (rows.get(entity.id)?.aliases ?? []).filter((alias) => claim(alias, entity.id));
    return extra.length > 0 ? { ...entity, aliases: [...entity.aliases, ...extra] } : entity;
  });
  const configIds = new Set(configEntities.map((entity) => entity.id));
  for (const row of tracked) {
    if (row.removed || configIds.has(row.id) || !claim(row.name, row.id)) continue;
    const parsed = entitySchema.safeParse({ id: row.id, name: row.name, kind: row.kind, aliases: row.aliases.filter((alias) => claim(alias, row.id)) });
    // A row edited by hand into something invalid is skipped rather than stopping every poll.
    if (parsed.success) merged.push(parsed.data);
  }
  return merged;
}
