/**
 * DeliveriesRepo: which channels each alert has reached, so a retry after a partial failure posts
 * only to the channels still missing it, and never twice to the same one; and which it gave up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertsRepo } from '../../src/store/alerts-repo';
import { DeliveriesRepo } from '../../src/store/deliveries-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { alerting, openTempDb, type TempDb } from '../support/store-fixtures';

const ALERTS = '100000000000000001';
const MADURO_CHANNEL = '100000000000000002';
const CLAIMS_CHANNEL = '100000000000000003';

let t: TempDb;
let deliveries: DeliveriesRepo;
let first: number;
let second: number;

beforeEach(() => {
  t = openTempDb();
  deliveries = new DeliveriesRepo(t.db);
  new StoriesRepo(t.db).saveAll(t.feedId, 1000, [alerting('s1'), alerting('s2')]);
  [first, second] = new AlertsRepo(t.db).pending().map((alert) => alert.id) as [number, number];
});

afterEach(() => t.cleanup());

describe('DeliveriesRepo.messageId', () => {
  it('is null before the alert reached the channel', () => {
    expect(deliveries.messageId(first, ALERTS)).toBeNull();
  });

  it('gives the message posted for that alert in that channel, and only there', () => {
    deliveries.record(first, ALERTS, 'msg-a1', 2000);
    expect(deliveries.messageId(first, ALERTS)).toBe('msg-a1');
    // Same alert, other channel; same channel, other alert: neither was delivered.
    expect(deliveries.messageId(first, MADURO_CHANNEL)).toBeNull();
    expect(deliveries.messageId(second, ALERTS)).toBeNull();
  });
});

describe('DeliveriesRepo.record', () => {
  it('keeps the first message when the same channel is recorded again', () => {
    deliveries.record(first, ALERTS, 'msg-a1', 2000);
    deliveries.record(first, ALERTS, 'msg-resent', 3000);
    expect(deliveries.messageId(first, ALERTS)).toBe('msg-a1');
    expect(deliveries.forAlert(first)).toEqual([{ channelId: ALERTS, messageId: 'msg-a1', deliveredAt: 2000, kind: 'alert' }]);
  });

  it('refuses a delivery for an alert that does not exist', () => {
    expect(() => deliveries.record(first + second + 100, ALERTS, 'msg-x', 2000)).toThrow(/FOREIGN KEY/);
  });
});

describe('DeliveriesRepo.forAlert', () => {
  it('is empty for an alert not delivered anywhere', () => {
    expect(deliveries.forAlert(first)).toEqual([]);
  });

  it('lists the channels reached in delivery order, ties by channel id, leaving other alerts out', () => {
    deliveries.record(first, MADURO_CHANNEL, 'msg-m1', 3000);
    deliveries.record(first, CLAIMS_CHANNEL, 'msg-c1', 2000);
    deliveries.record(first, ALERTS, 'msg-a1', 3000);
    deliveries.record(second, ALERTS, 'msg-a2', 1000);
    expect(deliveries.forAlert(first)).toEqual([
      { channelId: CLAIMS_CHANNEL, messageId: 'msg-c1', deliveredAt: 2000, kind: 'alert' },
      { channelId: ALERTS, messageId: 'msg-a1', deliveredAt: 3000, kind: 'alert' },
      { channelId: MADURO_CHANNEL, messageId: 'msg-m1', deliveredAt: 3000, kind: 'alert' },
    ]);
    expect(deliveries.forAlert(second)).toEqual([{ channelId: ALERTS, messageId: 'msg-a2', deliveredAt: 1000, kind: 'alert' }]);
  });

  it('says which messages are roll-ups shared with other alerts', () => {
    deliveries.record(first, ALERTS, 'msg-rollup', 2000, 'rollup');
    deliveries.record(second, ALERTS, 'msg-rollup', 2000, 'rollup');
    deliveries.record(first, MADURO_CHANNEL, 'msg-m1', 3000);
    expect(deliveries.forAlert(first).map((delivery) => [delivery.messageId, delivery.kind])).toEqual([
      ['msg-rollup', 'rollup'],
      ['msg-m1', 'alert'],
    ]);
  });
});

describe('DeliveriesRepo.giveUp', () => {
  it('settles the channel for that alert only, keeping the first reason', () => {
    deliveries.giveUp(first, MADURO_CHANNEL, '404 Unknown Channel (code 10003)', 2000);
    deliveries.giveUp(first, MADURO_CHANNEL, '403 Missing Access (code 50001)', 3000);
    expect(deliveries.giveUpsFor(first)).toEqual([{ channelId: MADURO_CHANNEL, reason: '404 Unknown Channel (code 10003)' }]);
    expect(deliveries.giveUpsFor(second)).toEqual([]);
    expect(deliveries.isSettled(first, MADURO_CHANNEL)).toBe(true);
    expect(deliveries.isSettled(second, MADURO_CHANNEL)).toBe(false);
    // Given up is not delivered: there is no message to edit or to return.
    expect(deliveries.messageId(first, MADURO_CHANNEL)).toBeNull();
    expect(deliveries.forAlert(first)).toEqual([]);
  });

  it('lists an alert’s give-ups in the order they happened, and counts them all', () => {
    deliveries.giveUp(first, MADURO_CHANNEL, 'second', 3000);
    deliveries.giveUp(first, CLAIMS_CHANNEL, 'first', 2000);
    deliveries.giveUp(second, CLAIMS_CHANNEL, 'other alert', 2000);
    expect(deliveries.giveUpsFor(first).map((giveUp) => giveUp.reason)).toEqual(['first', 'second']);
    expect(deliveries.givenUpCount()).toBe(3);
  });
});

describe('DeliveriesRepo.isSettled', () => {
  it('is true once the alert reached the channel, false before', () => {
    expect(deliveries.isSettled(first, ALERTS)).toBe(false);
    deliveries.record(first, ALERTS, 'msg-a1', 2000);
    expect(deliveries.isSettled(first, ALERTS)).toBe(true);
  });
});
