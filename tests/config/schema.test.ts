/**
 * The settings, feeds and figures schemas on their own, given plain values: every default, the bounds of each numeric
 * setting at and past its edge, and errors that name the field and say what is wanted. Reading
 * whole config directories is load-config.test.ts's; claims.yaml's schema is claims-schema.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { aliasSchema, entitySchema, feedSchema, feedsFileSchema, settingsSchema } from '../../src/config/schema';
import { problemsOf, SLUG_MESSAGE } from '../support/schema-problems';

/** { a: { b: value } } from 'a.b'. */
function at(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

const MB = 1024 * 1024;
const CHANNEL = '100000000000000001';
const SNOWFLAKE_MESSAGE = 'must be a Discord id: 17 to 20 digits';

describe('settingsSchema defaults', () => {
  it('makes a complete configuration from nothing, with the documented values', () => {
    expect(settingsSchema.parse({})).toEqual({
      poll: {
        schedule: '* * * * *',
        concurrency: 8,
        perHost: 2,
        backfill: 0,
        interval: 600,
        maxInterval: 6 * 3600,
        backoffCap: 6 * 3600,
        maxErrors: 10,
        timeout: 20,
        maxBytes: 10 * MB,
        maxRedirects: 5,
        userAgent: 'vigia/0.1 (news feed monitor)',
        allowPrivateHosts: [],
      },
      parse: { workers: 1, timeout: 5000, maxMemory: 128 },
      delivery: { rollupOver: 10 },
      match: { contextWindow: 8 },
      discord: { routes: [], digest: { schedule: '0 8 * * *', hours: 24 } },
      log: { level: 'info' },
    });
  });

  it('fills what a nested section leaves out and leaves optional channels unset', () => {
    const settings = settingsSchema.parse({ discord: { digest: { hours: 48 } } });
    expect(settings.discord).toEqual({ routes: [], digest: { schedule: '0 8 * * *', hours: 48 } });
    expect(settings.discord.alertChannel).toBeUndefined();
    expect(settings.discord.healthChannel).toBeUndefined();
  });
});

describe('settingsSchema bounds', () => {
  // [setting, lowest accepted, highest accepted or null when unbounded]
  const bounds: Array<[string, number, number | null]> = [
    ['poll.concurrency', 1, 64],
    ['poll.perHost', 1, 16],
    ['poll.backfill', 0, 100],
    ['poll.interval', 30, null],
    ['poll.maxErrors', 1, null],
    ['poll.timeout', 1, 300],
    ['poll.maxBytes', 1, null],
    ['poll.maxRedirects', 0, 20],
    ['parse.workers', 1, 8],
    ['parse.maxMemory', 16, null],
    ['delivery.rollupOver', 1, null],
    ['match.contextWindow', 1, 50],
    ['discord.digest.hours', 1, 24 * 31],
  ];

  it.each(bounds)('%s accepts %s up to %s and names itself when past either edge', (path, lowest, highest) => {
    expect(problemsOf(settingsSchema, at(path, lowest))).toEqual([]);
    expect(problemsOf(settingsSchema, at(path, lowest - 1))).toEqual([expect.stringMatching(new RegExp(`^${path.replaceAll('.', '\\.')}: Too small: `))]);
    if (highest === null) return;
    expect(problemsOf(settingsSchema, at(path, highest))).toEqual([]);
    expect(problemsOf(settingsSchema, at(path, highest + 1))).toEqual([expect.stringMatching(new RegExp(`^${path.replaceAll('.', '\\.')}: Too big: `))]);
  });

  it('takes whole numbers only, and numbers only: the file is not coerced', () => {
    expect(problemsOf(settingsSchema, { poll: { concurrency: 2.5 } })).toEqual(['poll.concurrency: Invalid input: expected int, received number']);
    expect(problemsOf(settingsSchema, { poll: { concurrency: '4' } })).toEqual(['poll.concurrency: Invalid input: expected number, received string']);
  });

  it('names the allowed log levels', () => {
    expect(problemsOf(settingsSchema, { log: { level: 'verbose' } })).toEqual([
      'log.level: Invalid option: expected one of "trace"|"debug"|"info"|"warn"|"error"|"fatal"|"silent"',
    ]);
  });
});

describe('settingsSchema text and ids', () => {
  it('trims text settings and refuses blank ones', () => {
    expect(settingsSchema.parse({ poll: { userAgent: '  vigia-test/1.0  ' } }).poll.userAgent).toBe('vigia-test/1.0');
    expect(problemsOf(settingsSchema, { poll: { userAgent: '   ' } })).toEqual(['poll.userAgent: must not be empty']);
    expect(problemsOf(settingsSchema, { poll: { allowPrivateHosts: ['intranet.local', ' '] } })).toEqual(['poll.allowPrivateHosts[1]: must not be empty']);
    expect(problemsOf(settingsSchema, { discord: { digest: { schedule: '' } } })).toEqual(['discord.digest.schedule: must not be empty']);
  });

  it('takes Discord ids of 17 to 20 digits, wherever a channel is set', () => {
    const ok = { alertChannel: '1'.repeat(17), healthChannel: '9'.repeat(20), digest: { channel: CHANNEL }, routes: [{ channel: CHANNEL }] };
    expect(problemsOf(settingsSchema, { discord: ok })).toEqual([]);
    const bad = { alertChannel: '1'.repeat(16), healthChannel: '9'.repeat(21), digest: { channel: '#alertas' }, routes: [{ channel: 'general' }] };
    expect(problemsOf(settingsSchema, { discord: bad }).sort()).toEqual(
      [
        `discord.alertChannel: ${SNOWFLAKE_MESSAGE}`,
        `discord.healthChannel: ${SNOWFLAKE_MESSAGE}`,
        `discord.digest.channel: ${SNOWFLAKE_MESSAGE}`,
        `discord.routes[0].channel: ${SNOWFLAKE_MESSAGE}`,
      ].sort(),
    );
  });

  it('gives a route no figures or claims by default, and checks the ids it names', () => {
    expect(settingsSchema.parse({ discord: { routes: [{ channel: CHANNEL }] } }).discord.routes).toEqual([{ channel: CHANNEL, entities: [], claims: [] }]);
    expect(problemsOf(settingsSchema, { discord: { routes: [{ channel: CHANNEL, entities: ['Nicolás Maduro'], claims: ['state-cartel'] }] } })).toEqual([
      `discord.routes[0].entities[0]: ${SLUG_MESSAGE}`,
    ]);
  });

  it('refuses a misspelt key in the discord section and its routes and digest', () => {
    expect(problemsOf(settingsSchema, { discord: { alertchannel: CHANNEL } })).toEqual(['discord: Unrecognized key: "alertchannel"']);
    expect(problemsOf(settingsSchema, { discord: { routes: [{ channel: CHANNEL, figures: [] }] } })).toEqual(['discord.routes[0]: Unrecognized key: "figures"']);
    expect(problemsOf(settingsSchema, { discord: { digest: { hour: 12 } } })).toEqual(['discord.digest: Unrecognized key: "hour"']);
    // A misspelt setting in any section is refused, not dropped for its default.
    expect(problemsOf(settingsSchema, { poll: { concurency: 3 } })).toEqual(['poll: Unrecognized key: "concurency"']);
    expect(problemsOf(settingsSchema, { parse: { worker: 4 } })).toEqual(['parse: Unrecognized key: "worker"']);
    expect(problemsOf(settingsSchema, { delivery: { rollup: 5 } })).toEqual(['delivery: Unrecognized key: "rollup"']);
    expect(problemsOf(settingsSchema, { match: { window: 5 } })).toEqual(['match: Unrecognized key: "window"']);
    expect(problemsOf(settingsSchema, { log: { levl: 'debug' } })).toEqual(['log: Unrecognized key: "levl"']);
  });
});

describe('feedSchema', () => {
  it('needs only a URL; the feed is enabled unless it says otherwise', () => {
    expect(feedSchema.parse({ url: 'http://radio.example/rss' })).toEqual({ url: 'http://radio.example/rss', enabled: true });
    expect(feedSchema.parse({ url: 'https://radio.example/rss', enabled: false, name: ' Radio ', interval: 30, language: 'es' })).toEqual({
      url: 'https://radio.example/rss',
      enabled: false,
      name: 'Radio',
      interval: 30,
      language: 'es',
    });
  });

  it('refuses a missing URL, a checking interval under 30 s, a blank name and an unknown key, naming each', () => {
    expect(problemsOf(feedSchema, { name: 'Radio' })).toEqual(['url: not a URL (http or https)']);
    const noCredentials = ['url: must not contain a user name or password: vigia sends none, and /feeds list would show them'];
    expect(problemsOf(feedSchema, { url: 'https://reader:secret@radio.example/rss' })).toEqual(noCredentials);
    expect(problemsOf(feedSchema, { url: 'https://reader@radio.example/rss' })).toEqual(noCredentials);
    expect(problemsOf(feedSchema, { url: 'https://radio.example/rss?by=@reader' })).toEqual([]);
    expect(problemsOf(feedSchema, { url: 'https://radio.example/rss', interval: 29 })).toEqual(['interval: Too small: expected number to be >=30']);
    expect(problemsOf(feedSchema, { url: 'https://radio.example/rss', name: '  ' })).toEqual(['name: must not be empty']);
    expect(problemsOf(feedSchema, { url: 'https://radio.example/rss', title: 'Radio' })).toEqual(['Unrecognized key: "title"']);
  });

  it('takes a two-letter lowercase language code only', () => {
    for (const language of ['ES', 'spa', 'e', 'es-VE']) {
      expect(problemsOf(feedSchema, { url: 'https://radio.example/rss', language })).toEqual(['language: must be a two-letter language code like "es"']);
    }
  });

  it('gives a feeds file with no list an empty one', () => {
    expect(feedsFileSchema.parse({})).toEqual({ feeds: [] });
  });
});

describe('aliasSchema', () => {
  it('takes plain text, or an object that is unambiguous unless it says so', () => {
    expect(aliasSchema.parse('Maduro Moros')).toBe('Maduro Moros');
    expect(aliasSchema.parse({ text: 'Los Soles' })).toEqual({ text: 'Los Soles', ambiguous: false });
    expect(aliasSchema.parse({ text: 'TdA', case: 'exact' })).toEqual({ text: 'TdA', ambiguous: false, case: 'exact' });
    expect(aliasSchema.parse({ text: 'Flores', ambiguous: true, case: 'capitalized' })).toEqual({ text: 'Flores', ambiguous: true, case: 'capitalized' });
  });

  it('refuses a blank alias', () => {
    expect(problemsOf(aliasSchema, '  ')).toEqual(['must not be empty']);
  });
});

describe('entitySchema', () => {
  it('fills every list and the profile when left out', () => {
    expect(entitySchema.parse({ id: 'alex-saab', name: 'Alex Saab', kind: 'person' })).toEqual({
      id: 'alex-saab',
      name: 'Alex Saab',
      kind: 'person',
      aliases: [],
      context: [],
      negative: [],
      lookalikes: [],
      profile: { rewards: [], charges: [], sanctions: [], notes: [] },
    });
  });

  it('takes years of birth and death, and refuses a death before the birth or a number that is no year', () => {
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', born: 1954, died: 2013 })).toEqual([]);
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', born: 1954, died: 1950 })).toEqual(['died: died before being born']);
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', born: 62 })).toEqual(['born: a year, like 1962']);
  });

  it('takes a context reach of the sentence or its neighbours, and names any other value', () => {
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', contextReach: 'neighbours' })).toEqual([]);
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', contextReach: 'paragraph' })).toHaveLength(1);
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', contextReach: 'paragraph' })[0]).toMatch(/^contextReach: /);
  });

  it('takes ids of lowercase words and digits joined by single hyphens', () => {
    for (const id of ['eln', 'tren-de-aragua', 'g2']) expect(problemsOf(entitySchema, { id, name: 'X', kind: 'organization' })).toEqual([]);
    for (const id of ['Nicolas-Maduro', 'nicolás-maduro', 'tren--de-aragua', '-eln', 'eln-', 'tren de aragua']) {
      expect(problemsOf(entitySchema, { id, name: 'X', kind: 'organization' })).toEqual([`id: ${SLUG_MESSAGE}`]);
    }
  });

  it('names the allowed kinds, blank words and unknown profile keys', () => {
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'cartel' })).toEqual(['kind: Invalid option: expected one of "person"|"organization"|"place"']);
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', context: ['presidente', ''] })).toEqual(['context[1]: must not be empty']);
    expect(problemsOf(entitySchema, { id: 'x', name: 'X', kind: 'person', profile: { reward: '$25 million' } })).toEqual(['profile: Unrecognized key: "reward"']);
  });
});
