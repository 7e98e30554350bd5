/** What matched in a handful of stories, loaded in one query each, for listings that show it. */
import type { Stance } from '../model';
import type { Db } from './open-database';

export interface StanceRef {
  claimId: string;
  stance: Stance;
}

export interface EntityRef {
  entityId: string;
  name: string;
  mentions: number;
}

export interface StoryMatches {
  entities: EntityRef[];
  claims: StanceRef[];
}

/** Story id → its figures and claim stances; a story with no match maps to empty lists. */
export function loadStoryMatches(db: Db, storyIds: readonly string[]): Map<string, StoryMatches> {
  const result = new Map<string, StoryMatches>(storyIds.map((id) => [id, { entities: [], claims: [] }]));
  if (storyIds.length === 0) return result;
  const ids = JSON.stringify(storyIds);
  const entities = db
    .prepare(
      `SELECT story_id AS storyId, entity_id AS entityId, name, mentions FROM story_entities
       WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY mentions DESC, entity_id`,
    )
    .all(ids) as Array<EntityRef & { storyId: string }>;
  const claims = db
    .prepare(
      `SELECT story_id AS storyId, claim_id AS claimId, stance FROM story_claims
       WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id`,
    )
    .all(ids) as Array<StanceRef & { storyId: string }>;
  for (const { storyId, ...entity } of entities) result.get(storyId)?.entities.push(entity);
  for (const { storyId, ...claim } of claims) result.get(storyId)?.claims.push(claim);
  return result;
}
