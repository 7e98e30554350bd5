import { describe, expect, it } from 'vitest';
import { hostOf } from '../../src/store/feeds-repo';
import { NoticesRepo } from '../../src/store/notices-repo';
import { FEED_A, FEED_B, FEED_C, feedConfig, useFeedsRepo } from '../support/feeds-repo-fixture';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const store = useFeedsRepo();

describe('hostOf', () => {
  it('gives the lower-case host with its port', () => {
    expect(hostOf('https://News.Example.COM:8443/feed')).toBe('news.example.com:8443');
  });
});

describe('FeedsRepo.syncFromConfig', () => {
  it('adds new feeds, naming them after their host when the config gives no name', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A, { name: 'Alpha', language: 'es', interval: 900 }), feedConfig(FEED_B)], 1000);
    expect(store.repo.all().map((row) => row.url)).toEqual([FEED_A, FEED_B]);
    expect(store.get(FEED_A)).toMatchObject({ name: 'Alpha', language: 'es', intervalS: 900, enabled: true, origin: 'config', disabledReason: null, nextCheckAt: 0 });
    expect(store.get(FEED_B)).toMatchObject({ name: 'b.example.org', language: null, intervalS: null, enabled: true });
  });

  it('updates names and intervals that changed', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A, { name: 'Alpha', interval: 900 })], 1000);
    const id = store.get(FEED_A).id;
    store.repo.syncFromConfig([feedConfig(FEED_A, { name: 'Alpha News', interval: 1800 })], 2000);
    expect(store.get(FEED_A)).toMatchObject({ id, name: 'Alpha News', intervalS: 1800 });
    expect(store.repo.all()).toHaveLength(1);
  });

  it('disables feeds that left the config, and re-enables them when they come back', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 1000);
    store.repo.syncFromConfig([feedConfig(FEED_A)], 2000);
    expect(store.get(FEED_B)).toMatchObject({ enabled: false, disabledReason: 'no longer in feeds.yaml' });
    expect(store.get(FEED_A).enabled).toBe(true);

    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 3000);
    expect(store.get(FEED_B)).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('disables a feed marked enabled: false, with a reason, and enables it again when the flag is removed', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A, { enabled: false })], 1000);
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, disabledReason: 'disabled in feeds.yaml' });

    store.repo.syncFromConfig([feedConfig(FEED_A)], 2000);
    expect(store.get(FEED_A)).toMatchObject({ enabled: true, disabledReason: null });

    store.repo.syncFromConfig([feedConfig(FEED_A, { enabled: false })], 3000);
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, disabledReason: 'disabled in feeds.yaml' });
  });

  it('keeps a feed disabled for errors disabled across syncs, with its reason and health', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 1000);
    const id = store.get(FEED_A).id;
    store.repo.recordFailure(store.get(FEED_A), { now: 2000, nextCheckAt: 5000, error: 'HTTP 500', disabledReason: '10 consecutive errors' });

    store.repo.syncFromConfig([feedConfig(FEED_A, { name: 'Renamed' })], 3000);
    expect(store.get(FEED_A)).toMatchObject({ name: 'Renamed', enabled: false, disabledReason: '10 consecutive errors', consecutiveErrors: 1, lastError: 'HTTP 500' });
  });

  it('forgets the errors of a feed feeds.yaml turns back on, and checks it at once', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 1000);
    for (const url of [FEED_A, FEED_B]) {
      store.repo.recordFailure(store.get(url), { now: 1500, nextCheckAt: 1500 + HOUR, error: 'HTTP 503', disabledReason: null });
      store.repo.recordFailure(store.get(url), { now: 1600, nextCheckAt: 1600 + 2 * HOUR, error: 'HTTP 503', disabledReason: null });
    }
    store.repo.syncFromConfig([feedConfig(FEED_A, { enabled: false })], 2000); // FEED_A disabled in the file, FEED_B dropped from it
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, consecutiveErrors: 2 });

    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 3000);
    for (const url of [FEED_A, FEED_B]) expect(store.get(url)).toMatchObject({ enabled: true, consecutiveErrors: 0, nextCheckAt: 3000, lastError: 'HTTP 503' });
    // FEED_A feed enabled all along keeps its health.
    store.repo.recordFailure(store.get(FEED_A), { now: 3500, nextCheckAt: 3500 + HOUR, error: 'HTTP 500', disabledReason: null });
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 4000);
    expect(store.get(FEED_A)).toMatchObject({ consecutiveErrors: 1, nextCheckAt: 3500 + HOUR });
  });

  it('keeps a feed disabled for errors disabled when it leaves and comes back', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 1000);
    store.repo.recordFailure(store.get(FEED_A), { now: 2000, nextCheckAt: 5000, error: 'HTTP 404', disabledReason: 'gone' });
    store.repo.syncFromConfig([feedConfig(FEED_B)], 3000);
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 4000);
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, disabledReason: 'gone' });
  });
});

