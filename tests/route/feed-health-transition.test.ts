import { describe, expect, it } from 'vitest';
import { feedHealthTransition, healthNotice, type FeedHealth } from '../../src/route/feed-health-transition';

const healthy: FeedHealth = { url: 'https://news.example/feed', name: 'News', enabled: true, consecutiveErrors: 0, lastError: null, disabledReason: null };
const failing = (errors: number, error = 'HTTP 500'): FeedHealth => ({ ...healthy, consecutiveErrors: errors, lastError: error });
const disabled = (errors: number): FeedHealth => ({ ...failing(errors), enabled: false, disabledReason: `disabled after ${errors} consecutive failures; last: HTTP 500` });

describe('feedHealthTransition', () => {
  it('says failing on the first failure only', () => {
    expect(feedHealthTransition(healthy, failing(1))).toBe('failing');
    expect(feedHealthTransition(failing(1), failing(2))).toBeNull();
    expect(feedHealthTransition(failing(5), failing(6, 'timeout'))).toBeNull();
  });

  it('says disabled on the poll that disabled the feed, even if it was its first failure', () => {
    expect(feedHealthTransition(failing(9), disabled(10))).toBe('disabled');
    expect(feedHealthTransition(healthy, disabled(1))).toBe('disabled');
  });

  it('says recovered on the first success after failures only', () => {
    expect(feedHealthTransition(failing(3), healthy)).toBe('recovered');
    expect(feedHealthTransition(healthy, healthy)).toBeNull();
  });

  it('ignores changes a poll did not make (disabled in feeds.yaml)', () => {
    expect(feedHealthTransition(healthy, { ...healthy, enabled: false, disabledReason: 'disabled in feeds.yaml' })).toBeNull();
  });
});

describe('healthNotice', () => {
  it('carries the error, the reason, or the number of failures survived', () => {
    expect(healthNotice(healthy, failing(1), 5)).toEqual({ kind: 'failing', feedUrl: healthy.url, feedName: 'News', detail: 'HTTP 500', failures: 1, at: 5 });
    expect(healthNotice(failing(9), disabled(10), 6)).toMatchObject({ kind: 'disabled', detail: 'disabled after 10 consecutive failures; last: HTTP 500', failures: 10 });
    expect(healthNotice(failing(4), healthy, 7)).toMatchObject({ kind: 'recovered', detail: null, failures: 4, at: 7 });
    expect(healthNotice(failing(1), failing(2), 8)).toBeNull();
  });
});
