/**
 * /status's embed: uptime with its start as a Discord timestamp, the last poll, alerts waiting, feed
 * health counts with the colour they set, and what is tracked, singular and plural.
 */
import { describe, expect, it } from 'vitest';
import { formatStatus, type StatusView } from '../../src/format/format-status';
import { messageProblems } from '../support/fake-discord-payloads';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = 1_800_000_000_000;

const view = (overrides: Partial<StatusView> = {}): StatusView => ({
  now: NOW,
  startedAt: NOW - (3 * HOUR + 12 * MINUTE),
  feeds: { healthy: 12, failing: 0, disabled: 0 },
  lastPollAt: NOW - 2 * MINUTE,
  alertsWaiting: 0,
  deliveriesGivenUp: 0,
  stories: 340,
  figures: 22,
  claims: 9,
  ...overrides,
});

const value = (view: StatusView, name: string): string | undefined => formatStatus(view).fields!.find((field) => field.name === name)?.value;

describe('formatStatus', () => {
  it('shows uptime, last poll, alerts waiting, feeds and what is tracked, green when all feeds are healthy', () => {
    expect(formatStatus(view())).toEqual({
      title: 'vigia status',
      color: 0x3ba55d,
      fields: [
        // Start: NOW - 3 h 12 min = 1799988480 s.
        { name: 'Uptime', value: '3 h 12 min (since <t:1799988480:f>)', inline: true },
        { name: 'Last poll', value: '<t:1799999880:R>', inline: true },
        { name: 'Alerts waiting', value: '0', inline: true },
        { name: 'Feeds', value: '12 healthy · 0 failing · 0 disabled' },
        { name: 'Tracking', value: '22 figures · 9 claims · 340 stories stored' },
      ],
    });
  });

  it('says "not yet" before the first poll', () => {
    expect(value(view({ lastPollAt: null }), 'Last poll')).toBe('not yet');
  });

  it('turns amber when any feed is failing or disabled', () => {
    expect(formatStatus(view({ feeds: { healthy: 11, failing: 1, disabled: 0 } })).color).toBe(0xf0a020);
    expect(formatStatus(view({ feeds: { healthy: 11, failing: 0, disabled: 1 } })).color).toBe(0xf0a020);
    expect(value(view({ feeds: { healthy: 10, failing: 1, disabled: 1 } }), 'Feeds')).toBe('10 healthy · 1 failing · 1 disabled');
  });

  it('counts in the singular for one and the plural otherwise', () => {
    expect(value(view({ figures: 1, claims: 1, stories: 1 }), 'Tracking')).toBe('1 figure · 1 claim · 1 story stored');
    expect(value(view({ figures: 0, claims: 0, stories: 0 }), 'Tracking')).toBe('0 figures · 0 claims · 0 stories stored');
  });

  it('gives the uptime in minutes, hours and minutes, or days and hours', () => {
    expect(value(view({ startedAt: NOW - 45 * MINUTE }), 'Uptime')).toMatch(/^45 min \(since <t:\d+:f>\)$/);
    expect(value(view({ startedAt: NOW - 52 * HOUR }), 'Uptime')).toMatch(/^2 d 4 h \(since /);
    // Just started: less than a minute.
    expect(value(view({ startedAt: NOW - 20_000 }), 'Uptime')).toBe('0 min (since <t:1799999980:f>)');
    // A start time after now (a clock step back) is not a negative uptime.
    expect(value(view({ startedAt: NOW + 5 * MINUTE }), 'Uptime')).toBe('0 min (since <t:1800000300:f>)');
  });

  it('shows how many alerts wait to be sent', () => {
    expect(value(view({ alertsWaiting: 37 }), 'Alerts waiting')).toBe('37');
    // Shown only once Discord has refused a channel for good.
    expect(formatStatus(view()).fields!.map((field) => field.name)).not.toContain('Deliveries given up');
    expect(value(view({ deliveriesGivenUp: 3 }), 'Deliveries given up')).toMatch(/^3: a channel Discord refuses/);
  });

  it('is a message Discord accepts', () => {
    expect(messageProblems({ embeds: [formatStatus(view({ stories: 1_234_567, alertsWaiting: 10_000 }))] })).toEqual([]);
  });
});
