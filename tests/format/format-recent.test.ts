/**
 * /recent's embed: the period in the title, the figure and claim filters, one line per story with up
 * to four figures and its claim stances, the empty case, Discord's limits, and feed text or names
 * that try to ping or inject markdown.
 */
import { describe, expect, it } from 'vitest';
import { formatRecent, type RecentView } from '../../src/format/format-recent';
import type { MatchedStory } from '../../src/store/recent-repo';
import { messageProblems } from '../support/fake-discord-payloads';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;

const story = (id: string, overrides: Partial<MatchedStory> = {}): MatchedStory => ({
  id,
  title: `Story ${id}`,
  url: `https://talcual.example/${id}`,
  feedName: 'Tal Cual',
  time: NOW - HOUR,
  lang: 'es',
  entities: [],
  claims: [],
  ...overrides,
});

const entity = (entityId: string, name: string) => ({ entityId, name, mentions: 1 });

const view = (overrides: Partial<RecentView> = {}): RecentView => ({
  stories: [
    story('a', {
      title: 'EE. UU. ofrece recompensa por Maduro',
      entities: [entity('nicolas-maduro', 'Nicolás Maduro')],
      claims: [{ claimId: 'state-cartel', stance: 'asserts' }],
    }),
    story('b', { title: 'Cabello responde a las acusaciones', feedName: 'Efecto Cocuyo', time: NOW - 2 * HOUR, entities: [entity('diosdado-cabello', 'Diosdado Cabello')] }),
    story('c', { title: 'Experts question the transit route', time: NOW - 3 * HOUR, claims: [{ claimId: 'transit-hub', stance: 'disputes' }] }),
  ],
  hours: 24,
  ...overrides,
});

describe('formatRecent', () => {
  it('lists each story with its outlet, time, figures and stances, in the order given', () => {
    expect(formatRecent(view())).toEqual({
      title: 'Latest matched stories — last 24 hours',
      description: [
        '• [EE. UU. ofrece recompensa por Maduro](https://talcual.example/a) — Tal Cual · <t:1799996400:R> · Nicolás Maduro · `state-cartel` asserts',
        '• [Cabello responde a las acusaciones](https://talcual.example/b) — Efecto Cocuyo · <t:1799992800:R> · Diosdado Cabello',
        '• [Experts question the transit route](https://talcual.example/c) — Tal Cual · <t:1799989200:R> · `transit-hub` disputes',
      ].join('\n'),
      color: 0x4a7fd6,
    });
  });

  it('names the period in the singular for one hour', () => {
    expect(formatRecent(view({ hours: 1 })).title).toBe('Latest matched stories — last 1 hour');
  });

  it('says what it is filtered by: the figure, the claim, or both', () => {
    const first = (extra: Partial<RecentView>): string => formatRecent(view(extra)).description!.split('\n')[0]!;
    expect(first({ figureName: 'Diosdado Cabello' })).toBe('Matching Diosdado Cabello');
    expect(first({ claimId: 'state-cartel' })).toBe('Matching `state-cartel`');
    expect(first({ figureName: 'Diosdado Cabello', claimId: 'state-cartel' })).toBe('Matching Diosdado Cabello and `state-cartel`');
    expect(first({})).toMatch(/^• \[/);
  });

  it('says so when nothing matched in the period, keeping the filter line', () => {
    expect(formatRecent(view({ stories: [], hours: 6 })).description).toBe('No matched stories in the last 6 hours.');
    expect(formatRecent(view({ stories: [], hours: 1, claimId: 'tda-export' })).description).toBe('Matching `tda-export`\nNo matched stories in the last 1 hour.');
  });

  it('shows at most four figures of a story, before its stances', () => {
    const names = ['Nicolás Maduro', 'Diosdado Cabello', 'Delcy Rodríguez', 'Jorge Rodríguez', 'Cilia Flores'];
    const line = formatRecent(
      view({ stories: [story('a', { entities: names.map((name, index) => entity(`e${index}`, name)), claims: [{ claimId: 'electoral-fraud', stance: 'mentions' }] })] }),
    ).description!;
    expect(line.endsWith(' · Nicolás Maduro, Diosdado Cabello, Delcy Rodríguez, Jorge Rodríguez · `electoral-fraud` mentions')).toBe(true);
    expect(line).not.toContain('Cilia Flores');
  });

  it('shows a story with no usable link as a plain title', () => {
    expect(formatRecent(view({ stories: [story('a', { url: 'ftp://talcual.example/a', title: 'Sin enlace' })] })).description).toMatch(/^• Sin enlace — Tal Cual · <t:/);
  });

  it('escapes markdown and neutralises mentions in titles, outlets, figure names and the figure filter', () => {
    const embed = formatRecent(
      view({
        figureName: '_El Pollo_ @here',
        stories: [
          story('a', {
            title: '**Última hora** @everyone [ver](https://evil.example)\n# titular',
            feedName: '`Outlet` <@123456789012345678>',
            entities: [entity('x', '~~Tachado~~ <@&223456789012345678>')],
          }),
        ],
      }),
    );
    expect(embed.description).toBe(
      [
        'Matching \\_El Pollo\\_ @\u200bhere',
        '• [\u2217\u2217Última hora\u2217\u2217 @\u200beveryone (ver)(https:/\u200b/evil.example) # titular](https://talcual.example/a) — \\`Outlet\\` <\u200b@123456789012345678\\> · <t:1799996400:R> · \\~\\~Tachado\\~\\~ <\u200b@&223456789012345678\\>',
      ].join('\n'),
    );
    expect(embed.description).not.toMatch(/@everyone|@here|<@/);
  });

  it('keeps many long stories within the description and counts the rest', () => {
    const stories = Array.from({ length: 60 }, (_, index) =>
      story(`s${index}`, {
        title: `Maduro y el cartel, parte ${index} ${'de una historia larga '.repeat(8)}`,
        entities: [entity('nicolas-maduro', 'Nicolás Maduro'), entity('diosdado-cabello', 'Diosdado Cabello')],
        claims: [{ claimId: 'state-cartel', stance: 'asserts' }],
      }),
    );
    const embed = formatRecent(view({ stories, figureName: 'Nicolás Maduro' }));
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    const shown = embed.description!.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(shown).toBeGreaterThan(0);
    expect(embed.description!.endsWith(`\n…and ${60 - shown} more`)).toBe(true);
    // Titles keep to the 110 characters a listing line allows.
    for (const line of embed.description!.split('\n').filter((item) => item.startsWith('• '))) expect(/^• \[(.*)\]\(/.exec(line)![1]!.length).toBeLessThanOrEqual(110);
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
  });
});
