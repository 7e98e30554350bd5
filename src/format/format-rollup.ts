/**
 * A burst of alerts as one message: an embed listing each story (linked title, outlet, figures,
 * claim stances), oldest first, within Discord's limits. Pure; feed text escaped like every alert.
 */
import type { APIEmbed } from 'discord.js';
import type { AlertPayload } from '../model';
import { DISCORD_LIMITS, safeInline, safeLink, truncate } from './discord-text';
import { alertColour } from './format-embed';

const LINE_MAX = 300;

function line(alert: AlertPayload): string {
  const title = truncate(safeInline(alert.title) || '(untitled)', 150);
  const url = safeLink(alert.url);
  const link = url ? `[${title}](${url})` : title;
  const figures = alert.entities.map((entity) => safeInline(entity.name)).join(', ');
  const claims = alert.claims.map((claim) => `${claim.id} ${claim.stance}`).join(', ');
  const details = [safeInline(alert.feedName), figures, claims].filter(Boolean).join(' · ');
  return truncate(`• ${link} — ${details}`, LINE_MAX);
}

export function formatRollupMessage(alerts: readonly AlertPayload[]): { embeds: [APIEmbed] } {
  const lines: string[] = [];
  let length = 0;
  for (const [index, alert] of alerts.entries()) {
    const next = line(alert);
    const more = `and ${alerts.length - index} more`;
    if (length + next.length + 1 + more.length > DISCORD_LIMITS.embedDescription) {
      lines.push(more);
      break;
    }
    lines.push(next);
    length += next.length + 1;
  }
  const claims = alerts.flatMap((alert) => alert.claims);
  return {
    embeds: [
      {
        title: `${alerts.length} new alert${alerts.length === 1 ? '' : 's'}`,
        description: lines.join('\n'),
        color: alertColour({ claims }),
        footer: { text: 'vigia · posted together because many arrived at once' },
      },
    ],
  };
}
