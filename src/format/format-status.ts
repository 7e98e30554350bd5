/** /status: how the bot is doing, in one embed. Pure. */
import type { APIEmbed } from 'discord.js';
import { discordTime, formatDuration, plural } from './discord-markup';

export interface StatusView {
  now: number;
  startedAt: number;
  feeds: { healthy: number; failing: number; disabled: number };
  /** The latest time any feed was checked; null before the first poll. */
  lastPollAt: number | null;
  alertsWaiting: number;
  stories: number;
  figures: number;
  claims: number;
}

export function formatStatus(view: StatusView): APIEmbed {
  const { feeds } = view;
  return {
    title: 'vigia status',
    color: feeds.failing + feeds.disabled > 0 ? 0xf0a020 : 0x3ba55d,
    fields: [
      { name: 'Uptime', value: `${formatDuration(view.now - view.startedAt)} (since ${discordTime(view.startedAt, 'f')})`, inline: true },
      { name: 'Last poll', value: view.lastPollAt === null ? 'not yet' : discordTime(view.lastPollAt), inline: true },
      { name: 'Alerts waiting', value: String(view.alertsWaiting), inline: true },
      { name: 'Feeds', value: `${feeds.healthy} healthy · ${feeds.failing} failing · ${feeds.disabled} disabled` },
      { name: 'Tracking', value: `${plural(view.figures, 'figure')} · ${plural(view.claims, 'claim')} · ${plural(view.stories, 'story', 'stories')} stored` },
    ],
  };
}