describe('FeedsRepo.due', () => {
  it('lists enabled feeds whose next check has come, the most overdue first', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B), feedConfig(FEED_C)], 0);
    store.repo.recordSuccess(store.get(FEED_A), { now: 100, nextCheckAt: 500, firstPoll: true });
    store.repo.recordSuccess(store.get(FEED_B), { now: 100, nextCheckAt: 300, firstPoll: true });
    store.repo.recordSuccess(store.get(FEED_C), { now: 100, nextCheckAt: 900, firstPoll: true });

    expect(store.repo.due(200)).toEqual([]);
    expect(store.repo.due(500).map((row) => row.url)).toEqual([FEED_B, FEED_A]);
    expect(store.repo.due(900).map((row) => row.url)).toEqual([FEED_B, FEED_A, FEED_C]);
  });

  it('orders feeds due at the same moment by id', () => {
    store.repo.syncFromConfig([feedConfig(FEED_C), feedConfig(FEED_A), feedConfig(FEED_B)], 0);
    expect(store.repo.due(0).map((row) => row.url)).toEqual([FEED_C, FEED_A, FEED_B]);
  });

  it('takes the clock being set back: a feed whose last check lies ahead of now is due, one checked before keeps its wait', () => {
    const T = Date.parse('2025-11-21T12:00:00Z');
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], T);
    store.repo.recordSuccess(store.get(FEED_A), { now: T, nextCheckAt: T + 5 * MINUTE, firstPoll: true });
    // Checked 8 h before and asked to wait 9 h (a Retry-After): that wait started in the past either way.
    store.repo.recordFailure(store.get(FEED_B), { now: T - 8 * HOUR, nextCheckAt: T + HOUR, error: 'HTTP 429', disabledReason: null });
    store.repo.addUserFeed({ url: FEED_C, name: 'Gamma' }, T);

    const back = T - 6 * HOUR; // the clock corrected 6 h back just after FEED_A's check
    expect(store.repo.due(back).map((row) => row.url)).toEqual([FEED_C, FEED_A]);
    store.repo.recordSuccess(store.get(FEED_A), { now: back, nextCheckAt: back + 5 * MINUTE, firstPoll: false });
    store.repo.recordSuccess(store.get(FEED_C), { now: back, nextCheckAt: back + 5 * MINUTE, firstPoll: true });
    expect(store.repo.due(back + MINUTE)).toEqual([]);
    expect(store.repo.due(back + 5 * MINUTE).map((row) => row.url)).toEqual([FEED_A, FEED_C]);
    expect(store.repo.due(T + HOUR).map((row) => row.url)).toEqual([FEED_A, FEED_C, FEED_B]);
  });

  it('leaves out disabled feeds', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B, { enabled: false }), feedConfig(FEED_C)], 0);
    store.repo.recordFailure(store.get(FEED_C), { now: 10, nextCheckAt: 20, error: 'boom', disabledReason: 'too many errors' });
    expect(store.repo.due(1000).map((row) => row.url)).toEqual([FEED_A]);
    expect(store.repo.enabled().map((row) => row.url)).toEqual([FEED_A]);
  });
});

