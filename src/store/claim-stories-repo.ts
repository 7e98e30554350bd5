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

  latest(claimId: string, stance: Stance, limit: number): ClaimStory[] {
    const rows = this.db
      .prepare(
        `SELECT ${CLAIM_STORY_COLUMNS} FROM story_claims c ${joinStoriesOn('s.id = c.story_id')}
         WHERE c.claim_id = ? AND c.stance = ? AND s.duplicate_of IS NULL ORDER BY time DESC, s.id LIMIT ?`,
      )
      .all(claimId, stance, limit) as ClaimStoryRow[];
    return rows.map(toClaimStory);
  }

  /** Stories per stance since `since`. */
  counts(claimId: string, since: number): StanceCounts {
    const counts: StanceCounts = { asserts: 0, disputes: 0, mentions: 0 };
    const rows = this.db
      .prepare(
        `SELECT c.stance AS stance, COUNT(*) AS n FROM story_claims c JOIN stories s ON s.id = c.story_id
         WHERE c.claim_id = ? AND s.duplicate_of IS NULL AND ${storyTime('s')} >= ?
         GROUP BY c.stance`,
      )
      .all(claimId, since) as Array<{ stance: Stance; n: number }>;
    for (const row of rows) counts[row.stance] = row.n;
    return counts;
  }
}
