import { describe, expect, it } from 'vitest';
import { formatDigest } from '../../src/format/format-digest';
import type { DigestData } from '../../src/store/digest-repo';

const HOUR = 3_600_000;
const UNTIL = 1_800_000_000_000;

const story = (id: string, title: string) => ({ id, title, url: `https://example.com/${id}`, feedName: 'El Pitazo', time: UNTIL - HOUR, lang: 'es' });

const data: DigestData = {
  since: UNTIL - 24 * HOUR,
  until: UNTIL,
  storiesSeen: 12,
  figures: [
    { entityId: 'nicolas-maduro', name: 'Nicolás Maduro', stories: 5 },
    { entityId: 'diosdado-cabello', name: 'Diosdado Cabello', stories: 2 },
  ],
  claims: [{ claimId: 'state-cartel', asserts: 2, disputes: 1, mentions: 3 }],
  top: [
    {
      ...story('a', 'Maduro **niega** el cartel @everyone'),
      copies: 2,
      entities: [{ entityId: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 3 }],
      claims: [{ claimId: 'state-cartel', stance: 'disputes' }],
    },
  ],
  stances: [{ ...story('a', 'Maduro niega el cartel'), claimId: 'state-cartel', stance: 'disputes', evidence: 'Caracas niega que el cartel exista.', source: 'Caracas' }],
};

describe('formatDigest', () => {
  const embed = formatDigest(data, { figures: new Map([['nicolas-maduro', 'Nicolás Maduro Moros']]) });
  const field = (name: string): string => embed.fields!.find((item) => item.name === name)!.value;

  it('titles the period and says what was seen', () => {
    expect(embed.title).toBe('Digest — last 24 hours');
    expect(embed.description).toBe(`<t:${(UNTIL - 24 * HOUR) / 1000}:f> to <t:${UNTIL / 1000}:f>\n12 stories stored · 2 figures named · 1 claim came up`);
  });

  it('counts coverage per figure (current names) and per claim stance', () => {
    expect(field('Figures (stories)')).toBe('Nicolás Maduro Moros — 5\nDiosdado Cabello — 2');
    expect(field('Claims')).toBe('`state-cartel` — 2 asserting · 1 disputing · 3 mentioning');
  });

  it('lists top stories with outlets, figures, stances and copies, feed text made inert', () => {
    const top = field('Top stories');
    expect(top).toContain('[Maduro \u2217\u2217niega\u2217\u2217 el cartel @\u200beveryone](https://example.com/a)');
    expect(top).toContain('El Pitazo · <t:');
    expect(top).toContain('Nicolás Maduro · `state-cartel` disputes · also in 2 other feeds');
  });

  it('quotes the evidence of new assertions and disputes with who says it', () => {
    expect(field('New assertions and disputes')).toBe(
      `\`state-cartel\` disputes: [Maduro niega el cartel](https://example.com/a) — El Pitazo · <t:${(UNTIL - HOUR) / 1000}:R>\n> “Caracas niega que el cartel exista.” — Caracas`,
    );
  });

  it('says so for a quiet period', () => {
    const quiet = formatDigest({ ...data, storiesSeen: 0, figures: [], claims: [], top: [], stances: [] }, { figures: new Map() });
    expect(quiet.fields!.map((item) => item.value)).toEqual(['No figure was named.', 'No claim came up.', 'No matched stories.', 'No claim was asserted or disputed.']);
  });

  it('stays within Discord limits however much there is', () => {
    const many = formatDigest(
      {
        ...data,
        figures: Array.from({ length: 300 }, (_, index) => ({ entityId: `f${index}`, name: `Figure ${'x'.repeat(50)} ${index}`, stories: index })),
        top: Array.from({ length: 50 }, (_, index) => ({ ...data.top[0]!, id: `s${index}`, title: 'y'.repeat(400) })),
      },
      { figures: new Map() },
    );
    for (const item of many.fields!) expect(item.value.length).toBeLessThanOrEqual(1024);
    expect(many.fields![0]!.value).toMatch(/…and \d+ more figures$/);
  });
});
