/** One stored story as a line of a listing: linked title, outlet, when, and what it says of claims. */
import type { Stance } from '../model';
import type { StanceRef } from '../store/story-matches';
import type { StoryRef } from '../store/story-ref';
import { discordTime, maskedLink } from './discord-markup';
import { inlineText } from './discord-text';

export const STANCE_WORDS: Record<Stance, string> = { asserts: 'asserts', disputes: 'disputes', mentions: 'mentions' };

/** `` `state-cartel` asserts, `drugs-as-weapon` mentions `` */
export function stancesText(claims: readonly StanceRef[]): string {
  return claims.map((claim) => `\`${claim.claimId}\` ${STANCE_WORDS[claim.stance]}`).join(', ');
}

/** `[Title](url) — Outlet · 3 hours ago` */
export function storyRef(story: StoryRef, titleMax = 110): string {
  return `${maskedLink(story.title, story.url, titleMax)} — ${inlineText(story.feedName, 60)} · ${discordTime(story.time)}`;
}

/** `• [Title](url) — Outlet · 3 hours ago · extra`: one item of a listing. */
export function storyLine(story: StoryRef, extra = '', titleMax = 110): string {
  const head = `• ${storyRef(story, titleMax)}`;
  return extra ? `${head} · ${extra}` : head;
}

/** `> “sentence” — source`, cut to `max` with the quote marks kept. */
export function evidenceQuote(sentence: string, source: string | null, max = 300): string {
  const by = source ? ` — ${inlineText(source, 80)}` : '';
  return `> “${inlineText(sentence.trim(), Math.max(20, max - by.length - 4))}”${by}`;
}
