/**
 * A feed health notice (failing, disabled, recovered) as terminal text, as a JSON line, and as a
 * Discord embed. Pure. Feed names, URLs and error text come from outside and are made safe here.
 */
import type { APIEmbed, MessageCreateOptions } from 'discord.js';
import type { HealthKind, HealthNotice } from '../route/feed-health-transition';
import { DISCORD_LIMITS as LIMITS, inlineText, proseText, safeInline, truncate, urlText } from './discord-text';
import { formatTime } from './format-console';
import { oneLine } from './plain-text';

const HEADINGS: Record<HealthKind, string> = { failing: 'Feed failing', disabled: 'Feed disabled', recovered: 'Feed recovered' };

export const HEALTH_COLOURS: Record<HealthKind, number> = { failing: 0xf0a020, disabled: 0xd64541, recovered: 0x3ba55d };

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What happened, in words, without the feed's name. */
export function describeNotice(notice: HealthNotice): string {
  switch (notice.kind) {
    case 'failing':
      return `Failing since ${formatTime(notice.at)}: ${notice.detail ?? 'unknown error'}`;
    case 'disabled':
      return `Disabled after ${plural(notice.failures, 'consecutive failure')}: ${notice.detail ?? 'unknown error'}`;
    case 'recovered':
      return `Back at ${formatTime(notice.at)} after ${plural(notice.failures, 'failed check')}.`;
  }
}

export function formatConsoleNotice(notice: HealthNotice): string {
  return [`▲ ${HEADINGS[notice.kind]}: ${oneLine(notice.feedName)}`, `  ${oneLine(notice.feedUrl)}`, `  ${oneLine(describeNotice(notice))}`].join('\n') + '\n';
}

export function formatJsonNotice(notice: HealthNotice): string {
  return JSON.stringify({ notice: notice.kind, feed: notice.feedName, feedUrl: notice.feedUrl, detail: notice.detail, failures: notice.failures, at: new Date(notice.at).toISOString() }) + '\n';
}

export function formatNoticeEmbed(notice: HealthNotice): APIEmbed {
  const title = truncate(`${HEADINGS[notice.kind]}: ${safeInline(notice.feedName)}`, LIMITS.embedTitle);
  return {
    title,
    description: proseText(describeNotice(notice), 2000),
    color: HEALTH_COLOURS[notice.kind],
    fields: [{ name: 'Feed', value: urlText(notice.feedUrl, LIMITS.fieldValue) }],
    timestamp: new Date(notice.at).toISOString(),
    footer: { text: 'vigia feed health' },
  };
}

/**
 * The notice as plain text, for when Discord refuses its embed (400): heading and feed name, what
 * happened, and the feed's URL without a preview, each made safe and cut like the embed's parts.
 */
export function formatNoticePlain(notice: HealthNotice): MessageCreateOptions {
  const lines = [inlineText(`${HEADINGS[notice.kind]}: ${notice.feedName}`, LIMITS.embedTitle), proseText(describeNotice(notice), 1000)];
  const used = lines.join('\n').length + 1;
  return { content: [...lines, urlText(notice.feedUrl, LIMITS.content - used, 'no-preview')].join('\n') };
}
