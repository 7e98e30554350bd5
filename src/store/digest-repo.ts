/**
 * The numbers behind a digest of one period: stories per figure and per claim stance, the top
 * stories (carried by the most outlets, then matching the most; other outlets' stories of the same
 * news are counted under the first, not listed again), and the assertions and disputes
 * of claims that appeared. Plain rows; src/format/format-digest.ts turns them into a message.
 */
import { CLAIM_STORY_COLUMNS, onSide, toClaimStory, type ClaimStory, type ClaimStoryRow } from './claim-stories-repo';
import type { Db } from './open-database';
import { loadStoryMatches, type StoryMatches } from './story-matches';
import { joinStoriesOn, STORIES_WITH_FEED, STORY_REF_COLUMNS, type StoryRef } from './story-ref';
import { storyTime } from './story-time';

export interface FigureCount {
  entityId: string;
  name: string;
  stories: number;
}

export interface ClaimStanceCount {
  claimId: string;
  asserts: number;
  disputes: number;
  mentions: number;
}

export interface TopStory extends StoryRef, StoryMatches {
  /** Other feeds that carried the same article, or their own story of the same news (gathered under its alert). */
  copies: number;
}

export interface DigestData {
  since: number;
  until: number;
  /** Stories stored in the period, matched or not. */
  storiesSeen: number;
  figures: FigureCount[];
  claims: ClaimStanceCount[];
  top: TopStory[];
  /** Assertions and disputes of claims in the period, newest first. */
  stances: ClaimStory[];
}

export class DigestRepo {
  constructor(private readonly db: Db) {}

  collect(since: number, until: number, limits = { top: 5, stances: 10 }): DigestData {
    const period = { since, until };
    const inPeriod = `s.duplicate_of IS NULL AND ${storyTime('s')} >= @since AND ${storyTime('s')} < @until`;
    const storiesSeen = this.db.prepare(`SELECT COUNT(*) FROM stories s WHERE ${inPeriod}`).pluck().get(period) as number;
    const figures = this.db
      .prepare(
        `SELECT e.entity_id AS entityId, MAX(e.name) AS name, COUNT(*) AS stories FROM stories s
         JOIN story_entities e ON e.story_id = s.id WHERE ${inPeriod} GROUP BY e.entity_id ORDER BY stories DESC, entityId`,
      )
      .all(period) as FigureCount[];
    const claims = this.db
      .prepare(
        `SELECT c.claim_id AS claimId, SUM(${onSide('asserts')}) AS asserts, SUM(${onSide('disputes')}) AS disputes,
           SUM(c.stance = 'mentions') AS mentions FROM stories s JOIN story_claims c ON c.story_id = s.id
         WHERE ${inPeriod} GROUP BY c.claim_id ORDER BY COUNT(*) DESC, claimId`,
      )
      .all(period) as ClaimStanceCount[];
    return { since, until, storiesSeen, figures, claims, top: this.top(inPeriod, period, limits.top), stances: this.stances(inPeriod, period, limits.stances) };
  }

  private top(inPeriod: string, period: { since: number; until: number }, limit: number): TopStory[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM (
           SELECT ${STORY_REF_COLUMNS},
             (SELECT COUNT(*) FROM stories d WHERE d.duplicate_of = s.id) + (SELECT COUNT(*) FROM stories o WHERE o.cluster_of = s.id) AS copies,
             (SELECT COUNT(*) FROM story_entities e WHERE e.story_id = s.id)
               + (SELECT COUNT(*) FROM story_claims c WHERE c.story_id = s.id) AS matched
           FROM ${STORIES_WITH_FEED} WHERE ${inPeriod} AND s.cluster_of IS NULL)
         WHERE matched > 0 ORDER BY copies DESC, matched DESC, time DESC, id LIMIT @limit`,
      )
      .all({ ...period, limit }) as Array<StoryRef & { copies: number; matched: number }>;
    const matches = loadStoryMatches(this.db, rows.map((row) => row.id));
    return rows.map(({ matched: _matched, ...row }) => ({ ...row, ...(matches.get(row.id) ?? { entities: [], claims: [] }) }));
  }

  private stances(inPeriod: string, period: { since: number; until: number }, limit: number): ClaimStory[] {
    const rows = this.db
      .prepare(
        `SELECT ${CLAIM_STORY_COLUMNS} FROM story_claims c ${joinStoriesOn('s.id = c.story_id')}
         WHERE ${inPeriod} AND c.stance IN ('asserts', 'disputes') ORDER BY time DESC, s.id LIMIT @limit`,
      )
      .all({ ...period, limit }) as ClaimStoryRow[];
    return rows.map(toClaimStory);
  }
}
