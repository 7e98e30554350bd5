import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ALERT_COLOURS, alertColour, formatAlertEmbed, formatAlertMessage } from '../../src/format/format-embed';
import type { AlertPayload, ClaimHit } from '../../src/model';
import { messageProblems } from '../support/fake-discord-payloads';

const claim = (id: string, stance: ClaimHit['stance'], evidence = `Evidence for ${id}.`, source: string | null = null): ClaimHit => ({
  id,
  stance,
  evidence,
  asserting: stance === 'asserts' ? [{ sentence: evidence, source }] : [],
  disputing: stance === 'disputes' ? [{ sentence: evidence, source }] : [],
});

const alert = (overrides: Partial<AlertPayload> = {}): AlertPayload => ({
  storyId: 'g:1',
  feedName: 'El Pitazo',
  feedUrl: 'https://elpitazo.net/feed',
  url: 'https://elpitazo.net/politica/caracas-niega',
  title: 'Caracas niega que exista el Cartel de los Soles',
  publishedAt: Date.UTC(2025, 10, 17, 12),
  lang: 'es',
  entities: [
    { id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 1 },
    { id: 'cartel-de-los-soles', name: 'Cartel de los Soles', mentions: 2 },
  ],
  claims: [claim('state-cartel', 'disputes', 'El gobierno de Nicolás Maduro negó que el Cartel de los Soles exista.', 'El gobierno')],
  summary: 'El gobierno de Nicolás Maduro negó que el Cartel de los Soles exista. Dijo que es un invento de Washington.',
  ...overrides,
});

/** Characters Discord counts toward the 6000 total. */
function total(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length + fields;
}

const words = (count: number, word = 'palabra'): string => Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');

/** A cut text is a prefix of the original ending where a word ended, plus "…". */
function expectWordCut(cut: string, original: string, max: number): void {
  expect(cut.length).toBeLessThanOrEqual(max);
  expect(cut.endsWith('…')).toBe(true);
  const kept = cut.slice(0, -1);
  expect(original.startsWith(kept)).toBe(true);
  expect(original.charAt(kept.length)).toBe(' ');
}

