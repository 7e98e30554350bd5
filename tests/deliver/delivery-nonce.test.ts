import { describe, expect, it } from 'vitest';
import { alertNonce, MAX_NONCE_LENGTH, noticeNonce, rollupNonce } from '../../src/deliver/delivery-nonce';

const CHANNEL = '100000000000000001';
const OTHER = '100000000000000002';

describe('delivery nonces', () => {
  it('is stable for one alert in one channel, and different across channels, alerts and stories', () => {
    const nonce = alertNonce(7, 'g:abc', CHANNEL);
    expect(alertNonce(7, 'g:abc', CHANNEL)).toBe(nonce);
    expect(nonce).toMatch(/^v7\.[A-Za-z0-9]+$/);
    const others = [alertNonce(7, 'g:abc', OTHER), alertNonce(8, 'g:abc', CHANNEL), alertNonce(7, 'g:abd', CHANNEL)];
    expect(new Set([nonce, ...others]).size).toBe(4);
  });

  it('fits Discord’s 25 characters even for huge ids', () => {
    for (const id of [1, 99_999, Number.MAX_SAFE_INTEGER]) {
      expect(alertNonce(id, 'g:x', CHANNEL).length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
      expect(noticeNonce(id, 'https://x/feed', 'failing', 1, CHANNEL).length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
    }
    expect(alertNonce(Number.MAX_SAFE_INTEGER, 'g:x', CHANNEL).length).toBe(MAX_NONCE_LENGTH);
  });

  it('names a roll-up by its first alert and channel only, apart from that alert’s own message', () => {
    expect(rollupNonce(7, CHANNEL)).toMatch(/^r7\.[A-Za-z0-9]+$/);
    expect(rollupNonce(7, CHANNEL)).toBe(rollupNonce(7, CHANNEL));
    expect(new Set([rollupNonce(7, CHANNEL), rollupNonce(7, OTHER), rollupNonce(8, CHANNEL), alertNonce(7, 'g:abc', CHANNEL)]).size).toBe(4);
    expect(rollupNonce(Number.MAX_SAFE_INTEGER, CHANNEL).length).toBe(MAX_NONCE_LENGTH);
  });

  it('gives notices their own prefix and a nonce per transition', () => {
    expect(noticeNonce(3, 'https://x/feed', 'failing', 1, CHANNEL)).toMatch(/^h3\./);
    expect(noticeNonce(3, 'https://x/feed', 'failing', 1, CHANNEL)).not.toBe(noticeNonce(3, 'https://x/feed', 'recovered', 1, CHANNEL));
  });
});
