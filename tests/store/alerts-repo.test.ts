import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { alerting, openTempDb, type TempDb } from '../support/store-fixtures';

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

const row = (id: number) => t.db.prepare('SELECT attempts, last_error, delivered_at, delivery_ref FROM alerts WHERE id = ?').get(id);

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
