/** An alert as a readable block of terminal text: title, outlet and time, link, figures, claims, summary. */
import type { AlertPayload, ClaimHit } from '../model';
import { oneLine } from './plain-text';

const STANCE_WORDS: Record<ClaimHit['stance'], string> = {
  asserts: 'asserts',
  disputes: 'disputes',
  mentions: 'mentions',
};

export function formatTime(epochMs: number | null): string {
  if (epochMs === null) return 'time unknown';
  return new Date(epochMs).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function formatConsoleAlert(alert: AlertPayload): string {
  const lines = [
    `■ ${oneLine(alert.title) || '(untitled)'}`,
    `  ${oneLine(alert.feedName)} · ${formatTime(alert.publishedAt)} · ${alert.lang}`,
  ];
  if (alert.url) lines.push(`  ${oneLine(alert.url)}`);
  if (alert.entities.length > 0) {
    lines.push(`  Figures: ${alert.entities.map((entity) => `${oneLine(entity.name)} (${entity.mentions})`).join(', ')}`);
  }
  for (const claim of alert.claims) {
    const evidence = claim.evidence ? `: “${oneLine(claim.evidence)}”` : '';
    lines.push(`  Claim ${claim.id} — ${STANCE_WORDS[claim.stance]}${evidence}`);
  }
  if (alert.summary) lines.push(`  ${oneLine(alert.summary)}`);
  if (alert.outlets && alert.outlets.length > 0) lines.push(`  Also reported by: ${formatOutlets(alert)}`);
  return lines.join('\n') + '\n';
}

// What JSON.stringify leaves raw but a terminal acts on: DEL and C1 controls (0x9b is CSI), bidi
// controls, and line/paragraph separators. Escaped as \uXXXX, so the parsed value is unchanged.
const JSON_UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function formatOutlets(alert: AlertPayload): string {
  const names = (alert.outlets ?? []).map((outlet) => oneLine(outlet.feedName));
  return names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
}

/** Printed when outlets join an alert that was already printed. */
export function formatConsoleOutletUpdate(alert: AlertPayload): string {
  return `↻ ${oneLine(alert.title) || '(untitled)'}\n  Also reported by: ${formatOutlets(alert)}\n`;
}

/** The --jsonl form: one object a line, the fields a script needs. */
export function formatJsonAlert(alert: AlertPayload): string {
  return (
    JSON.stringify({
      story: alert.storyId,
      feed: alert.feedName,
      feedUrl: alert.feedUrl,
      url: alert.url,
      title: alert.title,
      published: alert.publishedAt === null ? null : new Date(alert.publishedAt).toISOString(),
      language: alert.lang,
      entities: alert.entities.map(({ id, name }) => ({ id, name })),
      claims: alert.claims.map(({ id, stance, evidence }) => ({ id, stance, evidence })),
      summary: alert.summary,
      ...(alert.outlets ? { outlets: alert.outlets } : {}),
    }).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
  );
}
