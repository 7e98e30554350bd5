/**
 * One stored story as a listing line (linked title, outlet, Discord time, extra), claim stances in
 * words, and evidence quotes: exact output, cuts, and that feed text cannot ping or inject markdown.
 */
import { describe, expect, it } from 'vitest';
import { evidenceQuote, STANCE_WORDS, stancesText, storyLine, storyRef } from '../../src/format/format-story-line';
import type { StoryRef } from '../../src/store/story-ref';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;
// NOW - HOUR in whole seconds, as Discord's <t:…> wants it.
const AN_HOUR_AGO = '<t:1799996400:R>';

const ref = (overrides: Partial<StoryRef> = {}): StoryRef => ({
  id: 's1',
  title: 'Maduro niega los cargos de narcotráfico',
  url: 'https://elpitazo.example/politica/maduro-niega',
  feedName: 'El Pitazo',
  time: NOW - HOUR,
  lang: 'es',
  ...overrides,
});

describe('stancesText', () => {
  it('writes each claim id in code with its stance, in the order given', () => {
    expect(
      stancesText([
        { claimId: 'state-cartel', stance: 'asserts' },
        { claimId: 'transit-hub', stance: 'disputes' },
        { claimId: 'drugs-as-weapon', stance: 'mentions' },
      ]),
    ).toBe('`state-cartel` asserts, `transit-hub` disputes, `drugs-as-weapon` mentions');
  });

  it('is empty without claims, so callers can drop it', () => {
    expect(stancesText([])).toBe('');
  });

  it('has a word for every stance', () => {
    expect(STANCE_WORDS).toEqual({ asserts: 'asserts', disputes: 'disputes', mentions: 'mentions' });
  });
});

