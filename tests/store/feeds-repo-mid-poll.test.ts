/**
 * FeedsRepo.recordSuccess / recordFailure against what happens while a poll is in flight. A poll
 * reads its feed's row, then fetches for a while; /feeds remove, /feeds add or feeds.yaml may switch
 * the feed off (or off and on again) meanwhile. The poll's outcome must then change nothing: neither
 * the row, nor the health notices, nor the stories, as if the poll had never run.
 */
import { describe, expect, it } from 'vitest';
import { NoticesRepo } from '../../src/store/notices-repo';
import { FEED_A, FEED_B, FEED_C, feedConfig, useFeedsRepo } from '../support/feeds-repo-fixture';

const HOUR = 3_600_000;

const store = useFeedsRepo();

const notices = () => new NoticesRepo(store.db).pending().map(({ notice }) => [notice.feedUrl, notice.kind]);
const failure = (now: number, disabledReason: string | null = null) => ({ now, nextCheckAt: now + HOUR, error: 'HTTP 500', disabledReason });
const success = (now: number) => ({ now, nextCheckAt: now + HOUR, etag: '"new"', firstPoll: true });

describe('FeedsRepo: a feed switched off or on while it was polled', () => {
  it('records nothing for a feed removed with /feeds remove, and stores none of its stories', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    const polled = store.get(FEED_A);
    store.repo.disable(polled.id, 'removed with /feeds remove');
    const removed = store.get(FEED_A);

    expect(store.repo.recordFailure(polled, failure(100))).toEqual({ recorded: false });
    expect(store.repo.recordFailure(polled, failure(200, 'disabled after 1 consecutive failures'))).toEqual({ recorded: false });
    let stored = false;
    expect(store.repo.recordSuccess(polled, success(300), () => (stored = true))).toEqual({ recorded: false });
    expect(stored).toBe(false);
    expect(store.get(FEED_A)).toEqual(removed);
    expect(notices()).toEqual([]);
  });

  it('records nothing for feeds that feeds.yaml dropped or disabled, and still records one it only renamed', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B), feedConfig(FEED_C)], 0);
    const [a, b, c] = [store.get(FEED_A), store.get(FEED_B), store.get(FEED_C)];
    store.repo.syncFromConfig([feedConfig(FEED_A, { enabled: false }), feedConfig(FEED_C, { name: 'Gamma' })], 50); // FEED_B dropped

    expect(store.repo.recordFailure(a, failure(100))).toEqual({ recorded: false });
    expect(store.repo.recordSuccess(b, success(100))).toEqual({ recorded: false });
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, consecutiveErrors: 0, lastCheckedAt: null, disabledReason: 'disabled in feeds.yaml' });
    expect(store.get(FEED_B)).toMatchObject({ enabled: false, lastCheckedAt: null, etag: null, disabledReason: 'no longer in feeds.yaml' });
    expect(store.repo.recordFailure(c, failure(100))).toMatchObject({ recorded: true, notice: { kind: 'failing', feedName: 'Gamma' } });
    expect(notices()).toEqual([[FEED_C, 'failing']]);
  });

  it('records nothing for a feed removed and added back: the stale poll neither counts a failure nor disables it', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    store.repo.recordFailure(store.get(FEED_A), failure(100));
    store.repo.recordFailure(store.get(FEED_A), failure(200));
    const polled = store.get(FEED_A); // two failures: with maxErrors 3, this poll failing would disable the feed
    store.repo.disable(polled.id, 'removed with /feeds remove');
    store.repo.reEnable(polled.id, 300);

    expect(store.repo.recordFailure(polled, failure(400, 'disabled after 3 consecutive failures'))).toEqual({ recorded: false });
    expect(store.repo.recordSuccess(polled, success(400))).toEqual({ recorded: false });
    expect(store.get(FEED_A)).toMatchObject({ enabled: true, disabledReason: null, consecutiveErrors: 0, nextCheckAt: 300, lastCheckedAt: 200, etag: null });
    expect(notices()).toEqual([[FEED_A, 'failing']]);
    // FEED_A poll that read the row after it came back is recorded as usual.
    expect(store.repo.recordFailure(store.get(FEED_A), failure(500))).toMatchObject({ recorded: true, notice: { kind: 'failing' } });
  });

  it('stillPolled: a row read for the tick is no longer to be polled once removed, disabled, or removed and added back', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B), feedConfig(FEED_C)], 0);
    const [a, b, c] = [store.get(FEED_A), store.get(FEED_B), store.get(FEED_C)];
    expect([a, b, c].map((row) => store.repo.stillPolled(row))).toEqual([true, true, true]);
    store.repo.disable(a.id, 'removed with /feeds remove');
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B, { enabled: false }), feedConfig(FEED_C)], 50);
    store.repo.disable(c.id, 'removed with /feeds remove');
    store.repo.reEnable(c.id, 60);

    expect([a, b, c].map((row) => store.repo.stillPolled(row))).toEqual([false, false, false]);
    expect(store.repo.stillPolled(store.get(FEED_C))).toBe(true);
  });
});

describe('FeedsRepo.recordSuccess with the poll’s stories', () => {
  it('stores the poll’s stories in the same transaction: stories that cannot be stored take the health write back', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    store.repo.recordFailure(store.get(FEED_A), { now: 100, nextCheckAt: 200, error: 'timeout', disabledReason: null });
    const refuse = () => {
      throw new Error('disk full');
    };
    expect(() => store.repo.recordSuccess(store.get(FEED_A), { now: 500, nextCheckAt: 1100, etag: '"v1"', firstPoll: true }, refuse)).toThrow(/disk full/);
    expect(store.get(FEED_A)).toMatchObject({ consecutiveErrors: 1, lastSuccessAt: null, etag: null, firstPolledAt: null });
    expect(notices()).toEqual([[FEED_A, 'failing']]);
  });
});
