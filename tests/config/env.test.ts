import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyEnv, envName, settingLeaves } from '../../src/config/env';
import { settingsSchema } from '../../src/config/schema';

describe('envName', () => {
  it('names a setting path in upper snake case with the VIGIA_ prefix', () => {
    expect(envName(['poll', 'perHost'])).toBe('VIGIA_POLL_PER_HOST');
    expect(envName(['parse', 'maxMemory'])).toBe('VIGIA_PARSE_MAX_MEMORY');
    expect(envName(['log', 'level'])).toBe('VIGIA_LOG_LEVEL');
  });
});

describe('settingLeaves', () => {
  it('walks through defaults down to every leaf setting with its type', () => {
    const leaves = settingLeaves(settingsSchema);
    expect(leaves).toContainEqual({ path: ['poll', 'schedule'], type: 'string' });
    expect(leaves).toContainEqual({ path: ['poll', 'perHost'], type: 'number' });
    expect(leaves).toContainEqual({ path: ['log', 'level'], type: 'enum' });
    // Optional settings without a default, and nested groups, are leaves too.
    expect(leaves).toContainEqual({ path: ['discord', 'alertChannel'], type: 'string' });
    expect(leaves).toContainEqual({ path: ['discord', 'digest', 'schedule'], type: 'string' });
    const defaults = settingsSchema.parse({});
    const withDefaults = Object.entries(defaults.poll).map(([key]) => ['poll', key]);
    expect(leaves.map((leaf) => leaf.path)).toEqual(expect.arrayContaining(withDefaults));
    expect(leaves.map((leaf) => leaf.path.join('.'))).toEqual([...new Set(leaves.map((leaf) => leaf.path.join('.')))]);
  });
});

describe('applyEnv', () => {
  it('overrides file settings with converted values and remembers which variable set them', () => {
    const file = { poll: { schedule: '*/5 * * * *', perHost: 1 } };
    const overlay = applyEnv(settingsSchema, file, { VIGIA_POLL_PER_HOST: ' 4 ', VIGIA_POLL_BACKFILL: '3', VIGIA_LOG_LEVEL: 'debug' });
    expect(overlay.settings).toEqual({ poll: { schedule: '*/5 * * * *', perHost: 4, backfill: 3 }, log: { level: 'debug' } });
    expect(overlay.sources).toEqual(
      new Map([
        ['poll.perHost', 'VIGIA_POLL_PER_HOST'],
        ['poll.backfill', 'VIGIA_POLL_BACKFILL'],
        ['log.level', 'VIGIA_LOG_LEVEL'],
      ]),
    );
    expect(overlay.problems).toEqual([]);
  });

  it('does not change the settings it was given', () => {
    const file = { poll: { perHost: 1 } };
    applyEnv(settingsSchema, file, { VIGIA_POLL_PER_HOST: '4' });
    expect(file).toEqual({ poll: { perHost: 1 } });
  });

  it('passes a value that is not a number through unchanged, for the schema to reject', () => {
    const overlay = applyEnv(settingsSchema, {}, { VIGIA_POLL_CONCURRENCY: 'lots' });
    expect(overlay.settings).toEqual({ poll: { concurrency: 'lots' } });
    expect(settingsSchema.safeParse(overlay.settings).success).toBe(false);
  });

  it('reports VIGIA_ variables that name no setting, and ignores other variables', () => {
    const overlay = applyEnv(settingsSchema, {}, { VIGIA_POLL_SCHEDUEL: '* * * * *', PATH: '/usr/bin', DISCORD_TOKEN: 'x' });
    expect(overlay.problems).toEqual([{ where: 'environment VIGIA_POLL_SCHEDUEL', path: '', message: expect.stringContaining('no such setting') }]);
    expect(overlay.settings).toEqual({});
  });

  it('converts booleans and comma-separated lists by the setting type', () => {
    const schema = z.object({ feature: z.object({ on: z.boolean().default(false), tags: z.array(z.string()).default([]) }).prefault({}) });
    expect(applyEnv(schema, {}, { VIGIA_FEATURE_ON: 'yes', VIGIA_FEATURE_TAGS: 'a, b,c' }).settings).toEqual({ feature: { on: true, tags: ['a', 'b', 'c'] } });
    expect(applyEnv(schema, {}, { VIGIA_FEATURE_ON: 'No', VIGIA_FEATURE_TAGS: '' }).settings).toEqual({ feature: { on: false, tags: [] } });
    expect(applyEnv(schema, {}, { VIGIA_FEATURE_ON: 'maybe' }).settings).toEqual({ feature: { on: 'maybe' } });
  });
});
