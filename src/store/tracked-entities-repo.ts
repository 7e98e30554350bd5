/**
 * Figures tracked at run time with /track (table tracked_entities, migration 2). How the rows
 * combine with entities.yaml is decided in src/config/merge-tracked-entities.ts.
 */
import type { TrackedEntity, TrackedEntityChange } from '../config/merge-tracked-entities';
import type { Db } from './open-database';

interface Row {
  id: string;
  name: string;
  kind: TrackedEntity['kind'];
  aliases: string;
  removed: number;
  addedBy: string | null;
  addedAt: number;
  updatedAt: number;
}

function parseAliases(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return []; // written by us as JSON; a hand-edited bad value loses the aliases, not the bot
  }
}

export class TrackedEntitiesRepo {
  constructor(private readonly db: Db) {}

  /** Every row, removed ones (tombstones) included, in the order they were first added. */
  list(): TrackedEntity[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, kind, aliases, removed, added_by AS addedBy, added_at AS addedAt, updated_at AS updatedAt
         FROM tracked_entities ORDER BY added_at, id`,
      )
      .all() as Row[];
    return rows.map((row) => ({ ...row, aliases: parseAliases(row.aliases), removed: row.removed === 1 }));
  }

  /** Writes the figure's whole row: a first /track creates it, later ones replace it; added_at stays. */
  save(change: TrackedEntityChange, now: number): void {
    this.db
      .prepare(
        `INSERT INTO tracked_entities (id, name, kind, aliases, removed, added_by, added_at, updated_at)
         VALUES (@id, @name, @kind, @aliases, @removed, @addedBy, @now, @now)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
           removed = excluded.removed, added_by = excluded.added_by, updated_at = excluded.updated_at`,
      )
      .run({ ...change, aliases: JSON.stringify(change.aliases), removed: change.removed ? 1 : 0, now });
  }
}
