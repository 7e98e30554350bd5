/**
 * /feeds list and /feeds status, a page at a time with buttons for the pages around it. Status says
 * each feed's health in words: when it last worked, its last error, when it is checked next, and why
 * it is disabled. Feeds in trouble come first, so the first page shows them. Pure.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { FeedRow } from '../store/feeds-repo';
import { discordTime, joinLines, maskedLink, plural } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, inlineText, proseText, safeInline, urlText } from './discord-text';
import { pageOf, pagerRow, type Page } from './pager';

/** Feeds a status page shows: each takes up to five lines of a few hundred characters. */
export const STATUS_PAGE_SIZE = 8;
/** Feeds a list page shows, one line each. */
export const LIST_PAGE_SIZE = 30;

export type FeedsView = 'list' | 'status';

export interface FeedsReply {
  embeds: [APIEmbed];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
}

/** A paging button's custom id: `feeds:<view>:<page>`. */
export function feedsButtonId(view: FeedsView, page: number): string {
  return `feeds:${view}:${page}`;
}

/** The page's embed footer and buttons; `summary` goes first in the footer. */
function paged(view: FeedsView, page: Page<unknown>, embed: APIEmbed, summary: string): FeedsReply {
  const where = page.pages > 1 ? ` · page ${page.page} of ${page.pages}` : '';
  const row = pagerRow(
    { label: '◀ Previous', customId: feedsButtonId(view, page.page - 1), disabled: page.page <= 1 },
    { label: 'Next ▶', customId: feedsButtonId(view, page.page + 1), disabled: page.page >= page.pages },
  );
  return { embeds: [{ ...embed, footer: { text: `${summary}${where}` } }], components: row ? [row] : [] };
}

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
  // The header links the feed's own URL, its identity; this is where polls go meanwhile.
  if (feed.pollUrl !== null) lines.push(`moved permanently; polled at ${urlText(feed.pollUrl, 200)}`);
  if (feed.lastError) {
    const count = feed.consecutiveErrors > 0 ? `${plural(feed.consecutiveErrors, 'failure')} in a row; ` : '';
    lines.push(`last error: ${count}${when(feed.lastErrorAt, 'at an unknown time')}: ${proseText(feed.lastError, 200)}`);
  }
  if (health === 'disabled') lines.push(`disabled: ${proseText(feed.disabledReason ?? 'no reason recorded', 200)}`);
  else lines.push(`next check: ${feed.nextCheckAt <= now ? 'due now' : discordTime(feed.nextCheckAt)}`);
  return lines.join('\n');
}

export function formatFeedStatus(feeds: readonly FeedRow[], now: number, pageNumber = 1): FeedsReply {
  const sorted = [...feeds].sort((a, b) => HEALTH_ORDER[feedHealth(a)] - HEALTH_ORDER[feedHealth(b)] || a.id - b.id);
  const counts = { healthy: 0, failing: 0, disabled: 0 };
  for (const feed of feeds) counts[feedHealth(feed)]++;
  const page = pageOf(sorted, pageNumber, STATUS_PAGE_SIZE);
  const embed: APIEmbed = {
    title: 'Feed health',
    // joinLines still guards the limit should a page's feeds all carry long errors.
    description: joinLines(
      page.items.map((feed) => describeFeedHealth(feed, now)),
      LIMITS.embedDescription - 50,
      'more feeds on this page',
    ) || 'No feeds yet.',
    color: counts.disabled + counts.failing > 0 ? 0xf0a020 : 0x3ba55d,
  };
  return paged('status', page, embed, `${counts.healthy} healthy · ${counts.failing} failing · ${counts.disabled} disabled`);
}

export function formatFeedList(feeds: readonly FeedRow[], pageNumber = 1): FeedsReply {
  const page = pageOf(feeds, pageNumber, LIST_PAGE_SIZE);
  const lines = page.items.map((feed) => {
    const health = feedHealth(feed);
    const origin = feed.origin === 'user' ? 'added with /feeds add' : 'feeds.yaml';
    return `${HEALTH_MARK[health]} ${feedName(feed)} — ${origin}${feed.language ? ` · ${safeInline(feed.language)}` : ''}${health === 'disabled' ? ' · disabled' : ''}`;
  });
  const embed: APIEmbed = {
    title: `Feeds (${feeds.length})`,
    description: joinLines(lines, LIMITS.embedDescription - 50, 'more feeds on this page') || 'No feeds yet.',
    color: 0x4a7fd6,
  };
  return paged('list', page, embed, plural(feeds.length, 'feed'));
}