describe('storyRef and storyLine', () => {
  it('links the title, names the outlet and gives a relative Discord time', () => {
    expect(storyRef(ref())).toBe(`[Maduro niega los cargos de narcotráfico](https://elpitazo.example/politica/maduro-niega) — El Pitazo · ${AN_HOUR_AGO}`);
  });

  it('makes a bullet of it, with the extra after the time only when there is one', () => {
    const head = `• [Maduro niega los cargos de narcotráfico](https://elpitazo.example/politica/maduro-niega) — El Pitazo · ${AN_HOUR_AGO}`;
    expect(storyLine(ref())).toBe(head);
    expect(storyLine(ref(), '`state-cartel` disputes')).toBe(`${head} · \`state-cartel\` disputes`);
  });

  it('shows a plain title when the link is missing or not http(s)', () => {
    expect(storyRef(ref({ url: null }))).toBe(`Maduro niega los cargos de narcotráfico — El Pitazo · ${AN_HOUR_AGO}`);
    expect(storyRef(ref({ url: 'javascript:alert(1)' }))).toBe(`Maduro niega los cargos de narcotráfico — El Pitazo · ${AN_HOUR_AGO}`);
    expect(storyRef(ref({ url: '/relative/path' }))).toBe(`Maduro niega los cargos de narcotráfico — El Pitazo · ${AN_HOUR_AGO}`);
  });

  it('says (untitled) for a blank title', () => {
    // Not escaped: Discord shows backslashes inside a masked link's text, and parentheses are no markup there.
    expect(storyRef(ref({ title: '   ' }))).toMatch(/^\[\(untitled\)\]\(https:/);
    expect(storyRef(ref({ title: '\u200b\u00ad', url: null }))).toMatch(/^\\\(untitled\\\) — /);
  });

  it('cuts the title at titleMax and the outlet at 60 characters, on word boundaries', () => {
    const title = 'Fiscales de Nueva York acusan al cartel de mover cocaína por el Caribe durante años';
    const line = storyRef(ref({ title, feedName: `Diario ${'muy '.repeat(20)}largo` }), 30);
    const label = /^\[(.*)\]\(/.exec(line)![1]!;
    expect(label).toBe('Fiscales de Nueva York acusan…');
    const outlet = /\) — (.*) · <t:/.exec(line)![1]!;
    expect(outlet.length).toBeLessThanOrEqual(60);
    expect(outlet.endsWith('…')).toBe(true);
    expect(`Diario ${'muy '.repeat(20)}`.startsWith(outlet.slice(0, -1))).toBe(true);
  });

  it('uses 110 characters of the title by default', () => {
    const title = Array.from({ length: 40 }, (_, index) => `palabra${index}`).join(' ');
    const label = /^\[(.*)\]\(/.exec(storyRef(ref({ title })))![1]!;
    expect(label.length).toBeLessThanOrEqual(110);
    expect(label.length).toBeGreaterThan(100);
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
  });

  it('keeps a title from breaking out of its link or adding markdown', () => {
    const line = storyRef(ref({ title: 'Nuevo **video**] (https://evil.example) _falso_ ~~x~~ `c` ||s||' }));
    expect(line.startsWith('[Nuevo \u2217\u2217video\u2217\u2217) (https:/\u200b/evil.example) \u02cdfalso\u02cd \u223c\u223cx\u223c\u223c \u02cbc\u02cb \u2223\u2223s\u2223\u2223](https://elpitazo.example/')).toBe(true);
  });

  it('percent-encodes brackets and spaces in the link so it cannot end early', () => {
    expect(storyRef(ref({ url: 'https://news.example/a_(b) c' }))).toContain('](https://news.example/a_%28b%29%20c) — ');
  });

  it('neutralises mentions and flattens newlines and controls in the title and outlet', () => {
    const line = storyRef(ref({ title: 'Alerta @everyone\n# y <@123456789012345678>\u0007', feedName: '@here <#323456789012345678>\u202e' }));
    expect(line).not.toMatch(/@everyone|@here|<@|<#|\n|[\u0007\u202e]/);
    expect(line).toContain('[Alerta @\u200beveryone # y <\u200b@123456789012345678>](');
    expect(line).toContain(' — @\u200bhere <\u200b\\#323456789012345678\\> · ');
  });
});

describe('evidenceQuote', () => {
  it('quotes the sentence as a Discord block quote, with who says it', () => {
    expect(evidenceQuote('The Justice Department says top leaders operate the cartel.', 'the Justice Department')).toBe(
      '> “The Justice Department says top leaders operate the cartel.” — the Justice Department',
    );
  });

  it('leaves out the source when there is none, and trims the sentence', () => {
    expect(evidenceQuote('  El gobierno niega que el cartel exista.  ', null)).toBe('> “El gobierno niega que el cartel exista.”');
  });

  it('cuts a long sentence to fit max with the closing quote and source kept', () => {
    const sentence = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const quote = evidenceQuote(sentence, 'an analyst', 120);
    expect(quote.length).toBeLessThanOrEqual(120);
    expect(quote).toMatch(/^> “word0 word1 .*…” — an analyst$/);
    const inner = quote.slice('> “'.length, quote.indexOf('”'));
    expect(sentence.charAt(inner.length - 1)).toBe(' ');
  });

  it('counts the escapes in max: a sentence full of markdown is cut after escaping', () => {
    const quote = evidenceQuote('a-b '.repeat(100), null, 100);
    expect(quote.length).toBeLessThanOrEqual(100);
    expect(quote).toMatch(/^> “a\\-b a\\-b .*…”$/);
  });

  it('still shows some of the sentence when the source takes most of the room', () => {
    const quote = evidenceQuote('Caracas denies every word of it, again and again.', 'x'.repeat(100), 60);
    // The source is cut at 80; the sentence keeps its floor of 20 characters, cut at a word.
    expect(quote).toBe(`> “Caracas denies…” — ${'x'.repeat(79)}…`);
  });

  it('keeps the sentence on one line inside the quote, escaped and without pings', () => {
    const quote = evidenceQuote('Primera línea\n# encabezado @everyone **negrita** <@&223456789012345678>', '_la fiscalía_\n> cita');
    expect(quote.split('\n')).toHaveLength(1);
    expect(quote).toBe(String.raw`> “Primera línea \# encabezado @` + '\u200b' + String.raw`everyone \*\*negrita\*\* <` + '\u200b' + String.raw`@&223456789012345678\>” — \_la fiscalía\_ \> cita`);
  });
});
