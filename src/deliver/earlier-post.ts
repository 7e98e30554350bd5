/**
 * Whether a message found in a channel is one an earlier try of ours posted. The nonce makes Discord
 * return such a message itself, but only for a few minutes: a resend after a longer outage or a
 * restart looks in the channel first, and knows its message by what it shows.
 */
import type { APIEmbed, MessageCreateOptions } from 'discord.js';
import type { PostedMessage } from '../discord/find-own-message';

/** Past this since a send was planned, the nonce may no longer hold: look in the channel before posting. */
export const NONCE_TRUST_MS = 2 * 60_000;

/** This machine's clock and Discord's may differ: the channel is read from this long before the plan. */
export const CLOCK_SLACK_MS = 5 * 60_000;

/** Whether a resend planned at `plannedAt` must look for its earlier post before posting again. */
export const mustLookFirst = (plannedAt: number, now: number): boolean => now - plannedAt >= NONCE_TRUST_MS;

/**
 * `posted` shows what `sent` would: the same text, or a first embed with the same title and link,
 * and with `wholeList` the same description too (a roll-up's title only counts its alerts). An
 * alert's own description is left out: it is cut to leave room for outlets that may join it later.
 */
export function showsSameAs(sent: MessageCreateOptions, wholeList: boolean): (posted: PostedMessage) => boolean {
  const embed = sent.embeds?.[0] as APIEmbed | undefined;
  if (!embed) return (posted) => posted.embeds.length === 0 && posted.content === (sent.content ?? '');
  return (posted) => {
    const shown = posted.embeds[0];
    if (!shown || shown.title !== (embed.title ?? null) || shown.url !== (embed.url ?? null)) return false;
    return !wholeList || shown.description === (embed.description ?? null);
  };
}
