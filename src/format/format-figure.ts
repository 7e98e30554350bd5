/**
 * /figure: a tracked figure's profile from entities.yaml, the aliases /track added, the claims their
 * stories carry, how often they were named lately, and their latest stories with stances. Pure.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { aliasText } from '../config/name-key';
import type { EntityConfig } from '../config/schema';
import type { ClaimConfig } from '../config/claims-schema';
import type { ClaimCount, MentionCounts, StoryWithStances } from '../store/figure-stats-repo';
import { joinLines } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, inlineText, safeInline, safeText, truncate } from './discord-text';
import { stancesText, storyLine } from './format-story-line';

export interface FigureView {
  figure: EntityConfig;
  /** True when entities.yaml lists the figure; false when it was added with /track. */
  fromConfig: boolean;
  /** Claims whose topic names the figure in claims.yaml. */
  topicClaims: ClaimConfig[];
  /** Claims matched in the figure's stories in the last 30 days. */
  claimCounts: ClaimCount[];
  counts: MentionCounts;
  latest: StoryWithStances[];
}

export const FIGURE_COLOUR = 0x4a7fd6;
/** entities.yaml sets no length on these; together they stay well inside the description's 4,096. */
const ROLE_MAX = 300;
const STATUS_MAX = 1_500;

function listField(name: string, items: readonly string[]): APIEmbedField | null {
  if (items.length === 0) return null;
  return { name, value: joinLines(items.map((item) => `• ${safeText(item)}`), LIMITS.fieldValue) };
}

function claimLines(view: FigureView): string[] {
  const counted = new Map(view.claimCounts.map((count) => [count.claimId, count.stories]));
  const ids = [...new Set([...view.topicClaims.map((claim) => claim.id), ...counted.keys()])];
  return ids.map((id) => {
    const stories = counted.get(id) ?? 0;
    const topic = view.topicClaims.some((claim) => claim.id === id) ? ' (on its topic)' : '';
    return `\`${id}\`${topic}: ${stories} ${stories === 1 ? 'story' : 'stories'} in 30 days`;
  });
}

export function formatFigure(view: FigureView): APIEmbed {
  const { figure, counts } = view;
  const profile = figure.profile;
  const description = [
    `${figure.kind}${profile.role ? ` · ${inlineText(profile.role, ROLE_MAX)}` : ''}`,
    profile.status ? `Status: ${truncate(safeText(profile.status), STATUS_MAX)}` : '',
  ].filter(Boolean);
  const aliases = figure.aliases.map(aliasText).filter((alias) => alias !== figure.name);
  const fields = [
    { name: 'Mentions', value: `24 h: **${counts.day}** · 7 days: **${counts.week}** · 30 days: **${counts.month}**` },
    aliases.length > 0 ? { name: 'Aliases', value: truncate(aliases.map((alias) => safeInline(alias)).join(', '), LIMITS.fieldValue) } : null,
    listField('Rewards', profile.rewards),
    listField('Charges', profile.charges),
    listField('Sanctions', profile.sanctions),
    listField('Notes', profile.notes),
    { name: 'Claims', value: joinLines(claimLines(view), LIMITS.fieldValue) || 'None yet.' },
    {
      name: 'Latest stories',
      value: joinLines(view.latest.map((story) => storyLine(story, stancesText(story.claims), 90)), LIMITS.fieldValue) || 'No stored story names them yet.',
    },
  ].filter((field): field is APIEmbedField => field !== null);
  return {
    title: truncate(safeInline(figure.name), LIMITS.embedTitle),
    description: description.join('\n'),
    color: FIGURE_COLOUR,
    fields,
    footer: { text: `${figure.id} · ${view.fromConfig ? 'from entities.yaml' : 'added with /track'}` },
  };
}