describe('formatAlertEmbed', () => {
  it('builds one embed: linked title, summary, outlet and time, figures, claims, colour, language', () => {
    const embed = formatAlertEmbed(alert());
    expect(embed).toEqual({
      title: 'Caracas niega que exista el Cartel de los Soles',
      url: 'https://elpitazo.net/politica/caracas-niega',
      description: alert().summary,
      color: ALERT_COLOURS.disputed,
      timestamp: '2025-11-17T12:00:00.000Z',
      footer: { text: 'Spanish · vigia' },
      fields: [
        { name: 'Outlet', value: 'El Pitazo', inline: true },
        { name: 'Published', value: '2025-11-17 12:00 UTC', inline: true },
        { name: 'Figures', value: 'Nicolás Maduro (1), Cartel de los Soles (2)', inline: false },
        { name: 'Claim state-cartel — disputes', value: '> “El gobierno de Nicolás Maduro negó que el Cartel de los Soles exista.” — El gobierno', inline: false },
      ],
    });
    expect(formatAlertMessage(alert())).toEqual({ embeds: [embed] });
  });

  it('colours by what matched: asserted red, disputed green, mentions amber, figures only blue', () => {
    expect(alertColour({ claims: [claim('a', 'disputes'), claim('b', 'asserts')] })).toBe(ALERT_COLOURS.asserted);
    expect(alertColour({ claims: [claim('a', 'mentions'), claim('b', 'disputes')] })).toBe(ALERT_COLOURS.disputed);
    expect(alertColour({ claims: [claim('a', 'mentions')] })).toBe(ALERT_COLOURS.mentioned);
    expect(alertColour({ claims: [] })).toBe(ALERT_COLOURS.figures);
    expect(new Set(Object.values(ALERT_COLOURS)).size).toBe(4);
  });

  it('leaves out what is unknown: no link, no time, no summary, no title', () => {
    const embed = formatAlertEmbed(alert({ url: 'javascript:alert(1)', publishedAt: null, summary: '  ', title: '', lang: 'other', entities: [], claims: [] }));
    expect(embed.url).toBeUndefined();
    expect(embed.timestamp).toBeUndefined();
    expect(embed.description).toBeUndefined();
    expect(embed.title).toBe('(untitled)');
    expect(embed.fields).toContainEqual({ name: 'Published', value: 'time unknown', inline: true });
    expect(embed.footer).toEqual({ text: 'Other language · vigia' });
    expect(formatAlertEmbed(alert({ url: null })).url).toBeUndefined();
  });

  it('cuts the title at 256 characters on a word boundary', () => {
    const title = words(60);
    const embed = formatAlertEmbed(alert({ title }));
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expectWordCut(embed.title!, title, 256);
  });

  it('cuts the description at 4096 characters on a word boundary', () => {
    const summary = words(700);
    const embed = formatAlertEmbed(alert({ summary }));
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description!.length).toBeGreaterThan(4000);
    expectWordCut(embed.description!, summary, 4096);
  });

  it('cuts a field at 1024 characters, keeping the quote marks and the source', () => {
    const evidence = words(300);
    const embed = formatAlertEmbed(alert({ claims: [claim('state-cartel', 'asserts', evidence, 'la fiscalía')] }));
    const value = embed.fields!.at(-1)!.value;
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toMatch(/^> “palabra0 palabra1 .*…” — la fiscalía$/);
    const figures = formatAlertEmbed(alert({ entities: Array.from({ length: 100 }, (_, i) => ({ id: `e${i}`, name: `Figure number ${i}`, mentions: 1 })) }));
    expect(figures.fields!.find((field) => field.name === 'Figures')!.value.length).toBeLessThanOrEqual(1024);
  });

  it('keeps to 25 fields and says how many claims were left out', () => {
    const claims = Array.from({ length: 40 }, (_, i) => claim(`claim-${i}`, 'mentions', 'Short.'));
    const embed = formatAlertEmbed(alert({ claims }));
    expect(embed.fields).toHaveLength(25);
    const shown = embed.fields!.filter((field) => field.name.startsWith('Claim ')).length;
    expect(shown).toBe(21);
    expect(embed.fields!.at(-1)).toEqual({ name: 'More claims', value: `and ${40 - shown} more claims`, inline: false });
    expect(formatAlertEmbed(alert({ claims: claims.slice(0, 22) })).fields!.at(-1)!.name).toBe('Claim claim-21 — mentions');
  });

  it('keeps the whole embed within 6000 characters, summary first, claims in the room left', () => {
    const claims = Array.from({ length: 20 }, (_, i) => claim(`claim-${i}`, 'asserts', words(120), 'someone'));
    const embed = formatAlertEmbed(alert({ title: words(60), summary: words(700), claims }));
    expect(total(embed)).toBeLessThanOrEqual(6000);
    expect(embed.description!.length).toBeGreaterThan(4000);
    expect(embed.fields!.at(-1)!.name).toBe('More claims');
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
    const many = formatAlertEmbed(alert({ claims }));
    expect(total(many)).toBeLessThanOrEqual(6000);
    expect(messageProblems({ embeds: [many] })).toEqual([]);
  });

  it('escapes markdown and masked links in every piece of feed text', () => {
    const nasty = '**bold** _it_ ~~x~~ `code` ||spoiler|| > quote # head - list [click](https://evil.example)';
    const embed = formatAlertEmbed(
      alert({ title: nasty, summary: `${nasty}\n1. first`, feedName: '*Outlet*', claims: [claim('state-cartel', 'asserts', nasty, '__someone__')], entities: [{ id: 'x', name: '_X_', mentions: 1 }] }),
    );
    const escaped = String.raw`\*\*bold\*\* \_it\_ \~\~x\~\~ \`code\` \|\|spoiler\|\| \> quote \# head \- list \[click\]\(https://evil.example\)`;
    expect(embed.title).toBe(escaped);
    expect(embed.description).toBe(`${escaped}\n1\\. first`);
    expect(embed.fields![0]!.value).toBe(String.raw`\*Outlet\*`);
    expect(embed.fields![2]!.value).toBe(String.raw`\_X\_ (1)`);
    expect(embed.fields![3]!.value).toBe(`> “${escaped}” — \\_\\_someone\\_\\_`);
  });

  it('neutralises mentions and strips control characters', () => {
    const text = 'Hi @everyone and @here, <@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678>\u0007\u202e\u0000!';
    const embed = formatAlertEmbed(alert({ title: text, summary: text, claims: [claim('state-cartel', 'asserts', text)] }));
    for (const value of [embed.title!, embed.description!, embed.fields!.at(-1)!.value]) {
      expect(value).not.toMatch(/@everyone|@here|<@|<#/);
      expect(value).toContain('@\u200beveryone');
      expect(value).toContain('<\u200b@&223456789012345678');
      expect(value).toContain('<\u200b\\#323456789012345678');
      expect(value).not.toMatch(/[\u0000\u0007\u202e]/);
    }
  });

  it('lists other outlets as whole masked links, counting those left out rather than cutting one', () => {
    const outlets = Array.from({ length: 14 }, (_, i) => ({ feedName: `Medio ${i}`, url: `https://medio${i}.example/noticias/2025/11/17/${'nota-larga-'.repeat(4)}${i}`, title: `${words(14)} ${i}` }));
    const value = formatAlertEmbed(alert({ outlets })).fields!.find((field) => field.name === 'Also reported by 14')!.value;
    expect(value.length).toBeLessThanOrEqual(1024);
    const lines = value.split('\n');
    const shown = lines.slice(0, -1);
    expect(lines.at(-1)).toBe(`…and ${14 - shown.length} more`);
    for (const [i, line] of shown.entries()) expect(line).toMatch(new RegExp(`^• Medio ${i}: \\[palabra0 [^\\]]*…\\]\\(https://medio${i}\\.example/[^)]*-${i}\\)$`));
  });

  it('shows at most 10 outlets, and outlet titles in their links without backslashes', () => {
    const outlets = Array.from({ length: 12 }, (_, i) => ({ feedName: 'Google News', url: `https://news.google.com/a${i}?hl=es-419`, title: i === 0 ? 'EE.UU. designa al Cartel de los Soles - BBC News Mundo' : `Nota ${i} - BBC` }));
    const value = formatAlertEmbed(alert({ outlets })).fields!.find((field) => field.name === 'Also reported by 12')!.value;
    expect(value.split('\n')).toHaveLength(11);
    expect(value).toContain('• Google News: [EE.UU. designa al Cartel de los Soles - BBC News Mundo](https://news.google.com/a0?hl=es-419)\n');
    expect(value.endsWith('\n…and 2 more')).toBe(true);
    expect(value).not.toContain('\\');
  });
});
