/**
 * The nonce sent with each Discord message. With enforce_nonce, Discord returns the earlier message
 * instead of posting a second one when the same nonce comes again within a few minutes: that covers
 * a crash (or a lost response) after Discord accepted a message but before it was marked sent.
 * Stable for one alert in one channel, distinct across channels, alerts and databases; ≤ 25 chars.
 */
import { createHash } from 'node:crypto';

export const MAX_NONCE_LENGTH = 25;

function nonce(prefix: string, id: number, key: string): string {
  const hash = createHash('sha256').update(key).digest('base64url').replace(/[-_]/g, '');
  return `${prefix}${id.toString(36)}.${hash}`.slice(0, MAX_NONCE_LENGTH);
}

/** `v` + alert id + a hash of the story and the channel. */
export function alertNonce(alertId: number, storyId: string, channelId: string): string {
  return nonce('v', alertId, `${storyId}\n${channelId}`);
}

/** `h` + notice id + a hash of the feed, the transition and its time. */
export function noticeNonce(noticeId: number, feedUrl: string, kind: string, at: number, channelId: string): string {
  return nonce('h', noticeId, `${feedUrl}\n${kind}\n${at}\n${channelId}`);
}

/**
 * `r` + the roll-up's first alert id + a hash of the channel. The first alert names the roll-up: an
 * alert is planned into one roll-up only, and that plan is stored, so a resend carries the same nonce.
 */
export function rollupNonce(firstAlertId: number, channelId: string): string {
  return nonce('r', firstAlertId, `rollup\n${channelId}`);
}
