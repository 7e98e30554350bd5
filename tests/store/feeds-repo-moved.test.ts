/**
 * FeedsRepo and permanent redirects (migration 13, schedule/poll-address.ts): a target seen through
 * 301/308 on three successful polls in a row becomes the address polled; anything else restarts the
 * count; a failure, and a feed switched off or on, go back to the feed's own url.
 */
import { describe, expect, it } from 'vitest';
import { MOVE_CONFIRMATIONS } from '../../src/schedule/poll-address';
import { FEED_A, FEED_B, feedConfig, useFeedsRepo } from '../support/feeds-repo-fixture';

const HOUR = 3_600_000;
const MOVED = 'https://news.example.com/rss';
const ELSEWHERE = 'https://mirror.example.net/rss';

const store = useFeedsRepo();

let clock = 0;
/** One successful poll of FEED_A that was permanently redirected to `permanentUrl` (null: it was not). */
const success = (permanentUrl: string | null, url = FEED_A) => {
  clock += HOUR;
  return store.repo.recordSuccess(store.get(url), { now: clock, nextCheckAt: clock + HOUR, firstPoll: true, permanentUrl });
};
const failure = (url = FEED_A) => {
  clock += HOUR;
  return store.repo.recordFailure(store.get(url), { now: clock, nextCheckAt: clock + HOUR, error: 'HTTP 503', disabledReason: null });
};
const address = (url = FEED_A) => {
  const { pollUrl, movedTo, movedSeen } = store.get(url);
  return { pollUrl, movedTo, movedSeen };
};
/** FEED_A polled at MOVED, confirmed the usual way. */
const moveA = () => {
  for (let poll = 0; poll < MOVE_CONFIRMATIONS; poll++) success(MOVED);
  expect(address()).toEqual({ pollUrl: MOVED, movedTo: null, movedSeen: 0 });
};

describe('FeedsRepo.recordSuccess: permanent redirects', () => {
  it('starts with no move', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });

  it('counts a target seen on polls in a row, and polls it from the third on', () => {
    expect(MOVE_CONFIRMATIONS).toBe(3);
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    expect(success(MOVED)).toEqual({ recorded: true, notice: null, moved: null });
    expect(address()).toEqual({ pollUrl: null, movedTo: MOVED, movedSeen: 1 });
    expect(success(MOVED)).toMatchObject({ moved: null });
    expect(address()).toEqual({ pollUrl: null, movedTo: MOVED, movedSeen: 2 });
    expect(success(MOVED)).toEqual({ recorded: true, notice: null, moved: MOVED });
    expect(address()).toEqual({ pollUrl: MOVED, movedTo: null, movedSeen: 0 });
    // Polled there, the feed answers directly: the move stays.
    expect(success(null)).toMatchObject({ moved: null });
    expect(address()).toEqual({ pollUrl: MOVED, movedTo: null, movedSeen: 0 });
    expect(store.get(FEED_A).url).toBe(FEED_A);
  });

  it('starts the count again when the target changes', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    success(MOVED);
    success(MOVED);
    success(ELSEWHERE);
    expect(address()).toEqual({ pollUrl: null, movedTo: ELSEWHERE, movedSeen: 1 });
    success(ELSEWHERE);
    expect(address()).toEqual({ pollUrl: null, movedTo: ELSEWHERE, movedSeen: 2 });
    expect(success(ELSEWHERE)).toMatchObject({ moved: ELSEWHERE });
    expect(address().pollUrl).toBe(ELSEWHERE);
  });

  it('forgets the target when a poll is not permanently redirected, or says nothing of redirects', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    success(MOVED);
    success(MOVED);
    success(null);
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
    success(MOVED);
    success(MOVED);
    store.repo.recordSuccess(store.get(FEED_A), { now: clock + 1, nextCheckAt: clock + HOUR, firstPoll: true });
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });

  it('polls the feed’s own url again when the moved address leads back to it for good', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    moveA();
    for (let poll = 0; poll < MOVE_CONFIRMATIONS; poll++) success(FEED_A);
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });

  it('counts nothing from a poll whose feed was switched off and on meanwhile', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    success(MOVED);
    success(MOVED);
    const polled = store.get(FEED_A);
    store.repo.disable(polled.id, 'removed with /feeds remove');
    store.repo.reEnable(polled.id, clock);
    expect(store.repo.recordSuccess(polled, { now: clock + 1, nextCheckAt: clock + HOUR, firstPoll: true, permanentUrl: MOVED })).toEqual({ recorded: false });
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });
});

describe('FeedsRepo.recordFailure: back to the feed’s own url', () => {
  it('ends a run of sightings', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    success(MOVED);
    success(MOVED);
    failure();
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
    success(MOVED);
    expect(address()).toEqual({ pollUrl: null, movedTo: MOVED, movedSeen: 1 });
  });

  it('drops the moved address, and any target seen from it, at the first failure', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    moveA();
    success(ELSEWHERE);
    expect(failure()).toMatchObject({ recorded: true, notice: { kind: 'failing' } });
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });
});

describe('FeedsRepo: a moved feed changed outside polling', () => {
  it('keeps the move across syncs that leave the feed listed and on, a rename included', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    moveA();
    store.repo.syncFromConfig([feedConfig(FEED_A)], clock);
    store.repo.syncFromConfig([feedConfig(FEED_A, { name: 'Alpha', interval: 900 })], clock);
    expect(address()).toEqual({ pollUrl: MOVED, movedTo: null, movedSeen: 0 });
  });

  it('starts from the url again for a feed that left feeds.yaml and came back, or was disabled there and enabled', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], 0);
    moveA();
    for (let poll = 0; poll < MOVE_CONFIRMATIONS - 1; poll++) success(MOVED, FEED_B);
    store.repo.syncFromConfig([feedConfig(FEED_B, { enabled: false })], clock); // FEED_A dropped
    store.repo.syncFromConfig([feedConfig(FEED_A), feedConfig(FEED_B)], clock);
    expect(store.get(FEED_A).enabled).toBe(true);
    expect(address(FEED_A)).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
    expect(address(FEED_B)).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });

  it('starts from the url again for a feed removed with /feeds remove and added back', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    moveA();
    const { id } = store.get(FEED_A);
    store.repo.disable(id, 'removed with /feeds remove');
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
    store.repo.reEnable(id, clock);
    expect(address()).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });

  it('starts from the url again for a user feed dropped from feeds.yaml and re-added with /feeds add', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    moveA();
    store.repo.syncFromConfig([], clock);
    store.repo.reEnable(store.get(FEED_A).id, clock);
    expect(store.get(FEED_A)).toMatchObject({ enabled: true, origin: 'user', pollUrl: null, movedTo: null, movedSeen: 0 });
  });

  it('forgets the move when the row’s url changes (no writer does that yet; the trigger makes sure)', () => {
    store.repo.syncFromConfig([feedConfig(FEED_A)], 0);
    moveA();
    success(ELSEWHERE);
    store.db.prepare('UPDATE feeds SET url = ? WHERE url = ?').run(FEED_B, FEED_A);
    expect(address(FEED_B)).toEqual({ pollUrl: null, movedTo: null, movedSeen: 0 });
  });
});
