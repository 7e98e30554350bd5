/**
 * /claim's embed: the statement, the 30-day stance counts, and the latest asserting and disputing
 * stories with their evidence; empty sides, Discord's limits, and feed text that tries to ping or
 * inject markdown.
 */
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../src/config/claims-schema';
import { formatClaim, type ClaimView } from '../../src/format/format-claim';
import type { ClaimStory } from '../../src/store/claim-stories-repo';
import { messageProblems } from '../support/fake-discord-payloads';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;

const claim = claimSchema.parse({ id: 'state-cartel', statement: "Venezuela's leadership runs the Cartel de los Soles" });

const story = (id: string, stance: ClaimStory['stance'], overrides: Partial<ClaimStory> = {}): ClaimStory => ({
  id,
  title: `Story ${id}`,
  url: `https://news.example/${id}`,
  feedName: 'Efecto Cocuyo',
  time: NOW - HOUR,
  lang: 'es',
  claimId: 'state-cartel',
  stance,
  evidence: `Evidence of ${id}.`,
  source: null,
  ...overrides,
});

const view = (overrides: Partial<ClaimView> = {}): ClaimView => ({
  claim,
  counts: { asserts: 2, disputes: 1, mentions: 5 },
  asserting: [
    story('a1', 'asserts', {
      title: 'Fiscales dicen que altos mandos operan el cartel',
      evidence: 'Los fiscales afirman que altos mandos operan el Cartel de los Soles.',
      source: 'los fiscales',
    }),
  ],
  disputing: [
    story('d1', 'disputes', {
      title: 'Caracas says the cartel does not exist',
      feedName: 'Caracas Chronicles',
      time: NOW - 2 * HOUR,
      evidence: 'The government denies the cartel exists.',
    }),
  ],
  ...overrides,
});

// Whole seconds, as Discord's <t:…> wants them.
const AN_HOUR_AGO = '<t:1799996400:R>';
const TWO_HOURS_AGO = '<t:1799992800:R>';

