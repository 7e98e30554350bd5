/**
 * A burst of alerts as one message: an embed listing each story (linked title, outlet, figures,
 * claim stances), oldest first, within Discord's limits. Pure; feed text escaped like every alert.
 */
import type { APIEmbed } from 'discord.js';
import type { AlertPayload } from '../model';
import { joinLines, linkTarget, maskedLink } from './discord-markup';
import { DISCORD_LIMITS, inlineText, safeInline, truncate } from './discord-text';
import { alertColour } from './format-embed';

const LINE_MAX = 300;
const TITLE_MAX = 150;
/** Room the details keep beside even the longest link: enough to name the outlet. */
const DETAILS_MIN = 40;
/** A label shorter than this says too little: the title is shown without its link instead. */
const LABEL_MIN = 20;
const BULLET = '• ';
const DASH = ' — ';

/**
 * The title linked when its URL leaves room for a useful label, else the title alone: the link is
 * sized to fit the line here, because cutting the finished line could stop inside it.
 */
function titleLink(alert: AlertPayload, room: number): string {
  const target = linkTarget(alert.url);
  const labelRoom = Math.min(TITLE_MAX, room - (target ? `[](${target})`.length : 0));
  if (target && labelRoom >= LABEL_MIN) return maskedLink(alert.title, alert.url, labelRoom);
  return maskedLink(alert.title, null, Math.min(TITLE_MAX, room));
}

function line(alert: AlertPayload): string {
  const figures = alert.entities.map((entity) => safeInline(entity.name)).join(', ');
  const claims = alert.claims.map((claim) => `${claim.id} ${claim.stance}`).join(', ');
  const details = [inlineText(alert.feedName, 60), figures, claims].filter(Boolean).join(' · ');
  const fixed = BULLET.length + DASH.length;
  const link = titleLink(alert, LINE_MAX - fixed - Math.min(details.length, DETAILS_MIN));
  // Only the details are cut here, and they hold no markup that a cut could break.
  return `${BULLET}${link}${DASH}${truncate(details, LINE_MAX - fixed - link.length)}`;
}

export function formatRollupMessage(alerts: readonly AlertPayload[]): { embeds: [APIEmbed] } {
  const claims = alerts.flatMap((alert) => alert.claims);
  return {
    embeds: [
      {
        title: `${alerts.length} new alert${alerts.length === 1 ? '' : 's'}`,
        description: joinLines(alerts.map(line), DISCORD_LIMITS.embedDescription),
        color: alertColour({ claims }),
        footer: { text: 'vigia · posted together because many arrived at once' },
      },
    ],
  };
}
