/**
 * FeedsRepo.recordSuccess / recordFailure against what happens while a poll is in flight. A poll
 * reads its feed's row, then fetches for a while; /feeds remove, /feeds add or feeds.yaml may switch
 * the feed off (or off and on again) meanwhile. The poll's outcome must then change nothing: neither
 * the row, nor the health notices, nor the stories, as if the poll had never run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../src/config/schema';
import { FeedsRepo } from '../../src/store/feeds-repo';
import { NoticesRepo } from '../../src/store/notices-repo';
import type { Db } from '../../src/store/open-database';
import { feedRow, openEmptyTempDb } from '../support/store-fixtures';

const A = 'https://a.example.com/feed';
const B = 'https://b.example.org/rss.xml';
const C = 'https://c.example.net/atom';
const HOUR = 3_600_000;

const feed = (url: string, extra: Partial<FeedConfig> = {}): FeedConfig => ({ url, enabled: true, ...extra });

let temp: ReturnType<typeof openEmptyTempDb>;
let db: Db;
let repo: FeedsRepo;

beforeEach(() => {
  temp = openEmptyTempDb();
  db = temp.db;
  repo = new FeedsRepo(db);
});

afterEach(() => temp.cleanup());

const get = (url: string) => feedRow(repo, url);

const notices = () => new NoticesRepo(db).pending().map(({ notice }) => [notice.feedUrl, notice.kind]);
const failure = (now: number, disabledReason: string | null = null) => ({ now, nextCheckAt: now + HOUR, error: 'HTTP 500', disabledReason });
const success = (now: number) => ({ now, nextCheckAt: now + HOUR, etag: '"new"', firstPoll: true });

describe('FeedsRepo: a feed switched off or on while it was polled', () => {
  it('records nothing for a feed removed with /feeds remove, and stores none of its stories', () => {
    repo.syncFromConfig([feed(A)], 0);
    const polled = get(A);
    repo.disable(polled.id, 'removed with /feeds remove');
    const removed = get(A);

    expect(repo.recordFailure(polled, failure(100))).toEqual({ recorded: false });
    expect(repo.recordFailure(polled, failure(200, 'disabled after 1 consecutive failures'))).toEqual({ recorded: false });
    let stored = false;
    expect(repo.recordSuccess(polled, success(300), () => (stored = true))).toEqual({ recorded: false });
    expect(stored).toBe(false);
    expect(get(A)).toEqual(removed);
    expect(notices()).toEqual([]);
  });

  it('records nothing for feeds that feeds.yaml dropped or disabled, and still records one it only renamed', () => {
    repo.syncFromConfig([feed(A), feed(B), feed(C)], 0);
    const [a, b, c] = [get(A), get(B), get(C)];
    repo.syncFromConfig([feed(A, { enabled: false }), feed(C, { name: 'Gamma' })], 50); // B dropped

    expect(repo.recordFailure(a, failure(100))).toEqual({ recorded: false });
    expect(repo.recordSuccess(b, success(100))).toEqual({ recorded: false });
    expect(get(A)).toMatchObject({ enabled: false, consecutiveErrors: 0, lastCheckedAt: null, disabledReason: 'disabled in feeds.yaml' });
    expect(get(B)).toMatchObject({ enabled: false, lastCheckedAt: null, etag: null, disabledReason: 'no longer in feeds.yaml' });
    expect(repo.recordFailure(c, failure(100))).toMatchObject({ recorded: true, notice: { kind: 'failing', feedName: 'Gamma' } });
    expect(notices()).toEqual([[C, 'failing']]);
  });

  it('records nothing for a feed removed and added back: the stale poll neither counts a failure nor disables it', () => {
    repo.syncFromConfig([feed(A)], 0);
    repo.recordFailure(get(A), failure(100));
    repo.recordFailure(get(A), failure(200));
    const polled = get(A); // two failures: with maxErrors 3, this poll failing would disable the feed
    repo.disable(polled.id, 'removed with /feeds remove');
    repo.reEnable(polled.id, 300);

    expect(repo.recordFailure(polled, failure(400, 'disabled after 3 consecutive failures'))).toEqual({ recorded: false });
    expect(repo.recordSuccess(polled, success(400))).toEqual({ recorded: false });
    expect(get(A)).toMatchObject({ enabled: true, disabledReason: null, consecutiveErrors: 0, nextCheckAt: 300, lastCheckedAt: 200, etag: null });
    expect(notices()).toEqual([[A, 'failing']]);
    // A poll that read the row after it came back is recorded as usual.
    expect(repo.recordFailure(get(A), failure(500))).toMatchObject({ recorded: true, notice: { kind: 'failing' } });
  });

  it('stillPolled: a row read for the tick is no longer to be polled once removed, disabled, or removed and added back', () => {
    repo.syncFromConfig([feed(A), feed(B), feed(C)], 0);
    const [a, b, c] = [get(A), get(B), get(C)];
    expect([a, b, c].map((row) => repo.stillPolled(row))).toEqual([true, true, true]);
    repo.disable(a.id, 'removed with /feeds remove');
    repo.syncFromConfig([feed(A), feed(B, { enabled: false }), feed(C)], 50);
    repo.disable(c.id, 'removed with /feeds remove');
    repo.reEnable(c.id, 60);

    expect([a, b, c].map((row) => repo.stillPolled(row))).toEqual([false, false, false]);
    expect(repo.stillPolled(get(C))).toBe(true);
  });
});

describe('FeedsRepo.recordSuccess with the poll’s stories', () => {
  it('stores the poll’s stories in the same transaction: stories that cannot be stored take the health write back', () => {
    repo.syncFromConfig([feed(A)], 0);
    repo.recordFailure(get(A), { now: 100, nextCheckAt: 200, error: 'timeout', disabledReason: null });
    const refuse = () => {
      throw new Error('disk full');
    };
    expect(() => repo.recordSuccess(get(A), { now: 500, nextCheckAt: 1100, etag: '"v1"', firstPoll: true }, refuse)).toThrow(/disk full/);
    expect(get(A)).toMatchObject({ consecutiveErrors: 1, lastSuccessAt: null, etag: null, firstPolledAt: null });
    expect(notices()).toEqual([[A, 'failing']]);
  });
});
