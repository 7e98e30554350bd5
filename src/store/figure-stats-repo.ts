/**
 * What /figure shows from stored stories: how often a figure was named in the last day, week and
 * month, the claims their stories carry, and their latest stories with each claim's stance.
 * Copies of an article from other feeds count once.
 */
import type { Db } from './open-database';
import { loadStoryMatches, type StanceRef } from './story-matches';
import { joinStoriesOn, STORY_REF_COLUMNS, type StoryRef } from './story-ref';
import { DAY_MS } from './story-time';

export interface MentionCounts {
  day: number;
  week: number;
  month: number;
}

export interface ClaimCount {
  claimId: string;
  stories: number;
}

export interface StoryWithStances extends StoryRef {
  claims: StanceRef[];
}

export class FigureStatsRepo {
  constructor(private readonly db: Db) {}

  /** Stories naming the figure in the 24 h, 7 days and 30 days up to `now`. */
  mentionCounts(entityId: string, now: number): MentionCounts {
    return this.db
      .prepare(
        `SELECT COALESCE(SUM(at >= @day), 0) AS day, COALESCE(SUM(at >= @week), 0) AS week, COUNT(*) AS month FROM story_entities
         WHERE entity_id = @entityId AND original = 1 AND at >= @month AND at <= @now`,
      )
      .get({ entityId, now, day: now - DAY_MS, week: now - 7 * DAY_MS, month: now - 30 * DAY_MS }) as MentionCounts;
  }

  /** Claims matched in the figure's stories since `since`, the most frequent first. */
  claimCounts(entityId: string, since: number): ClaimCount[] {
    return this.db
      .prepare(
        `SELECT c.claim_id AS claimId, COUNT(*) AS stories FROM story_entities e
         JOIN story_claims c ON c.story_id = e.story_id
         WHERE e.entity_id = ? AND e.original = 1 AND e.at >= ?
         GROUP BY c.claim_id ORDER BY stories DESC, claimId`,
      )
      .all(entityId, since) as ClaimCount[];
  }

  latestStories(entityId: string, limit: number): StoryWithStances[] {
    const stories = this.db
      .prepare(
        `SELECT ${STORY_REF_COLUMNS} FROM story_entities e ${joinStoriesOn('s.id = e.story_id')}
         WHERE e.entity_id = ? AND e.original = 1 ORDER BY e.at DESC, e.story_id DESC LIMIT ?`,
      )
      .all(entityId, limit) as StoryRef[];
    const matches = loadStoryMatches(this.db, stories.map((story) => story.id));
    return stories.map((story) => ({ ...story, claims: matches.get(story.id)?.claims ?? [] }));
  }
}
