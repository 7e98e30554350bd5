import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { fitEmbeds } from '../../src/format/fit-embeds';

const total = (embeds: APIEmbed[]): number =>
  embeds.reduce(
    (sum, embed) =>
      sum + (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );

describe('fitEmbeds', () => {
  it('leaves a small embed alone', () => {
    const embed: APIEmbed = { title: 'T', description: 'D', fields: [{ name: 'n', value: 'v' }] };
    expect(fitEmbeds([embed])).toEqual([embed]);
  });

  it('cuts every part to its limit and keeps 25 fields', () => {
    const [embed] = fitEmbeds([
      { title: 't'.repeat(300), description: 'd'.repeat(100), fields: Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(10) })) },
    ]);
    expect(embed!.title).toHaveLength(256);
    expect(embed!.fields!.length).toBeLessThanOrEqual(25);
    for (const field of embed!.fields!) expect(field.name.length).toBeLessThanOrEqual(256);
  });

  it('keeps the 6000 total by shortening from the end', () => {
    const embeds = fitEmbeds([
      { title: 'first', description: 'a'.repeat(4000) },
      { title: 'second', description: 'b'.repeat(4000), fields: [{ name: 'f', value: 'c'.repeat(1000) }] },
    ]);
    expect(total(embeds)).toBeLessThanOrEqual(6000);
    expect(embeds[0]!.description).toHaveLength(4000);
  });

  it('fills empty field values, which Discord refuses', () => {
    expect(fitEmbeds([{ fields: [{ name: '', value: '' }] }])[0]!.fields).toEqual([{ name: '—', value: '—' }]);
  });

  it('keeps at most 10 embeds', () => {
    expect(fitEmbeds(Array.from({ length: 12 }, () => ({ title: 'x' })))).toHaveLength(10);
  });

  it('shortens a description or field of masked links at a line end, leaving no link in half', () => {
    const links = Array.from({ length: 60 }, (_, index) => `• [Titular número ${index} sobre el cartel](https://news.example/${index}) — Medio`).join('\n');
    const embeds = fitEmbeds([
      { title: 'first', description: links, fields: [{ name: 'f', value: links.split('\n').slice(0, 20).join('\n') }] },
      { title: 'second', description: links },
    ]);
    expect(total(embeds)).toBeLessThanOrEqual(6000);
    const texts = embeds.flatMap((embed) => [embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)]);
    for (const text of texts) {
      for (const line of text.split('\n')) expect(line).toMatch(/^(• \[[^\]]*\]\(https:\/\/news\.example\/\d+\) — Medio|…)$/);
    }
    expect(embeds[0]!.description!.endsWith('\n…')).toBe(true);
  });
});