describe('formatClaim', () => {
  it('shows the statement, the counts, and one block per story with its evidence', () => {
    expect(formatClaim(view())).toEqual({
      title: 'Claim state-cartel',
      description: "Venezuela's leadership runs the Cartel de los Soles\n\nLast 30 days: **2** asserting · **1** disputing · **5** mentioning",
      color: 0xf0a020,
      fields: [
        {
          name: 'Latest asserting',
          value: `• [Fiscales dicen que altos mandos operan el cartel](https://news.example/a1) — Efecto Cocuyo · ${AN_HOUR_AGO}\n> “Los fiscales afirman que altos mandos operan el Cartel de los Soles.” — los fiscales`,
        },
        {
          name: 'Latest disputing',
          value: `• [Caracas says the cartel does not exist](https://news.example/d1) — Caracas Chronicles · ${TWO_HOURS_AGO}\n> “The government denies the cartel exists.”`,
        },
      ],
    });
  });

  it('keeps the stories in the order given, newest first as the store returns them', () => {
    const asserting = [story('a1', 'asserts'), story('a2', 'asserts', { time: NOW - 5 * HOUR })];
    const value = formatClaim(view({ asserting })).fields![0]!.value;
    expect(value.indexOf('Story a1')).toBeGreaterThanOrEqual(0);
    expect(value.indexOf('Story a1')).toBeLessThan(value.indexOf('Story a2'));
    expect(value.split('\n')).toHaveLength(4);
  });

  it('says so when no stored story asserts or disputes it, with zero counts', () => {
    const embed = formatClaim(view({ counts: { asserts: 0, disputes: 0, mentions: 0 }, asserting: [], disputing: [] }));
    expect(embed.description).toBe("Venezuela's leadership runs the Cartel de los Soles\n\nLast 30 days: **0** asserting · **0** disputing · **0** mentioning");
    expect(embed.fields).toEqual([
      { name: 'Latest asserting', value: 'No stored story asserts it.' },
      { name: 'Latest disputing', value: 'No stored story disputes it.' },
    ]);
  });

  it('cuts a story title at 90 characters and the evidence to fit its quote', () => {
    const title = Array.from({ length: 30 }, (_, index) => `titular${index}`).join(' ');
    const evidence = Array.from({ length: 80 }, (_, index) => `prueba${index}`).join(' ');
    const value = formatClaim(view({ asserting: [story('a1', 'asserts', { title, evidence, source: 'un testigo' })] })).fields![0]!.value;
    const [line, quote] = value.split('\n');
    const label = /^• \[(.*)\]\(/.exec(line!)![1]!;
    expect(label.length).toBeLessThanOrEqual(90);
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
    expect(quote!.length).toBeLessThanOrEqual(260);
    expect(quote).toMatch(/^> “prueba0 prueba1 .*…” — un testigo$/);
  });

  it('keeps each list within a field value and counts what was left out', () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      story(`a${index}`, 'asserts', { title: `Long headline number ${index} ${'about the cartel '.repeat(4)}`, evidence: 'word '.repeat(60), source: 'an official' }),
    );
    const embed = formatClaim(view({ asserting: many, disputing: many.map((item) => ({ ...item, stance: 'disputes' as const })) }));
    for (const field of embed.fields!) {
      expect(field.value.length).toBeLessThanOrEqual(1024);
      expect(field.value).toMatch(/\n…and \d+ more$/);
      const shown = field.value.split('\n').filter((line) => line.startsWith('• ')).length;
      expect(Number(/…and (\d+) more$/.exec(field.value)![1])).toBe(30 - shown);
    }
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
  });

  it('escapes markdown and neutralises mentions in the statement and in every piece of feed text', () => {
    const nasty = '**Bold** _it_ `code` @everyone <@123456789012345678> [click](https://evil.example)';
    // Short enough, escaped, that the 90-character title cut leaves it whole.
    const nastyTitle = '_it_ @everyone <@123456789012345678> [click](https://evil.example)';
    const embed = formatClaim(
      view({
        claim: { ...claim, statement: `${nasty}\n# heading` },
        asserting: [story('a1', 'asserts', { title: nastyTitle, feedName: '~~Outlet~~ ||x|| @here', evidence: nasty, source: '<@&223456789012345678>' })],
        disputing: [],
      }),
    );
    const escaped = String.raw`\*\*Bold\*\* \_it\_ \`code\` @` + '\u200b' + String.raw`everyone <` + '\u200b' + String.raw`@123456789012345678\> \[click\]\(https://evil.example\)`;
    // A link's label is cleaned, not escaped (Discord would show the backslashes there).
    const titleLabel = '\u02cdit\u02cd @\u200beveryone <\u200b@123456789012345678> (click)(https:/\u200b/evil.example)';
    expect(embed.description!.startsWith(`${escaped}\n\\# heading\n\nLast 30 days:`)).toBe(true);
    const value = embed.fields![0]!.value;
    expect(value).toBe(`• [${titleLabel}](https://news.example/a1) — \\~\\~Outlet\\~\\~ \\|\\|x\\|\\| @\u200bhere · ${AN_HOUR_AGO}\n> “${escaped}” — <\u200b@&223456789012345678\\>`);
    for (const text of [embed.description!, value]) expect(text).not.toMatch(/@everyone|@here|<@/);
  });

  it('cuts a very long statement, escaped, and keeps the counts line after it', () => {
    // claims.yaml sets no length; "_" doubles when escaped.
    const embed = formatClaim(view({ claim: { ...claim, statement: 'el_cartel '.repeat(500) } }));
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description).toMatch(/^el\\_cartel .*…\n\nLast 30 days: \*\*\d+\*\* asserting/s);
  });

  it('drops control and bidi characters a feed slipped into its text', () => {
    const value = formatClaim(view({ asserting: [story('a1', 'asserts', { title: 'Cartel\u202e news\u0000', evidence: 'Evidence\u0007 here.' })] })).fields![0]!.value;
    expect(value).not.toMatch(/[\u0000\u0007\u202e]/);
    expect(value).toContain('[Cartel news](');
    expect(value).toContain('> “Evidence here.”');
  });
});
