import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { addOtherFeed, alerting, makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';

let t: TempDb;
let alerts: AlertsRepo;

beforeEach(() => {
  t = openTempDb();
  alerts = new AlertsRepo(t.db);
  const stories = new StoriesRepo(t.db);
  stories.saveAll(t.feedId, 1000, [alerting('s1'), alerting('s2')]);
  stories.saveAll(t.feedId, 2000, [alerting('s3')]);
});

afterEach(() => t.cleanup());

const PLANNED_AT = 5000;

const row = (id: number) => t.db.prepare('SELECT attempts, last_error, delivered_at, delivery_ref FROM alerts WHERE id = ?').get(id);

describe('AlertsRepo.planSends', () => {
  it('fixes each group as one message, a roll-up named by its first alert when it holds several', () => {
    const [s1, s2, s3] = alerts.pending().map((alert) => alert.id);
    expect(alerts.pending().map((alert) => alert.plan)).toEqual([null, null, null]);
    const written = alerts.planSends([[s1!, s2!], [s3!]], PLANNED_AT);
    expect([...written]).toEqual([
      [s1, { kind: 'rollup', first: s1, at: PLANNED_AT }],
      [s2, { kind: 'rollup', first: s1, at: PLANNED_AT }],
      [s3, { kind: 'own', at: PLANNED_AT }],
    ]);
    expect(alerts.pending().map((alert) => alert.plan)).toEqual([
      { kind: 'rollup', first: s1, at: PLANNED_AT },
      { kind: 'rollup', first: s1, at: PLANNED_AT },
      { kind: 'own', at: PLANNED_AT },
    ]);
    expect(t.db.prepare('SELECT planned_at FROM alerts').pluck().all()).toEqual([PLANNED_AT, PLANNED_AT, PLANNED_AT]);
  });

  it('never changes a plan once made, nor plans a delivered alert', () => {
    const [s1, s2, s3] = alerts.pending().map((alert) => alert.id);
    alerts.planSends([[s1!]], 5000);
    alerts.markDelivered(s3!, 'msg-3', 5500);
    expect([...alerts.planSends([[s1!, s2!, s3!]], 6000).keys()]).toEqual([s2]);
    expect(t.db.prepare('SELECT planned_at AS at, rollup_of AS rollupOf FROM alerts ORDER BY id').all()).toEqual([
      { at: 5000, rollupOf: null },
      { at: 6000, rollupOf: s1 },
      { at: null, rollupOf: null },
    ]);
  });

  it('lists the waiting alerts of a roll-up in order, leaving out those delivered', () => {
    const [s1, s2, s3] = alerts.pending().map((alert) => alert.id);
    alerts.planSends([[s1!, s2!, s3!]], 5000);
    alerts.markDelivered(s2!, 'msg-2', 6000);
    expect(alerts.pendingRollup(s1!).map((alert) => alert.storyId)).toEqual(['s1', 's3']);
    expect(alerts.pendingRollup(s3!)).toEqual([]);
  });
});

describe('AlertsRepo.pending', () => {
  it('lists undelivered alerts oldest first, with their payloads', () => {
    const pending = alerts.pending();
    expect(pending.map((alert) => alert.storyId)).toEqual(['s1', 's2', 's3']);
    expect(pending[0]).toMatchObject({ storyId: 's1', createdAt: 1000, attempts: 0 });
    expect(pending[0]!.payload).toEqual(alerting('s1').alert);
    expect(pending[2]!.createdAt).toBe(2000);
  });

  it('honours the limit', () => {
    expect(alerts.pending(2).map((alert) => alert.storyId)).toEqual(['s1', 's2']);
  });

  it('leaves out delivered alerts', () => {
    const [first] = alerts.pending();
    alerts.markDelivered(first!.id, 'msg-1', 3000);
    expect(alerts.pending().map((alert) => alert.storyId)).toEqual(['s2', 's3']);
  });
});

describe('AlertsRepo.pendingCount', () => {
  it('counts undelivered alerts', () => {
    expect(alerts.pendingCount()).toBe(3);
    alerts.markDelivered(alerts.pending()[1]!.id, 'msg-2', 3000);
    expect(alerts.pendingCount()).toBe(2);
  });
});

describe('AlertsRepo.markDelivered', () => {
  it('records the time and reference once, and ignores a second delivery', () => {
    const id = alerts.pending()[0]!.id;
    alerts.markDelivered(id, 'msg-1', 3000);
    alerts.markDelivered(id, 'msg-again', 4000);
    expect(row(id)).toMatchObject({ delivered_at: 3000, delivery_ref: 'msg-1' });
  });

  it('clears the error left by earlier failed attempts', () => {
    const id = alerts.pending()[0]!.id;
    alerts.markFailed(id, 'HTTP 502');
    alerts.markDelivered(id, 'msg-1', 3000);
    expect(row(id)).toMatchObject({ attempts: 1, last_error: null, delivered_at: 3000 });
  });
});

describe('AlertsRepo.markFailed', () => {
  it('counts attempts and keeps the latest error, leaving the alert pending', () => {
    const id = alerts.pending()[0]!.id;
    alerts.markFailed(id, 'HTTP 502');
    alerts.markFailed(id, 'rate limited');
    expect(row(id)).toMatchObject({ attempts: 2, last_error: 'rate limited', delivered_at: null });
    expect(alerts.pending()[0]).toMatchObject({ id, attempts: 2 });
    expect(alerts.pendingCount()).toBe(3);
  });
});

describe('AlertsRepo.markGivenUp', () => {
  it('takes the alert out of the queue with no reference and the reason, once', () => {
    const id = alerts.pending()[0]!.id;
    alerts.markFailed(id, 'HTTP 502');
    alerts.markGivenUp(id, 'channel 1: 404 Unknown Channel (code 10003)', 3000);
    alerts.markGivenUp(id, 'later', 4000);
    expect(row(id)).toEqual({ attempts: 1, last_error: 'channel 1: 404 Unknown Channel (code 10003)', delivered_at: 3000, delivery_ref: null });
    expect(alerts.pending().map((alert) => alert.storyId)).toEqual(['s2', 's3']);
  });

  it('leaves a delivered alert as it was', () => {
    const id = alerts.pending()[0]!.id;
    alerts.markDelivered(id, 'msg-1', 3000);
    alerts.markGivenUp(id, 'too late', 4000);
    expect(row(id)).toMatchObject({ delivered_at: 3000, delivery_ref: 'msg-1', last_error: null });
  });
});

describe('AlertsRepo.outletUpdates', () => {
  /** Delivers every alert, then another outlet joins each. */
  function deliveredAndJoined(): void {
    for (const alert of alerts.pending()) alerts.markDelivered(alert.id, `msg-${alert.id}`, 3000);
    const joining = ['s1', 's2', 's3'].map((id) => ({ story: makeStory(`o-${id}`, { feedName: 'Otro' }), match: makeMatch(), duplicateOf: null, clusterOf: id, alert: null }));
    new StoriesRepo(t.db).saveAll(addOtherFeed(t), 4000, joining);
  }

  it('lists delivered alerts whose outlets are not shown yet, with the outlets, by id from the one given', () => {
    deliveredAndJoined();
    const all = alerts.outletUpdates();
    expect(all.map((alert) => [alert.storyId, alert.outletsVersion])).toEqual([
      ['s1', 1],
      ['s2', 1],
      ['s3', 1],
    ]);
    expect(all[0]!.payload.outlets).toEqual([{ feedName: 'Otro', url: 'https://example.com/news/o-s1', title: 'Story o-s1' }]);
    expect(alerts.outletUpdates(2).map((alert) => alert.storyId)).toEqual(['s1', 's2']);
    expect(alerts.outletUpdates(2, all[1]!.id).map((alert) => alert.storyId)).toEqual(['s3']);
  });

  it('leaves out alerts once their outlets are shown', () => {
    deliveredAndJoined();
    const [first] = alerts.outletUpdates();
    alerts.markOutletsShown(first!.id, first!.outletsVersion);
    expect(alerts.outletUpdates().map((alert) => alert.storyId)).toEqual(['s2', 's3']);
  });
});
