import { describe, expect, it } from 'vitest';
import { describeFeedHealth, feedHealth, formatFeedList, formatFeedStatus } from '../../src/format/format-feeds';
import type { FeedRow } from '../../src/store/feeds-repo';

const NOW = 1_800_000_000_000;
const feed = (overrides: Partial<FeedRow>): FeedRow => ({
  id: 1,
  url: 'https://example.com/feed',
  name: 'Example',
  language: 'es',
  intervalS: null,
  enabled: true,
  origin: 'config',
  etag: null,
  lastModified: null,
  nextCheckAt: NOW + 600_000,
  lastCheckedAt: NOW - 60_000,
  lastSuccessAt: NOW - 60_000,
  consecutiveErrors: 0,
  lastError: null,
  lastErrorAt: null,
  disabledReason: null,
  firstPolledAt: 1,
  ...overrides,
});

describe('feed health in words', () => {
  it('says healthy, failing or disabled', () => {
    expect(feedHealth(feed({}))).toBe('healthy');
    expect(feedHealth(feed({ consecutiveErrors: 2 }))).toBe('failing');
    expect(feedHealth(feed({ enabled: false, consecutiveErrors: 9 }))).toBe('disabled');
  });

  it('gives last success, last error, next check and the disabled reason', () => {
    const healthy = describeFeedHealth(feed({}), NOW);
    expect(healthy).toBe(
      `🟢 **[Example](https://example.com/feed)** — healthy\nlast success: <t:${(NOW - 60_000) / 1000}:R> (<t:${(NOW - 60_000) / 1000}:f>)\nnext check: <t:${(NOW + 600_000) / 1000}:R>`,
    );
    const disabled = describeFeedHealth(feed({ enabled: false, lastSuccessAt: null, lastError: 'HTTP 410 *Gone*', lastErrorAt: NOW, consecutiveErrors: 10, disabledReason: 'disabled after 10 consecutive failures' }), NOW);
    expect(disabled).toContain('— disabled');
    expect(disabled).toContain('last success: never');
    expect(disabled).toContain('last error: 10 failures in a row; ');
    expect(disabled).toContain('HTTP 410 \\*Gone\\*');
    expect(disabled).toContain('disabled: disabled after 10 consecutive failures');
    expect(disabled).not.toContain('next check');
    expect(describeFeedHealth(feed({ nextCheckAt: NOW - 1 }), NOW)).toContain('next check: due now');
  });

  it('leaves the URLs in the last error unescaped, so Discord links them whole', () => {
    const failing = describeFeedHealth(feed({ lastError: 'HTTP 404 Not Found from https://news.example/rss_es-419', lastErrorAt: NOW, consecutiveErrors: 1 }), NOW);
    expect(failing).toContain(': HTTP 404 Not Found from https://news.example/rss_es-419');
  });

  it('puts feeds in trouble first and counts them', () => {
    const embed = formatFeedStatus([feed({ id: 1, name: 'Fine' }), feed({ id: 2, name: 'Off', enabled: false }), feed({ id: 3, name: 'Bad', consecutiveErrors: 1 })], NOW);
    expect(embed.description!.split('\n').filter((line) => line.startsWith('🟢') || line.startsWith('🟠') || line.startsWith('⚫')).map((line) => /\[(\w+)\]/.exec(line)?.[1])).toEqual(['Off', 'Bad', 'Fine']);
    expect(embed.footer!.text).toBe('1 healthy · 1 failing · 1 disabled');
  });

  it('lists feeds with where they came from', () => {
    expect(formatFeedList([feed({ origin: 'user' })]).description).toBe('🟢 [Example](https://example.com/feed) — added with /feeds add · es');
  });

  it('shows a feed name in its link as written, with no backslashes, and the link encoded', () => {
    const list = formatFeedList([feed({ name: 'Google News - Venezuela [es]', url: 'https://news.google.com/rss/search?q=(cartel)&hl=es-419' })]);
    expect(list.description).toBe('🟢 [Google News - Venezuela (es)](https://news.google.com/rss/search?q=%28cartel%29&hl=es-419) — feeds.yaml · es');
  });
});
