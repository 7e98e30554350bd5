/**
 * scheduleDigest (src/app/schedule-digest.ts): on its cron schedule the digest of the configured
 * hours goes, through the real discord.js client, to the fake Discord's digest channel, or to the
 * alert channel when none is set; without either nothing is scheduled; a failed post is logged and
 * the next tick tries again; stop() ends the schedule.
 */
import cron from 'node-cron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleDigest } from '../../src/app/schedule-digest';
import type { Settings } from '../../src/config/schema';
import { channelSender } from '../../src/discord/send-to-channel';
import { createLogger } from '../../src/log';
import { closeHarness, startSeededHarness } from '../support/command-replies';
import type { CommandHarness } from '../support/command-harness';
import { HOUR, NOW } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

const EVERY_SECOND = '* * * * * *';
const WAIT = { timeout: 15_000, interval: 50 };

let h: CommandHarness;
let logs: Array<Record<string, unknown>>;
let schedules: Array<{ stop(): Promise<void> }>;

beforeEach(async () => {
  h = await startSeededHarness();
  logs = [];
  schedules = [];
});

afterEach(async () => {
  for (const schedule of schedules) await schedule.stop();
  await closeHarness(h);
});

/** The harness's settings with the digest and alert channel a test chooses. */
function settingsWith(digest: { schedule?: string; channel?: string; hours?: number }, alertChannel?: string): Settings {
  const { discord } = h.ctx.settings;
  return { ...h.ctx.settings, discord: { ...discord, alertChannel, digest: { ...discord.digest, ...digest } } };
}

function start(settings: Settings): { stop(): Promise<void> } {
  const log = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const schedule = scheduleDigest(settings, h.ctx, channelSender(h.client), log);
  schedules.push(schedule);
  return schedule;
}

const embedsIn = (channelId: string) => h.fake.messagesIn(channelId).map((message) => (message.body.embeds as Array<Record<string, unknown>>)[0]!);

describe('scheduleDigest', () => {
  it('posts the digest of the configured hours to the digest channel on schedule, and logs it', async () => {
    start(settingsWith({ schedule: EVERY_SECOND, channel: h.fake.channels.other, hours: 48 }, h.fake.channels.alerts));
    await vi.waitFor(() => expect(h.fake.messagesIn(h.fake.channels.other).length).toBeGreaterThan(0), WAIT);
    const [message] = h.fake.messagesIn(h.fake.channels.other);
    expect(message!.body).toMatchObject({ allowed_mentions: { parse: [] } });
    const [embed] = embedsIn(h.fake.channels.other);
    expect(embed!.title).toBe('Digest — last 48 hours');
    // The period ends at the context's clock, not the machine's.
    expect(String(embed!.description)).toMatch(new RegExp(`^<t:${(NOW - 48 * HOUR) / 1000}:f> to <t:${NOW / 1000}:f>\n`));
    expect((embed!.fields as Array<{ name: string; value: string }>).find((field) => field.name === 'Figures (stories)')!.value).toBe('Diosdado Cabello — 2\nNicolás Maduro — 2');
    expect(h.fake.messagesIn(h.fake.channels.alerts)).toEqual([]);
    await vi.waitFor(() => expect(logs.some((line) => line.msg === 'digest posted')).toBe(true), WAIT);
    expect(logs.find((line) => line.msg === 'digest posted')).toMatchObject({ channel: h.fake.channels.other, message: message!.id, hours: 48 });
  });

  it('posts to the alert channel when no digest channel is set', async () => {
    start(settingsWith({ schedule: EVERY_SECOND, hours: 24 }, h.fake.channels.alerts));
    await vi.waitFor(() => expect(h.fake.messagesIn(h.fake.channels.alerts).length).toBeGreaterThan(0), WAIT);
    expect(embedsIn(h.fake.channels.alerts)[0]!.title).toBe('Digest — last 24 hours');
    expect(h.fake.messagesIn(h.fake.channels.other)).toEqual([]);
  });

  it('schedules nothing when there is neither a digest nor an alert channel', async () => {
    const before = cron.getTasks().size;
    const schedule = start(settingsWith({ schedule: EVERY_SECOND }));
    expect(cron.getTasks().size).toBe(before);
    await expect(schedule.stop()).resolves.toBeUndefined();
  });

  it('logs a failed post with its channel and reason, keeps the schedule, and posts on the next tick', async () => {
    h.fake.failNext('message', [403]);
    start(settingsWith({ schedule: EVERY_SECOND, channel: h.fake.channels.other }));
    await vi.waitFor(() => expect(logs.some((line) => line.msg === 'digest posted')).toBe(true), WAIT);
    expect(h.fake.messagesIn(h.fake.channels.other).length).toBeGreaterThan(0);
    const failed = logs.find((line) => line.msg === 'digest failed');
    expect(failed).toMatchObject({ level: 50, channel: h.fake.channels.other });
    expect(String(failed!.error)).toContain('403');
    expect(logs.findIndex((line) => line.msg === 'digest failed')).toBeLessThan(logs.findIndex((line) => line.msg === 'digest posted'));
  });

  it('logs every tick that cannot reach its channel, without stopping', async () => {
    // A well-formed id that names no channel the bot can see.
    const missing = '112233445566778899';
    start(settingsWith({ schedule: EVERY_SECOND, channel: missing }));
    await vi.waitFor(() => expect(logs.filter((line) => line.msg === 'digest failed').length).toBeGreaterThanOrEqual(2), WAIT);
    expect(logs.filter((line) => line.msg === 'digest failed').every((line) => line.channel === missing)).toBe(true);
    expect(h.fake.messages).toEqual([]);
  });

  it('stops its cron task on stop()', async () => {
    const before = new Set(cron.getTasks().keys());
    const schedule = start(settingsWith({ schedule: EVERY_SECOND, channel: h.fake.channels.other }));
    const task = [...cron.getTasks().values()].find((candidate) => !before.has(candidate.id))!;
    expect(task.getPattern()).toBe(EVERY_SECOND);
    expect(task.getStatus()).not.toBe('stopped');
    await schedule.stop();
    expect(task.getStatus()).toBe('stopped');
  });
});
