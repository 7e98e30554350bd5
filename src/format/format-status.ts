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
  /** Alert deliveries Discord refused for good (a deleted channel, lost access): each a channel left out. */
  deliveriesGivenUp: number;
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
      ...(view.deliveriesGivenUp > 0
        ? [{ name: 'Deliveries given up', value: `${view.deliveriesGivenUp}: a channel Discord refuses (deleted, no access); see the log for \`delivery given up\`` }]
        : []),
      { name: 'Feeds', value: `${feeds.healthy} healthy · ${feeds.failing} failing · ${feeds.disabled} disabled` },
      { name: 'Tracking', value: `${plural(view.figures, 'figure')} · ${plural(view.claims, 'claim')} · ${plural(view.stories, 'story', 'stories')} stored` },
    ],
  };
}
