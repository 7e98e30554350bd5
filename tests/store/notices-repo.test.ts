/**
 * NoticesRepo: feed health notices queued oldest first, kept until the sink accepts them, with the
 * failed attempts counted and the last error kept for the status commands.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HealthKind, HealthNotice } from '../../src/route/feed-health-transition';
import { NoticesRepo } from '../../src/store/notices-repo';
import { openTempDb, type TempDb } from '../support/store-fixtures';

const FAILING: HealthNotice = {
  kind: 'failing',
  feedUrl: 'https://noticias.example/venezuela/rss',
  feedName: 'Noticias Caracas',
  detail: 'fetch: HTTP 503 Service Unavailable from https://noticias.example/venezuela/rss',
  failures: 1,
  at: 1000,
};
const DISABLED: HealthNotice = {
  kind: 'disabled',
  feedUrl: 'https://wire.example/latam.xml',
  feedName: 'Wire Latin America',
  detail: 'disabled after 10 consecutive failures; last: connection refused',
  failures: 10,
  at: 2000,
};
const RECOVERED: HealthNotice = { kind: 'recovered', feedUrl: FAILING.feedUrl, feedName: FAILING.feedName, detail: null, failures: 4, at: 3000 };

let t: TempDb;
let notices: NoticesRepo;

beforeEach(() => {
  t = openTempDb();
  notices = new NoticesRepo(t.db);
});

afterEach(() => t.cleanup());

const row = (id: number) => t.db.prepare('SELECT attempts, last_error, delivered_at, delivery_ref FROM health_notices WHERE id = ?').get(id);

describe('NoticesRepo.add and pending', () => {
  it('gives back every notice as it was added, oldest first, not yet attempted', () => {
    const ids = [FAILING, DISABLED, RECOVERED].map((notice) => notices.add(notice));
    expect(ids[0]).toBeLessThan(ids[1]!);
    expect(ids[1]).toBeLessThan(ids[2]!);
    expect(notices.pending()).toEqual([
      { id: ids[0], attempts: 0, notice: FAILING },
      { id: ids[1], attempts: 0, notice: DISABLED },
      { id: ids[2], attempts: 0, notice: RECOVERED },
    ]);
  });

  it('honours the limit, keeping the oldest', () => {
    const [oldest] = [FAILING, DISABLED, RECOVERED].map((notice) => notices.add(notice));
    expect(notices.pending(1)).toEqual([{ id: oldest, attempts: 0, notice: FAILING }]);
  });

  it('is empty when nothing was queued', () => {
    expect(notices.pending()).toEqual([]);
    expect(notices.pendingCount()).toBe(0);
  });

  it('refuses a kind of notice the schema does not know', () => {
    expect(() => notices.add({ ...FAILING, kind: 'flapping' as HealthKind })).toThrow(/CHECK constraint/);
    expect(notices.pendingCount()).toBe(0);
  });
});

describe('NoticesRepo.markDelivered', () => {
  it('takes the notice off the queue and records where and when it went', () => {
    const id = notices.add(FAILING);
    const later = notices.add(DISABLED);
    notices.markDelivered(id, 'msg-1', 5000);
    expect(notices.pending().map((pending) => pending.id)).toEqual([later]);
    expect(notices.pendingCount()).toBe(1);
    expect(row(id)).toEqual({ attempts: 0, last_error: null, delivered_at: 5000, delivery_ref: 'msg-1' });
  });

  it('ignores a second delivery of the same notice', () => {
    const id = notices.add(FAILING);
    notices.markDelivered(id, 'msg-1', 5000);
    notices.markDelivered(id, 'msg-again', 6000);
    expect(row(id)).toMatchObject({ delivered_at: 5000, delivery_ref: 'msg-1' });
  });

  it('clears the error left by earlier failed attempts, keeping their count', () => {
    const id = notices.add(FAILING);
    notices.markFailed(id, 'rate limited');
    notices.markDelivered(id, 'msg-1', 5000);
    expect(row(id)).toEqual({ attempts: 1, last_error: null, delivered_at: 5000, delivery_ref: 'msg-1' });
  });
});

describe('NoticesRepo.markFailed', () => {
  it('counts attempts and keeps the latest error, leaving the notice queued', () => {
    const id = notices.add(DISABLED);
    notices.markFailed(id, 'HTTP 502');
    notices.markFailed(id, 'Missing Access');
    expect(row(id)).toEqual({ attempts: 2, last_error: 'Missing Access', delivered_at: null, delivery_ref: null });
    expect(notices.pending()).toEqual([{ id, attempts: 2, notice: DISABLED }]);
    expect(notices.pendingCount()).toBe(1);
  });
});

describe('NoticesRepo.markGivenUp', () => {
  it('takes the notice out of the queue with no reference and the reason, keeping the attempts', () => {
    const id = notices.add(FAILING);
    notices.add(RECOVERED);
    notices.markFailed(id, 'HTTP 502');
    notices.markGivenUp(id, '404 Unknown Channel (code 10003)', 5000);
    notices.markGivenUp(id, 'again', 6000);
    expect(row(id)).toEqual({ attempts: 1, last_error: '404 Unknown Channel (code 10003)', delivered_at: 5000, delivery_ref: null });
    expect(notices.pending().map((entry) => entry.notice)).toEqual([RECOVERED]);
  });
});
