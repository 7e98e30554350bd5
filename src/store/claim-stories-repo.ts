/** What /claim shows from stored stories: the latest that assert or dispute a claim, with the evidence. */
import type { Evidence, Stance } from '../model';
import type { Db } from './open-database';
import { joinStoriesOn, STORY_REF_COLUMNS, type StoryRef } from './story-ref';
import { storyTime } from './story-time';

export interface ClaimStory extends StoryRef {
  claimId: string;
  stance: Stance;
  /** The sentence that best shows the stance. */
  evidence: string;
  /** Who says it, when the story names a source for that sentence. */
  source: string | null;
}

export type StanceCounts = Record<Stance, number>;

type Side = Exclude<Stance, 'mentions'>;
const SIDE_EVIDENCE: Record<Side, string> = { asserts: '$.asserting', disputes: '$.disputing' };

/**
 * SQL true when the claim stored as `c` carries a sentence on `side`, whichever side outweighed the
 * other: a story where a letter alleges and an analyst objects counts as asserting and as disputing.
 */
export function onSide(side: Side): string {
  return `(c.stance = '${side}' OR (json_valid(c.detail) AND json_array_length(c.detail, '${SIDE_EVIDENCE[side]}') > 0))`;
}

/** Columns for ClaimStory plus `detail`, from `story_claims c` joined by joinStoriesOn. */
export const CLAIM_STORY_COLUMNS = `${STORY_REF_COLUMNS}, c.claim_id AS claimId, c.stance AS stance, c.evidence AS evidence, c.detail AS detail`;

export type ClaimStoryRow = Omit<ClaimStory, 'source'> & { detail: string };

/** Finds who says the evidence sentence in the stored detail (both sides' sentences and sources). */
export function toClaimStory({ detail, ...row }: ClaimStoryRow): ClaimStory {
  return { ...row, source: sourceOf(detail, row.stance, row.evidence) };
}

function sourceOf(detail: string, stance: Stance, evidence: string): string | null {
  try {
    const parsed = JSON.parse(detail) as { asserting?: Evidence[]; disputing?: Evidence[] };
    const side = stance === 'disputes' ? parsed.disputing : parsed.asserting;
    return side?.find((item) => item.sentence === evidence)?.source ?? null;
  } catch {
    return null; // detail is written by us as JSON; an unreadable one only loses the source
  }
}

export class ClaimStoriesRepo {
  constructor(private readonly db: Db) {}

  /**
   * The latest stories with a sentence on `side` of the claim, each shown by that side's sentence:
   * the story's own evidence when that side won, else the first sentence on that side.
   */
  latest(claimId: string, side: Side, limit: number): ClaimStory[] {
    const rows = this.db
      .prepare(
        `SELECT ${STORY_REF_COLUMNS}, c.claim_id AS claimId, @side AS stance, c.detail AS detail,
           CASE WHEN c.stance = @side THEN c.evidence ELSE json_extract(c.detail, @first) END AS evidence
         FROM story_claims c ${joinStoriesOn('s.id = c.story_id')}
         WHERE c.claim_id = @claimId AND ${onSide(side)} AND s.duplicate_of IS NULL ORDER BY time DESC, s.id LIMIT @limit`,
      )
      .all({ claimId, side, first: `${SIDE_EVIDENCE[side]}[0].sentence`, limit }) as ClaimStoryRow[];
    return rows.map(toClaimStory);
  }

  /** Stories since `since` asserting, disputing (a story with both sides counts on each) and only mentioning the claim. */
  counts(claimId: string, since: number): StanceCounts {
    return this.db
      .prepare(
        `SELECT COALESCE(SUM(${onSide('asserts')}), 0) AS asserts, COALESCE(SUM(${onSide('disputes')}), 0) AS disputes,
           COALESCE(SUM(c.stance = 'mentions'), 0) AS mentions
         FROM story_claims c JOIN stories s ON s.id = c.story_id
         WHERE c.claim_id = ? AND s.duplicate_of IS NULL AND ${storyTime('s')} >= ?`,
      )
      .get(claimId, since) as StanceCounts;
  }
}
