/** /recent: the latest matched stories, with the figures and claim stances of each. Pure. */
import type { APIEmbed } from 'discord.js';
import type { MatchedStory } from '../store/recent-repo';
import { joinLines, plural } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, safeInline } from './discord-text';
import { stancesText, storyLine } from './format-story-line';

export interface RecentView {
  stories: MatchedStory[];
  hours: number;
  /** The figure's name and the claim's id when the list was filtered by them. */
  figureName?: string | undefined;
  claimId?: string | undefined;
}

function detail(story: MatchedStory): string {
  const figures = story.entities.slice(0, 4).map((entity) => safeInline(entity.name)).join(', ');
  return [figures, stancesText(story.claims)].filter(Boolean).join(' · ');
}

export function formatRecent(view: RecentView): APIEmbed {
  const filters = [view.figureName ? safeInline(view.figureName) : '', view.claimId ? `\`${view.claimId}\`` : ''].filter(Boolean);
  const period = `last ${plural(view.hours, 'hour')}`;
  const title = `Latest matched stories — ${period}`;
  const lines = view.stories.map((story) => storyLine(story, detail(story)));
  return {
    title,
    description: [
      filters.length > 0 ? `Matching ${filters.join(' and ')}` : '',
      joinLines(lines, LIMITS.embedDescription - 200) || `No matched stories in the ${period}.`,
    ]
      .filter(Boolean)
      .join('\n'),
    color: 0x4a7fd6,
  };
}
