/**
 * The digest of a period, on demand (/digest) or on schedule: coverage per figure and per claim, the
 * top stories, and the assertions and disputes of claims that appeared. Pure over DigestRepo's rows,
 * so the scheduled digest and the command show the same thing.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { DigestData } from '../store/digest-repo';
import { discordTime, joinLines, plural } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, safeInline } from './discord-text';
import { evidenceQuote, stancesText, STANCE_WORDS, storyLine, storyRef } from './format-story-line';

export interface DigestNames {
  /** Figure id → display name (the story rows carry a name too; this one follows /track renames). */
  figures: ReadonlyMap<string, string>;
}

export const DIGEST_COLOUR = 0x7a5cc2;
const FIELD_ROOM = LIMITS.fieldValue;

function coverage(data: DigestData, names: DigestNames): APIEmbedField[] {
  const figures = data.figures.map((row) => `${safeInline(names.figures.get(row.entityId) ?? row.name)} — ${row.stories}`);
  const claims = data.claims.map((row) => `\`${row.claimId}\` — ${row.asserts} asserting · ${row.disputes} disputing · ${row.mentions} mentioning`);
  return [
    { name: 'Figures (stories)', value: joinLines(figures, FIELD_ROOM, 'more figures') || 'No figure was named.' },
    { name: 'Claims', value: joinLines(claims, FIELD_ROOM, 'more claims') || 'No claim came up.' },
  ];
}

function topStories(data: DigestData): string {
  const lines = data.top.map((story) => {
    const copies = story.copies > 0 ? `also in ${plural(story.copies, 'other feed')}` : '';
    const figures = story.entities.slice(0, 3).map((entity) => safeInline(entity.name)).join(', ');
    return storyLine(story, [figures, stancesText(story.claims), copies].filter(Boolean).join(' · '), 90);
  });
  return joinLines(lines, FIELD_ROOM) || 'No matched stories.';
}

function stanceChanges(data: DigestData): string {
  const blocks = data.stances.map(
    (story) => `\`${story.claimId}\` ${STANCE_WORDS[story.stance]}: ${storyRef(story, 70)}\n${evidenceQuote(story.evidence, story.source, 200)}`,
  );
  return joinLines(blocks, FIELD_ROOM) || 'No claim was asserted or disputed.';
}

export function formatDigest(data: DigestData, names: DigestNames): APIEmbed {
  const hours = Math.round((data.until - data.since) / 3_600_000);
  const matched = new Set(data.figures.map((row) => row.entityId)).size;
  return {
    title: `Digest — last ${plural(hours, 'hour')}`,
    description: `${discordTime(data.since, 'f')} to ${discordTime(data.until, 'f')}\n${plural(data.storiesSeen, 'story', 'stories')} stored · ${plural(matched, 'figure')} named · ${plural(data.claims.length, 'claim')} came up`,
    color: DIGEST_COLOUR,
    fields: [
      ...coverage(data, names),
      { name: 'Top stories', value: topStories(data) },
      { name: 'New assertions and disputes', value: stanceChanges(data) },
    ],
    timestamp: new Date(data.until).toISOString(),
  };
}
