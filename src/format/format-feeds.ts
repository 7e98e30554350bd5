/**
 * /feeds list and /feeds status. Status says each feed's health in words: when it last worked, its
 * last error, when it is checked next, and why it is disabled. Feeds in trouble come first. Pure.
 */
import type { APIEmbed } from 'discord.js';
import type { FeedRow } from '../store/feeds-repo';
import { discordTime, joinLines, maskedLink, plural } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, inlineText, proseText, safeInline } from './discord-text';

export type FeedHealth = 'healthy' | 'failing' | 'disabled';

export function feedHealth(feed: FeedRow): FeedHealth {
  if (!feed.enabled) return 'disabled';
  return feed.consecutiveErrors > 0 ? 'failing' : 'healthy';
}

const HEALTH_ORDER: Record<FeedHealth, number> = { disabled: 0, failing: 1, healthy: 2 };
const HEALTH_MARK: Record<FeedHealth, string> = { healthy: '🟢', failing: '🟠', disabled: '⚫' };

function feedName(feed: FeedRow): string {
  return maskedLink(feed.name, feed.url, 80);
}

function when(epochMs: number | null, never: string): string {
  return epochMs === null ? never : `${discordTime(epochMs)} (${discordTime(epochMs, 'f')})`;
}

export function describeFeedHealth(feed: FeedRow, now: number): string {
  const health = feedHealth(feed);
  const lines = [`${HEALTH_MARK[health]} **${feedName(feed)}** — ${health}${feed.origin === 'user' ? ' · added with /feeds add' : ''}`];
  lines.push(`last success: ${when(feed.lastSuccessAt, 'never')}`);
  if (feed.lastError) {
    const count = feed.consecutiveErrors > 0 ? `${plural(feed.consecutiveErrors, 'failure')} in a row; ` : '';
    lines.push(`last error: ${count}${when(feed.lastErrorAt, 'at an unknown time')}: ${proseText(feed.lastError, 200)}`);
  }
  if (health === 'disabled') lines.push(`disabled: ${proseText(feed.disabledReason ?? 'no reason recorded', 200)}`);
  else lines.push(`next check: ${feed.nextCheckAt <= now ? 'due now' : discordTime(feed.nextCheckAt)}`);
  return lines.join('\n');
}

export function formatFeedStatus(feeds: readonly FeedRow[], now: number): APIEmbed {
  const sorted = [...feeds].sort((a, b) => HEALTH_ORDER[feedHealth(a)] - HEALTH_ORDER[feedHealth(b)] || a.id - b.id);
  const counts = { healthy: 0, failing: 0, disabled: 0 };
  for (const feed of feeds) counts[feedHealth(feed)]++;
  return {
    title: 'Feed health',
    description: joinLines(
      sorted.map((feed) => describeFeedHealth(feed, now)),
      LIMITS.embedDescription - 50,
      'more feeds',
    ) || 'No feeds yet.',
    color: counts.disabled + counts.failing > 0 ? 0xf0a020 : 0x3ba55d,
    footer: { text: `${counts.healthy} healthy · ${counts.failing} failing · ${counts.disabled} disabled` },
  };
}

export function formatFeedList(feeds: readonly FeedRow[]): APIEmbed {
  const lines = feeds.map((feed) => {
    const health = feedHealth(feed);
    const origin = feed.origin === 'user' ? 'added with /feeds add' : 'feeds.yaml';
    return `${HEALTH_MARK[health]} ${feedName(feed)} — ${origin}${feed.language ? ` · ${safeInline(feed.language)}` : ''}${health === 'disabled' ? ' · disabled' : ''}`;
  });
  return {
    title: `Feeds (${feeds.length})`,
    description: joinLines(lines, LIMITS.embedDescription - 50, 'more feeds') || 'No feeds yet.',
    color: 0x4a7fd6,
  };
}
