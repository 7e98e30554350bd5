/**
 * An alert as a Discord message body: one embed with the linked title, outlet and time, figures, one
 * field per claim with its stance and evidence sentence, the summary, and a colour by what matched.
 * Pure. All feed text is escaped and neutralised, and every part fits Discord's limits, the 6000
 * total included: the title, outlet, figures and summary come first, claims fill the room left.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AlertOutlet, AlertPayload, ClaimHit, Language } from '../model';
import { joinLines, maskedLink } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, inlineText, safeInline, safeLink, safeText, truncate } from './discord-text';
import { formatTime } from './format-console';

export const ALERT_COLOURS = {
  /** A claim is asserted. */
  asserted: 0xd64541,
  /** A claim is disputed (and none asserted). */
  disputed: 0x3ba55d,
  /** Claims are only mentioned. */
  mentioned: 0xf0a020,
  /** Only figures matched. */
  figures: 0x4a7fd6,
} as const;

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish', other: 'Other language' };
const STANCE_LABELS: Record<ClaimHit['stance'], string> = { asserts: 'asserts', disputes: 'disputes', mentions: 'mentions' };
/** A claim field is skipped (and counted in "more claims") when less room than this is left for its value. */
const MIN_CLAIM_VALUE = 80;
const MORE_CLAIMS = 'More claims';

export interface AlertMessageBody {
  embeds: [APIEmbed];
}

export function alertColour(alert: Pick<AlertPayload, 'claims'>): number {
  if (alert.claims.some((claim) => claim.stance === 'asserts')) return ALERT_COLOURS.asserted;
  if (alert.claims.some((claim) => claim.stance === 'disputes')) return ALERT_COLOURS.disputed;
  if (alert.claims.length > 0) return ALERT_COLOURS.mentioned;
  return ALERT_COLOURS.figures;
}

/** Keeps the running total of an embed under 6000 characters while parts are added in order of importance. */
class Budget {
  constructor(public remaining: number) {}

  take(text: string, limit: number): string {
    const fitted = truncate(text, Math.min(limit, this.remaining));
    this.remaining -= fitted.length;
    return fitted;
  }
}

function sourceOf(claim: ClaimHit): string | null {
  const all = [...claim.asserting, ...claim.disputing];
  return all.find((evidence) => evidence.sentence === claim.evidence)?.source ?? null;
}

/** `> “evidence” — source`, the evidence cut so the quote marks and source survive. */
function claimValue(claim: ClaimHit, max: number): string {
  if (!claim.evidence.trim()) return truncate('No single sentence shows it.', max);
  const source = sourceOf(claim);
  const suffix = source ? ` — ${truncate(safeInline(source), Math.floor(max / 3))}` : '';
  const room = max - '> “”'.length - suffix.length;
  return `> “${truncate(safeInline(claim.evidence), room)}”${suffix}`;
}

function figuresValue(alert: AlertPayload): string {
  return alert.entities.map((entity) => `${safeInline(entity.name)} (${entity.mentions})`).join(', ');
}

/** The outlets gathered under an alert, capped so the list never crowds out the claims. */
const MAX_OUTLETS_SHOWN = 10;

/** One line per outlet, whole lines only: cutting the joined text could leave half a masked link. */
function outletsValue(outlets: readonly AlertOutlet[], max: number): string {
  const lines = outlets.map((outlet) => `• ${inlineText(outlet.feedName, 60)}: ${maskedLink(outlet.title, outlet.url, 90)}`);
  return joinLines(lines, max, 'more', MAX_OUTLETS_SHOWN);
}

export function formatAlertEmbed(alert: AlertPayload): APIEmbed {
  const budget = new Budget(LIMITS.embedTotal);
  const fields: APIEmbedField[] = [];
  const addField = (name: string, value: string, inline = false): void => {
    const fittedName = budget.take(name, LIMITS.fieldName);
    fields.push({ name: fittedName, value: budget.take(value || '—', LIMITS.fieldValue), inline });
  };

  const title = budget.take(safeInline(alert.title) || '(untitled)', LIMITS.embedTitle);
  const footer = budget.take(`${LANGUAGE_NAMES[alert.lang]} · vigia`, LIMITS.footer);
  addField('Outlet', safeInline(alert.feedName), true);
  addField('Published', formatTime(alert.publishedAt), true);
  if (alert.entities.length > 0) addField('Figures', figuresValue(alert));
  if (alert.outlets && alert.outlets.length > 0) {
    const name = `Also reported by ${alert.outlets.length}`;
    addField(name, outletsValue(alert.outlets, Math.min(LIMITS.fieldValue, budget.remaining - name.length)));
  }
  const description = alert.summary.trim() ? budget.take(safeText(alert.summary.trim()), LIMITS.embedDescription) : '';

  for (const [index, claim] of alert.claims.entries()) {
    const left = alert.claims.length - index;
    // Claim ids are slugs (config schema): nothing to escape.
    const name = `Claim ${claim.id} — ${STANCE_LABELS[claim.stance]}`;
    // Leave room to say how many claims were left out, should the next one not fit.
    const reserve = left > 1 ? MORE_CLAIMS.length + 'and 999 more claims'.length : 0;
    const room = Math.min(LIMITS.fieldValue, budget.remaining - name.length - reserve);
    const lastSlot = fields.length === LIMITS.embedFields - 1;
    if ((lastSlot && left > 1) || room < MIN_CLAIM_VALUE) {
      // Say how many were left out rather than dropping them silently.
      const note = `and ${left} more claim${left === 1 ? '' : 's'}`;
      if (budget.remaining >= note.length + MORE_CLAIMS.length) addField(MORE_CLAIMS, note);
      break;
    }
    addField(name, claimValue(claim, room));
  }

  const embed: APIEmbed = { title, color: alertColour(alert), fields, footer: { text: footer } };
  const url = safeLink(alert.url);
  if (url) embed.url = url;
  if (description) embed.description = description;
  if (alert.publishedAt !== null) embed.timestamp = new Date(alert.publishedAt).toISOString();
  return embed;
}

export function formatAlertMessage(alert: AlertPayload): AlertMessageBody {
  return { embeds: [formatAlertEmbed(alert)] };
}
