/** /claim: the statement, then the latest stories that assert and that dispute it, with evidence. Pure. */
import type { APIEmbed } from 'discord.js';
import type { ClaimConfig } from '../config/claims-schema';
import type { ClaimStory, StanceCounts } from '../store/claim-stories-repo';
import { joinLines } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, safeText, truncate } from './discord-text';
import { evidenceQuote, storyLine } from './format-story-line';

/** claims.yaml sets no length: room is kept for the counts line after the statement. */
const STATEMENT_MAX = LIMITS.embedDescription - 200;

export interface ClaimView {
  claim: ClaimConfig;
  /** Stories per stance in the last 30 days. */
  counts: StanceCounts;
  asserting: ClaimStory[];
  disputing: ClaimStory[];
}

function storiesValue(stories: readonly ClaimStory[], none: string): string {
  const blocks = stories.map((story) => `${storyLine(story, '', 90)}\n${evidenceQuote(story.evidence, story.source, 260)}`);
  return joinLines(blocks, LIMITS.fieldValue) || none;
}

export function formatClaim(view: ClaimView): APIEmbed {
  const { claim, counts } = view;
  return {
    title: truncate(`Claim ${claim.id}`, LIMITS.embedTitle),
    description: `${truncate(safeText(claim.statement), STATEMENT_MAX)}\n\nLast 30 days: **${counts.asserts}** asserting · **${counts.disputes}** disputing · **${counts.mentions}** mentioning`,
    color: 0xf0a020,
    fields: [
      { name: 'Latest asserting', value: storiesValue(view.asserting, 'No stored story asserts it.') },
      { name: 'Latest disputing', value: storiesValue(view.disputing, 'No stored story disputes it.') },
    ],
  };
}