describe('FeedsRepo.recordSuccess', () => {
  it('resets the error count and records the check', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    const id = store.get(FEED_A).id;
    store.repo.recordFailure(store.get(FEED_A), { now: 100, nextCheckAt: 200, error: 'timeout', disabledReason: null });
    store.repo.recordFailure(store.get(FEED_A), { now: 200, nextCheckAt: 400, error: 'timeout', disabledReason: null });
    expect(store.get(FEED_A).consecutiveErrors).toBe(2);

    store.repo.recordSuccess(store.get(FEED_A), { now: 500, nextCheckAt: 1100, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', firstPoll: false });
    expect(store.get(FEED_A)).toMatchObject({
      consecutiveErrors: 0,
      lastCheckedAt: 500,
      lastSuccessAt: 500,
      nextCheckAt: 1100,
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
    });
  });

  it('replaces each validator given, clears one given as null, and keeps one left out', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    const id = store.get(FEED_A).id;
    store.repo.recordSuccess(store.get(FEED_A), { now: 100, nextCheckAt: 700, etag: '"v1"', lastModified: 'yesterday', firstPoll: true });
    store.repo.recordSuccess(store.get(FEED_A), { now: 700, nextCheckAt: 1300, etag: '"v2"', firstPoll: false });
    expect(store.get(FEED_A)).toMatchObject({ etag: '"v2"', lastModified: 'yesterday', lastSuccessAt: 700 });

    store.repo.recordSuccess(store.get(FEED_A), { now: 1300, nextCheckAt: 1900, etag: null, lastModified: 'today', firstPoll: false });
    expect(store.get(FEED_A)).toMatchObject({ etag: null, lastModified: 'today' });
    store.repo.recordSuccess(store.get(FEED_A), { now: 1900, nextCheckAt: 2500, firstPoll: false });
    expect(store.get(FEED_A)).toMatchObject({ etag: null, lastModified: 'today', lastSuccessAt: 1900 });
  });

  it('sets first_polled_at on the first poll only', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    const id = store.get(FEED_A).id;
    store.repo.recordSuccess(store.get(FEED_A), { now: 100, nextCheckAt: 700, firstPoll: false });
    expect(store.get(FEED_A).firstPolledAt).toBeNull();

    store.repo.recordSuccess(store.get(FEED_A), { now: 200, nextCheckAt: 800, firstPoll: true });
    store.repo.recordSuccess(store.get(FEED_A), { now: 900, nextCheckAt: 1500, firstPoll: true });
    expect(store.get(FEED_A).firstPolledAt).toBe(200);
  });
});

describe('FeedsRepo.recordFailure', () => {
  it('counts consecutive errors and stores the latest error text', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    const id = store.get(FEED_A).id;
    store.repo.recordFailure(store.get(FEED_A), { now: 100, nextCheckAt: 700, error: 'HTTP 503', disabledReason: null });
    store.repo.recordFailure(store.get(FEED_A), { now: 700, nextCheckAt: 1900, error: 'connection reset', disabledReason: null });
    expect(store.get(FEED_A)).toMatchObject({
      consecutiveErrors: 2,
      lastError: 'connection reset',
      lastErrorAt: 700,
      lastCheckedAt: 700,
      nextCheckAt: 1900,
      lastSuccessAt: null,
      enabled: true,
      disabledReason: null,
    });
  });

  it('disables the feed with the reason given', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    store.repo.recordFailure(store.get(FEED_A), { now: 100, nextCheckAt: 700, error: 'HTTP 410', disabledReason: 'gone (HTTP 410)' });
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, disabledReason: 'gone (HTTP 410)', consecutiveErrors: 1, lastError: 'HTTP 410' });
  });
});

