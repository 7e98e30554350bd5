/** /feeds test: what polling this URL would give now, and what would match. Nothing was stored. Pure. */
import type { APIEmbed } from 'discord.js';
import type { FeedTestResult, TestedStory } from '../pipeline/test-feed';
import { joinLines, maskedLink, plural } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, inlineText, safeInline, truncate, urlText } from './discord-text';
import { STANCE_WORDS } from './format-story-line';

function matchLine({ story, match }: TestedStory): string {
  const figures = match.entities.map((entity) => `${safeInline(entity.name)} (${entity.mentions})`).join(', ');
  const claims = match.claims.map((claim) => `\`${claim.id}\` ${STANCE_WORDS[claim.stance]}`).join(', ');
  return `• ${maskedLink(story.title, story.url, 100)}\n  ${[figures, claims].filter(Boolean).join(' · ')}`;
}

export function formatFeedTest(result: FeedTestResult): APIEmbed {
  const matched = result.stories.filter(({ match }) => match.entities.length > 0 || match.claims.length > 0);
  const title = result.feedTitle ? inlineText(result.feedTitle, 200) : inlineText(result.url, 200);
  const redirected = result.finalUrl !== result.url ? `\nRedirected to ${urlText(result.finalUrl, 300)}` : '';
  const summary = `${plural(result.items, 'item')}, ${plural(result.stories.length, 'story', 'stories')}, ${matched.length} would match. Nothing was stored.`;
  return {
    title: truncate(`Feed test: ${title}`, LIMITS.embedTitle),
    description: `${summary}${redirected}\n\n${joinLines(matched.map(matchLine), LIMITS.embedDescription - 600, 'more matching stories') || 'No story in it names a tracked figure or claim.'}`,
    color: matched.length > 0 ? 0x3ba55d : 0x808080,
  };
}
