import { describe, expect, it } from 'vitest';
import { formatRollupMessage } from '../../src/format/format-rollup';
import type { AlertPayload } from '../../src/model';

const alert = (title: string, extra: Partial<AlertPayload> = {}): AlertPayload => ({
  storyId: title,
  feedName: 'El Pitazo',
  feedUrl: 'https://elpitazo.example/feed',
  url: 'https://elpitazo.example/n/1',
  title,
  publishedAt: null,
  lang: 'es',
  entities: [{ id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 1 }],
  claims: [{ id: 'state-cartel', stance: 'asserts', evidence: 'x', asserting: [], disputing: [] }],
  summary: '',
  ...extra,
});

describe('formatRollupMessage', () => {
  it('lists each alert with its link, outlet, figures and claim stances', () => {
    const [embed] = formatRollupMessage([alert('Uno'), alert('Dos', { url: null, claims: [] })]).embeds;
    expect(embed.title).toBe('2 new alerts');
    expect(embed.description).toBe(
      '• [Uno](https://elpitazo.example/n/1) — El Pitazo · Nicolás Maduro · state-cartel asserts\n• Dos — El Pitazo · Nicolás Maduro',
    );
  });

  it('keeps feed text inert and the description within Discord’s limit', () => {
    const hostile = alert('@everyone **gratis** <@123456789012345678> ' + 'x'.repeat(500));
    const [embed] = formatRollupMessage(Array.from({ length: 40 }, () => hostile)).embeds;
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description).not.toContain('@everyone');
    expect(embed.description).not.toContain('**gratis**');
    expect(embed.description).toMatch(/and \d+ more$/);
  });

  it('shows titles in their links without backslashes', () => {
    const [embed] = formatRollupMessage([alert('EE.UU. designa al Cartel de los Soles - BBC News Mundo', { url: 'https://news.google.com/a?hl=es-419' })]).embeds;
    expect(embed.description).toMatch(/^• \[EE\.UU\. designa al Cartel de los Soles - BBC News Mundo\]\(https:\/\/news\.google\.com\/a\?hl=es-419\) — /);
  });

  it('shortens the title and details to fit a long link, never cutting inside it', () => {
    const url = `https://elpitazo.example/${'seccion/'.repeat(25)}nota`;
    const many = Array.from({ length: 12 }, (_, index) => ({ id: `figure-${index}`, name: `Figura número ${index}`, mentions: 1 }));
    const [embed] = formatRollupMessage([alert('palabra '.repeat(40), { url, entities: many })]).embeds;
    const line = embed.description!;
    expect(line.length).toBeLessThanOrEqual(300);
    expect(line).toMatch(new RegExp(`^• \\[palabra (palabra )*palabra…\\]\\(${url.replace(/[.?]/g, '\\$&')}\\) — El Pitazo · Figura .*…$`));
  });

  it('drops the link and keeps the title when the URL alone is too long for the line', () => {
    const url = `https://elpitazo.example/${'x'.repeat(400)}`;
    const [embed] = formatRollupMessage([alert('Uno *dos*', { url })]).embeds;
    expect(embed.description).toBe('• Uno \\*dos\\* — El Pitazo · Nicolás Maduro · state-cartel asserts');
  });
});
