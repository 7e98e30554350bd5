/** What /recent lists: the latest stories that matched a figure or a claim, optionally one of each. */
import type { Db } from './open-database';
import { loadStoryMatches, type StoryMatches } from './story-matches';
import { STORIES_WITH_FEED, STORY_REF_COLUMNS, type StoryRef } from './story-ref';
import { storyTime } from './story-time';

export interface RecentFilter {
  entityId?: string | undefined;
  claimId?: string | undefined;
  since: number;
  limit: number;
}

export type MatchedStory = StoryRef & StoryMatches;

export class RecentRepo {
  constructor(private readonly db: Db) {}

  recent(filter: RecentFilter): MatchedStory[] {
    const conditions = ['s.duplicate_of IS NULL', `${storyTime('s')} >= @since`];
    if (filter.entityId !== undefined) conditions.push('EXISTS (SELECT 1 FROM story_entities e WHERE e.story_id = s.id AND e.entity_id = @entityId)');
    if (filter.claimId !== undefined) conditions.push('EXISTS (SELECT 1 FROM story_claims c WHERE c.story_id = s.id AND c.claim_id = @claimId)');
    if (filter.entityId === undefined && filter.claimId === undefined) {
      conditions.push('(EXISTS (SELECT 1 FROM story_entities e WHERE e.story_id = s.id) OR EXISTS (SELECT 1 FROM story_claims c WHERE c.story_id = s.id))');
    }
    const stories = this.db
      .prepare(`SELECT ${STORY_REF_COLUMNS} FROM ${STORIES_WITH_FEED} WHERE ${conditions.join(' AND ')} ORDER BY time DESC, s.id LIMIT @limit`)
      .all({ since: filter.since, limit: filter.limit, entityId: filter.entityId ?? null, claimId: filter.claimId ?? null }) as StoryRef[];
    const matches = loadStoryMatches(this.db, stories.map((story) => story.id));
    return stories.map((story) => ({ ...story, ...(matches.get(story.id) ?? { entities: [], claims: [] }) }));
  }
}
