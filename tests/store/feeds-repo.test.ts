import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../src/config/schema';
import { FeedsRepo, hostOf } from '../../src/store/feeds-repo';
import { NoticesRepo } from '../../src/store/notices-repo';
import type { Db } from '../../src/store/open-database';
import { feedRow, openEmptyTempDb } from '../support/store-fixtures';

const A = 'https://a.example.com/feed';
const B = 'https://b.example.org/rss.xml';
const C = 'https://c.example.net/atom';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

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

describe('hostOf', () => {
  it('gives the lower-case host with its port', () => {
    expect(hostOf('https://News.Example.COM:8443/feed')).toBe('news.example.com:8443');
  });
});

describe('FeedsRepo.syncFromConfig', () => {
  it('adds new feeds, naming them after their host when the config gives no name', () => {
    repo.syncFromConfig([feed(A, { name: 'Alpha', language: 'es', interval: 900 }), feed(B)], 1000);
    expect(repo.all().map((row) => row.url)).toEqual([A, B]);
    expect(get(A)).toMatchObject({ name: 'Alpha', language: 'es', intervalS: 900, enabled: true, origin: 'config', disabledReason: null, nextCheckAt: 0 });
    expect(get(B)).toMatchObject({ name: 'b.example.org', language: null, intervalS: null, enabled: true });
  });

  it('updates names and intervals that changed', () => {
    repo.syncFromConfig([feed(A, { name: 'Alpha', interval: 900 })], 1000);
    const id = get(A).id;
    repo.syncFromConfig([feed(A, { name: 'Alpha News', interval: 1800 })], 2000);
    expect(get(A)).toMatchObject({ id, name: 'Alpha News', intervalS: 1800 });
    expect(repo.all()).toHaveLength(1);
  });

  it('disables feeds that left the config, and re-enables them when they come back', () => {
    repo.syncFromConfig([feed(A), feed(B)], 1000);
    repo.syncFromConfig([feed(A)], 2000);
    expect(get(B)).toMatchObject({ enabled: false, disabledReason: 'no longer in feeds.yaml' });
    expect(get(A).enabled).toBe(true);

    repo.syncFromConfig([feed(A), feed(B)], 3000);
    expect(get(B)).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('disables a feed marked enabled: false, with a reason, and enables it again when the flag is removed', () => {
    repo.syncFromConfig([feed(A, { enabled: false })], 1000);
    expect(get(A)).toMatchObject({ enabled: false, disabledReason: 'disabled in feeds.yaml' });

    repo.syncFromConfig([feed(A)], 2000);
    expect(get(A)).toMatchObject({ enabled: true, disabledReason: null });

    repo.syncFromConfig([feed(A, { enabled: false })], 3000);
    expect(get(A)).toMatchObject({ enabled: false, disabledReason: 'disabled in feeds.yaml' });
  });

  it('keeps a feed disabled for errors disabled across syncs, with its reason and health', () => {
    repo.syncFromConfig([feed(A)], 1000);
    const id = get(A).id;
    repo.recordFailure(get(A), { now: 2000, nextCheckAt: 5000, error: 'HTTP 500', disabledReason: '10 consecutive errors' });

    repo.syncFromConfig([feed(A, { name: 'Renamed' })], 3000);
    expect(get(A)).toMatchObject({ name: 'Renamed', enabled: false, disabledReason: '10 consecutive errors', consecutiveErrors: 1, lastError: 'HTTP 500' });
  });

  it('forgets the errors of a feed feeds.yaml turns back on, and checks it at once', () => {
    repo.syncFromConfig([feed(A), feed(B)], 1000);
    for (const url of [A, B]) {
      repo.recordFailure(get(url), { now: 1500, nextCheckAt: 1500 + HOUR, error: 'HTTP 503', disabledReason: null });
      repo.recordFailure(get(url), { now: 1600, nextCheckAt: 1600 + 2 * HOUR, error: 'HTTP 503', disabledReason: null });
    }
    repo.syncFromConfig([feed(A, { enabled: false })], 2000); // A disabled in the file, B dropped from it
    expect(get(A)).toMatchObject({ enabled: false, consecutiveErrors: 2 });

    repo.syncFromConfig([feed(A), feed(B)], 3000);
    for (const url of [A, B]) expect(get(url)).toMatchObject({ enabled: true, consecutiveErrors: 0, nextCheckAt: 3000, lastError: 'HTTP 503' });
    // A feed enabled all along keeps its health.
    repo.recordFailure(get(A), { now: 3500, nextCheckAt: 3500 + HOUR, error: 'HTTP 500', disabledReason: null });
    repo.syncFromConfig([feed(A), feed(B)], 4000);
    expect(get(A)).toMatchObject({ consecutiveErrors: 1, nextCheckAt: 3500 + HOUR });
  });

  it('keeps a feed disabled for errors disabled when it leaves and comes back', () => {
    repo.syncFromConfig([feed(A), feed(B)], 1000);
    repo.recordFailure(get(A), { now: 2000, nextCheckAt: 5000, error: 'HTTP 404', disabledReason: 'gone' });
    repo.syncFromConfig([feed(B)], 3000);
    repo.syncFromConfig([feed(A), feed(B)], 4000);
    expect(get(A)).toMatchObject({ enabled: false, disabledReason: 'gone' });
  });
});

describe('FeedsRepo.due', () => {
  it('lists enabled feeds whose next check has come, the most overdue first', () => {
    repo.syncFromConfig([feed(A), feed(B), feed(C)], 0);
    repo.recordSuccess(get(A), { now: 100, nextCheckAt: 500, firstPoll: true });
    repo.recordSuccess(get(B), { now: 100, nextCheckAt: 300, firstPoll: true });
    repo.recordSuccess(get(C), { now: 100, nextCheckAt: 900, firstPoll: true });

    expect(repo.due(200)).toEqual([]);
    expect(repo.due(500).map((row) => row.url)).toEqual([B, A]);
    expect(repo.due(900).map((row) => row.url)).toEqual([B, A, C]);
  });

  it('orders feeds due at the same moment by id', () => {
    repo.syncFromConfig([feed(C), feed(A), feed(B)], 0);
    expect(repo.due(0).map((row) => row.url)).toEqual([C, A, B]);
  });

  it('takes the clock being set back: a feed whose last check lies ahead of now is due, one checked before keeps its wait', () => {
    const T = Date.parse('2025-11-21T12:00:00Z');
    repo.syncFromConfig([feed(A), feed(B)], T);
    repo.recordSuccess(get(A), { now: T, nextCheckAt: T + 5 * MINUTE, firstPoll: true });
    // Checked 8 h before and asked to wait 9 h (a Retry-After): that wait started in the past either way.
    repo.recordFailure(get(B), { now: T - 8 * HOUR, nextCheckAt: T + HOUR, error: 'HTTP 429', disabledReason: null });
    repo.addUserFeed({ url: C, name: 'Gamma' }, T);

    const back = T - 6 * HOUR; // the clock corrected 6 h back just after A's check
    expect(repo.due(back).map((row) => row.url)).toEqual([C, A]);
    repo.recordSuccess(get(A), { now: back, nextCheckAt: back + 5 * MINUTE, firstPoll: false });
    repo.recordSuccess(get(C), { now: back, nextCheckAt: back + 5 * MINUTE, firstPoll: true });
    expect(repo.due(back + MINUTE)).toEqual([]);
    expect(repo.due(back + 5 * MINUTE).map((row) => row.url)).toEqual([A, C]);
    expect(repo.due(T + HOUR).map((row) => row.url)).toEqual([A, C, B]);
  });

  it('leaves out disabled feeds', () => {
    repo.syncFromConfig([feed(A), feed(B, { enabled: false }), feed(C)], 0);
    repo.recordFailure(get(C), { now: 10, nextCheckAt: 20, error: 'boom', disabledReason: 'too many errors' });
    expect(repo.due(1000).map((row) => row.url)).toEqual([A]);
    expect(repo.enabled().map((row) => row.url)).toEqual([A]);
  });
});

describe('FeedsRepo.recordSuccess', () => {
  it('resets the error count and records the check', () => {
    repo.syncFromConfig([feed(A)], 0);
    const id = get(A).id;
    repo.recordFailure(get(A), { now: 100, nextCheckAt: 200, error: 'timeout', disabledReason: null });
    repo.recordFailure(get(A), { now: 200, nextCheckAt: 400, error: 'timeout', disabledReason: null });
    expect(get(A).consecutiveErrors).toBe(2);

    repo.recordSuccess(get(A), { now: 500, nextCheckAt: 1100, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', firstPoll: false });
    expect(get(A)).toMatchObject({
      consecutiveErrors: 0,
      lastCheckedAt: 500,
      lastSuccessAt: 500,
      nextCheckAt: 1100,
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
    });
  });

  it('replaces each validator given, clears one given as null, and keeps one left out', () => {
    repo.syncFromConfig([feed(A)], 0);
    const id = get(A).id;
    repo.recordSuccess(get(A), { now: 100, nextCheckAt: 700, etag: '"v1"', lastModified: 'yesterday', firstPoll: true });
    repo.recordSuccess(get(A), { now: 700, nextCheckAt: 1300, etag: '"v2"', firstPoll: false });
    expect(get(A)).toMatchObject({ etag: '"v2"', lastModified: 'yesterday', lastSuccessAt: 700 });

    repo.recordSuccess(get(A), { now: 1300, nextCheckAt: 1900, etag: null, lastModified: 'today', firstPoll: false });
    expect(get(A)).toMatchObject({ etag: null, lastModified: 'today' });
    repo.recordSuccess(get(A), { now: 1900, nextCheckAt: 2500, firstPoll: false });
    expect(get(A)).toMatchObject({ etag: null, lastModified: 'today', lastSuccessAt: 1900 });
  });

  it('sets first_polled_at on the first poll only', () => {
    repo.syncFromConfig([feed(A)], 0);
    const id = get(A).id;
    repo.recordSuccess(get(A), { now: 100, nextCheckAt: 700, firstPoll: false });
    expect(get(A).firstPolledAt).toBeNull();

    repo.recordSuccess(get(A), { now: 200, nextCheckAt: 800, firstPoll: true });
    repo.recordSuccess(get(A), { now: 900, nextCheckAt: 1500, firstPoll: true });
    expect(get(A).firstPolledAt).toBe(200);
  });
});

describe('FeedsRepo.recordFailure', () => {
  it('counts consecutive errors and stores the latest error text', () => {
    repo.syncFromConfig([feed(A)], 0);
    const id = get(A).id;
    repo.recordFailure(get(A), { now: 100, nextCheckAt: 700, error: 'HTTP 503', disabledReason: null });
    repo.recordFailure(get(A), { now: 700, nextCheckAt: 1900, error: 'connection reset', disabledReason: null });
    expect(get(A)).toMatchObject({
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
    repo.syncFromConfig([feed(A)], 0);
    repo.recordFailure(get(A), { now: 100, nextCheckAt: 700, error: 'HTTP 410', disabledReason: 'gone (HTTP 410)' });
    expect(get(A)).toMatchObject({ enabled: false, disabledReason: 'gone (HTTP 410)', consecutiveErrors: 1, lastError: 'HTTP 410' });
  });
});

describe('FeedsRepo: feeds added and removed with /feeds', () => {
  it('adds a user feed, due at once and left alone by syncFromConfig', () => {
    repo.syncFromConfig([feed(A)], 0);
    repo.addUserFeed({ url: C, name: 'Gamma' }, 5000);
    expect(get(C)).toMatchObject({ name: 'Gamma', origin: 'user', enabled: true, nextCheckAt: 5000, firstPolledAt: null });
    expect(repo.due(5000).map((row) => row.url)).toEqual([A, C]);
    repo.syncFromConfig([feed(A)], 6000);
    expect(get(C)).toMatchObject({ enabled: true, origin: 'user' });
  });

  it('refuses a URL that is already a feed', () => {
    repo.syncFromConfig([feed(A)], 0);
    expect(() => repo.addUserFeed({ url: A, name: 'again' }, 1)).toThrow(/UNIQUE/);
  });

  it('disables with a reason that survives the next sync, and re-enables with errors forgotten', () => {
    repo.syncFromConfig([feed(A)], 0);
    const { id } = get(A);
    repo.recordFailure(get(A), { now: 100, nextCheckAt: 9000, error: 'HTTP 503', disabledReason: null });
    repo.disable(id, 'removed with /feeds remove');
    repo.syncFromConfig([feed(A)], 200);
    expect(get(A)).toMatchObject({ enabled: false, disabledReason: 'removed with /feeds remove' });
    repo.reEnable(id, 300, 'Alpha');
    expect(get(A)).toMatchObject({ enabled: true, disabledReason: null, consecutiveErrors: 0, nextCheckAt: 300, name: 'Alpha', lastError: 'HTTP 503', origin: 'config' });
    repo.reEnable(id, 400);
    expect(get(A).name).toBe('Alpha');
  });

  it('makes a feed dropped from feeds.yaml and re-enabled a user feed, which the next sync leaves polled', () => {
    repo.syncFromConfig([feed(A), feed(B)], 0);
    repo.syncFromConfig([feed(A)], 100);
    repo.reEnable(get(B).id, 200);
    expect(get(B)).toMatchObject({ enabled: true, origin: 'user' });

    repo.syncFromConfig([feed(A)], 300);
    expect(get(B)).toMatchObject({ enabled: true, origin: 'user', disabledReason: null });
    // Listed again, it is the file's once more.
    repo.syncFromConfig([feed(A), feed(B)], 400);
    expect(get(B)).toMatchObject({ enabled: true, origin: 'config' });
  });
});

describe('FeedsRepo: health notices', () => {
  const kinds = () => new NoticesRepo(db).pending().map(({ notice }) => [notice.kind, notice.failures, notice.at]);
  const fail = (now: number, disabledReason: string | null = null) => repo.recordFailure(get(A), { now, nextCheckAt: now + HOUR, error: 'HTTP 503', disabledReason });

  it('queues the notice a poll’s write causes and returns it; failing or succeeding again queues nothing', () => {
    repo.syncFromConfig([feed(A, { name: 'Alpha' })], 0);
    expect(fail(100)).toEqual({ recorded: true, notice: { kind: 'failing', feedUrl: A, feedName: 'Alpha', detail: 'HTTP 503', failures: 1, at: 100 } });
    expect(fail(200)).toEqual({ recorded: true, notice: null });
    expect(fail(300, 'disabled after 3 consecutive failures')).toMatchObject({ notice: { kind: 'disabled', detail: 'disabled after 3 consecutive failures', failures: 3 } });
    repo.reEnable(get(A).id, 400);
    fail(500);
    expect(repo.recordSuccess(get(A), { now: 600, nextCheckAt: 900, firstPoll: true })).toMatchObject({ notice: { kind: 'recovered', failures: 1, at: 600 } });
    expect(repo.recordSuccess(get(A), { now: 900, nextCheckAt: 1200, firstPoll: true })).toEqual({ recorded: true, notice: null });
    expect(kinds()).toEqual([['failing', 1, 100], ['disabled', 3, 300], ['failing', 1, 500], ['recovered', 1, 600]]);
  });

  it('writes a health change and its notice together: a notice that cannot be stored takes the change back', () => {
    repo.syncFromConfig([feed(A)], 0);
    db.exec(`CREATE TRIGGER refuse_notices BEFORE INSERT ON health_notices BEGIN SELECT RAISE(ABORT, 'no room for notices'); END`);
    expect(() => fail(100, 'disabled after 1 consecutive failures')).toThrow(/no room for notices/);
    expect(get(A)).toMatchObject({ enabled: true, consecutiveErrors: 0, lastError: null, disabledReason: null });
  });

  it('queues nothing for changes made outside polling: /feeds remove and add, feeds.yaml', () => {
    repo.syncFromConfig([feed(A), feed(B)], 0);
    fail(100);
    fail(200);
    repo.disable(get(A).id, 'removed with /feeds remove');
    repo.reEnable(get(A).id, 300);
    repo.syncFromConfig([feed(A)], 400);
    repo.syncFromConfig([feed(A), feed(B)], 500);
    expect(kinds()).toEqual([['failing', 1, 100]]);
  });
});