describe('FeedsRepo: feeds added and removed with /feeds', () => {
  it('adds a user feed, due at once and left alone by syncFromConfig', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    store.repo.addUserFeed({ url: FEED_C, name: 'Gamma' }, 5000);
    expect(store.get(FEED_C)).toMatchObject({ name: 'Gamma', origin: 'user', enabled: true, nextCheckAt: 5000, firstPolledAt: null });
    expect(store.repo.due(5000).map((row) => row.url)).toEqual([FEED_A, FEED_C]);
    store.repo.syncFromConfig([feedConfig(FEED_A)], 6000);
    expect(store.get(FEED_C)).toMatchObject({ enabled: true, origin: 'user' });
  });

  it('refuses a URL that is already a feed', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    expect(() => store.repo.addUserFeed({ url: FEED_A, name: 'again' }, 1)).toThrow(/UNIQUE/);
  });

  it('disables with a reason that survives the next sync, and re-enables with errors forgotten', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    const { id } = store.get(FEED_A);
    store.repo.recordFailure(store.get(FEED_A), { now: 100, nextCheckAt: 9000, error: 'HTTP 503', disabledReason: null });
    store.repo.disable(id, 'removed with /feeds remove');
    store.repo.syncFromConfig([feedConfig(FEED_A)], 200);
    expect(store.get(FEED_A)).toMatchObject({ enabled: false, disabledReason: 'removed with /feeds remove' });
    store.repo.reEnable(id, 300, 'Alpha');
    expect(store.get(FEED_A)).toMatchObject({ enabled: true, disabledReason: null, consecutiveErrors: 0, nextCheckAt: 300, name: 'Alpha', lastError: 'HTTP 503', origin: 'config' });
    store.repo.reEnable(id, 400);
    expect(store.get(FEED_A).name).toBe('Alpha');
  });

  it('makes a feed dropped from feeds.yaml and re-enabled a user feed, which the next sync leaves polled', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 0);
    store.repo.syncFromConfig([feedConfig(FEED_A)], 100);
    store.repo.reEnable(store.get(FEED_B).id, 200);
    expect(store.get(FEED_B)).toMatchObject({ enabled: true, origin: 'user' });

    store.repo.syncFromConfig([feedConfig(FEED_A)], 300);
    expect(store.get(FEED_B)).toMatchObject({ enabled: true, origin: 'user', disabledReason: null });
    // Listed again, it is the file's once more.
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 400);
    expect(store.get(FEED_B)).toMatchObject({ enabled: true, origin: 'config' });
  });
});

describe('FeedsRepo: health notices', () => {
  const kinds = () => new NoticesRepo(store.db).pending().map(({ notice }) => [notice.kind, notice.failures, notice.at]);
  const fail = (now: number, disabledReason: string | null = null) => store.repo.recordFailure(store.get(FEED_A), { now, nextCheckAt: now + HOUR, error: 'HTTP 503', disabledReason });

  it('queues the notice a poll’s write causes and returns it; failing or succeeding again queues nothing', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A, { name: 'Alpha' })], 0);
    expect(fail(100)).toEqual({ recorded: true, notice: { kind: 'failing', feedUrl: FEED_A, feedName: 'Alpha', detail: 'HTTP 503', failures: 1, at: 100 } });
    expect(fail(200)).toEqual({ recorded: true, notice: null });
    expect(fail(300, 'disabled after 3 consecutive failures')).toMatchObject({ notice: { kind: 'disabled', detail: 'disabled after 3 consecutive failures', failures: 3 } });
    store.repo.reEnable(store.get(FEED_A).id, 400);
    fail(500);
    expect(store.repo.recordSuccess(store.get(FEED_A), { now: 600, nextCheckAt: 900, firstPoll: true })).toMatchObject({ notice: { kind: 'recovered', failures: 1, at: 600 } });
    expect(store.repo.recordSuccess(store.get(FEED_A), { now: 900, nextCheckAt: 1200, firstPoll: true })).toEqual({ recorded: true, notice: null, moved: null });
    expect(kinds()).toEqual([['failing', 1, 100], ['disabled', 3, 300], ['failing', 1, 500], ['recovered', 1, 600]]);
  });

  it('writes a health change and its notice together: a notice that cannot be stored takes the change back', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    store.db.exec(`CREATE TRIGGER refuse_notices BEFORE INSERT ON health_notices BEGIN SELECT RAISE(ABORT, 'no room for notices'); END`);
    expect(() => fail(100, 'disabled after 1 consecutive failures')).toThrow(/no room for notices/);
    expect(store.get(FEED_A)).toMatchObject({ enabled: true, consecutiveErrors: 0, lastError: null, disabledReason: null });
  });

  it('queues nothing for changes made outside polling: /feeds remove and add, feeds.yaml', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 0);
    fail(100);
    fail(200);
    store.repo.disable(store.get(FEED_A).id, 'removed with /feeds remove');
    store.repo.reEnable(store.get(FEED_A).id, 300);
    store.repo.syncFromConfig([feedConfig(FEED_A)], 400);
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 500);
    expect(kinds()).toEqual([['failing', 1, 100]]);
  });
});

