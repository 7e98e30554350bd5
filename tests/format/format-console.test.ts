import { describe, expect, it } from 'vitest';
import { formatConsoleAlert, formatJsonAlert, formatTime } from '../../src/format/format-console';
import type { AlertPayload } from '../../src/model';

const alert: AlertPayload = {
  storyId: 'g:abc123',
  feedName: 'El Pitazo',
  feedUrl: 'https://elpitazo.net/feed/',
  url: 'https://elpitazo.net/politica/cabello-niega/',
  title: 'Cabello niega acusaciones',
  publishedAt: Date.UTC(2025, 10, 3, 14, 5, 59),
  lang: 'es',
  entities: [
    { id: 'diosdado-cabello', name: 'Diosdado Cabello', mentions: 3 },
    { id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 1 },
  ],
  claims: [
    {
      id: 'cartel-de-los-soles',
      stance: 'disputes',
      evidence: 'Cabello negó que exista el Cartel de los Soles.',
      asserting: [],
      disputing: [{ sentence: 'Cabello negó que exista el Cartel de los Soles.', source: 'Cabello' }],
    },
  ],
  summary: 'El ministro rechazó las acusaciones de EE. UU.',
};

const HOSTILE = 'Real\u001b[2J\u001b[31m title\r\n■ Fake alert\u202eevil\u2066\u009b1m';
const hostile: AlertPayload = {
  ...alert,
  title: HOSTILE,
  feedName: HOSTILE,
  url: `https://example.com/${HOSTILE}`,
  entities: [{ id: 'x', name: HOSTILE, mentions: 1 }],
  claims: [{ ...alert.claims[0]!, evidence: HOSTILE }],
  summary: HOSTILE,
};
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('formatTime', () => {
  it('formats epoch milliseconds as UTC to the minute', () => {
    expect(formatTime(Date.UTC(2025, 10, 3, 14, 5, 59))).toBe('2025-11-03 14:05 UTC');
    expect(formatTime(0)).toBe('1970-01-01 00:00 UTC');
  });

  it('says so when the time is unknown', () => {
    expect(formatTime(null)).toBe('time unknown');
  });
});

describe('formatConsoleAlert', () => {
  it('shows title, outlet, time, language, link, figures, claims and summary', () => {
    expect(formatConsoleAlert(alert)).toBe(
      [
        '■ Cabello niega acusaciones',
        '  El Pitazo · 2025-11-03 14:05 UTC · es',
        '  https://elpitazo.net/politica/cabello-niega/',
        '  Figures: Diosdado Cabello (3), Nicolás Maduro (1)',
        '  Claim cartel-de-los-soles — disputes: “Cabello negó que exista el Cartel de los Soles.”',
        '  El ministro rechazó las acusaciones de EE. UU.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the lines it has nothing for', () => {
    const bare = formatConsoleAlert({ ...alert, title: '  ', url: null, publishedAt: null, entities: [], claims: [], summary: '' });
    expect(bare).toBe('■ (untitled)\n  El Pitazo · time unknown · es\n');
  });

  it('omits the quote of a claim without evidence', () => {
    const out = formatConsoleAlert({ ...alert, claims: [{ ...alert.claims[0]!, stance: 'mentions', evidence: '' }] });
    expect(out).toContain('  Claim cartel-de-los-soles — mentions\n');
  });

  it('lets no escape sequence, carriage return or bidi override from the feed through', () => {
    const out = formatConsoleAlert(hostile);
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('Real [2J [31m title ■ Fake alertevil 1m');
  });

  it('keeps feed text from faking extra lines or another alert', () => {
    const out = formatConsoleAlert(hostile);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.filter((line) => line.startsWith('■'))).toHaveLength(1);
  });
});

describe('formatJsonAlert', () => {
  it('writes one JSON object on one line, with the documented fields', () => {
    const line = formatJsonAlert(alert);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      story: 'g:abc123',
      feed: 'El Pitazo',
      feedUrl: 'https://elpitazo.net/feed/',
      url: 'https://elpitazo.net/politica/cabello-niega/',
      title: 'Cabello niega acusaciones',
      published: '2025-11-03T14:05:59.000Z',
      language: 'es',
      entities: [
        { id: 'diosdado-cabello', name: 'Diosdado Cabello' },
        { id: 'nicolas-maduro', name: 'Nicolás Maduro' },
      ],
      claims: [{ id: 'cartel-de-los-soles', stance: 'disputes', evidence: 'Cabello negó que exista el Cartel de los Soles.' }],
      summary: 'El ministro rechazó las acusaciones de EE. UU.',
    });
  });

  it('writes null for an unknown time and a missing link', () => {
    expect(JSON.parse(formatJsonAlert({ ...alert, publishedAt: null, url: null }))).toMatchObject({ published: null, url: null });
  });

  it('escapes control and bidi characters instead of writing them raw, without losing them', () => {
    const line = formatJsonAlert(hostile);
    expect(line.trimEnd()).not.toMatch(UNSAFE);
    expect(line.trimEnd()).not.toContain('\n');
    const parsed = JSON.parse(line) as { title: string; summary: string };
    expect(parsed.title).toBe(HOSTILE);
    expect(parsed.summary).toBe(HOSTILE);
  });
});
