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
  return lines.join('\n') + '\n';
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
    }) + '\n'
  );
}
