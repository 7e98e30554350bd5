/**
 * /feeds test's embed: counts of items, stories and matches, the redirect, one line per matching
 * story with its figures and claim stances, the colour, Discord's limits, and feed text that tries
 * to ping, inject markdown or break out of its link.
 */
import { describe, expect, it } from 'vitest';
import { formatFeedTest } from '../../src/format/format-feed-test';
import type { ClaimHit, EntityHit, Story } from '../../src/model';
import type { FeedTestResult, TestedStory } from '../../src/pipeline/test-feed';
import { messageProblems } from '../support/fake-discord-payloads';

const FEED = 'https://cronica.example/feed';

const tested = (id: string, title: string, entities: EntityHit[] = [], claims: Array<Pick<ClaimHit, 'id' | 'stance'>> = []): TestedStory => {
  const story: Story = {
    id,
    feedUrl: FEED,
    feedName: 'Crónica Uno',
    guid: id,
    url: `https://cronica.example/${id}`,
    title,
    text: '',
    publishedAt: null,
    author: null,
    declaredLanguage: 'es',
  };
  const hits = claims.map(({ id: claimId, stance }): ClaimHit => ({ id: claimId, stance, evidence: 'Una frase.', asserting: [], disputing: [] }));
  return { story, match: { lang: 'es', entities, claims: hits, summary: '' } };
};

const MADURO: EntityHit = { id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 };
const CABELLO: EntityHit = { id: 'diosdado-cabello', name: 'Diosdado Cabello', mentions: 1 };

const result = (overrides: Partial<FeedTestResult> = {}): FeedTestResult => ({
  url: FEED,
  finalUrl: FEED,
  feedTitle: 'Crónica Uno',
  items: 3,
  stories: [
    tested('a', 'Maduro y Cabello, acusados de dirigir el cartel', [MADURO, CABELLO], [{ id: 'state-cartel', stance: 'asserts' }]),
    tested('b', 'Lluvias en Caracas dejan calles inundadas'),
    tested('c', 'Expertos dudan que Venezuela sea la ruta principal', [], [{ id: 'transit-hub', stance: 'disputes' }]),
  ],
  ...overrides,
});

describe('formatFeedTest', () => {
  it('counts what was found and lists only the stories that would match, with their figures and stances', () => {
    expect(formatFeedTest(result())).toEqual({
      title: 'Feed test: Crónica Uno',
      description: [
        '3 items, 3 stories, 2 would match. Nothing was stored.',
        '',
        '• [Maduro y Cabello, acusados de dirigir el cartel](https://cronica.example/a)',
        '  Nicolás Maduro (2), Diosdado Cabello (1) · `state-cartel` asserts',
        '• [Expertos dudan que Venezuela sea la ruta principal](https://cronica.example/c)',
        '  `transit-hub` disputes',
      ].join('\n'),
      color: 0x3ba55d,
    });
  });

  it('lists several claims of one story, comma separated', () => {
    const story = tested('a', 'Titular', [], [
      { id: 'state-cartel', stance: 'mentions' },
      { id: 'drugs-as-weapon', stance: 'asserts' },
    ]);
    expect(formatFeedTest(result({ items: 1, stories: [story] })).description).toContain('\n  `state-cartel` mentions, `drugs-as-weapon` asserts');
  });

  it('says so in grey when nothing would match, in the singular for one', () => {
    const embed = formatFeedTest(result({ items: 1, stories: [tested('b', 'Lluvias en Caracas')] }));
    expect(embed.description).toBe('1 item, 1 story, 0 would match. Nothing was stored.\n\nNo story in it names a tracked figure or claim.');
    expect(embed.color).toBe(0x808080);
  });

  it('counts items that could not become stories apart from the stories', () => {
    // A feed with no usable item at all: nothing to list, nothing to match.
    expect(formatFeedTest(result({ items: 2, stories: [] })).description!.startsWith('2 items, 0 stories, 0 would match.')).toBe(true);
  });

  it('names the feed by its URL when it has no title', () => {
    expect(formatFeedTest(result({ feedTitle: null })).title).toBe('Feed test: https://cronica.example/feed');
    expect(formatFeedTest(result({ feedTitle: '' })).title).toBe('Feed test: https://cronica.example/feed');
  });

  it('says where a redirect led, and says nothing of it without one', () => {
    const moved = formatFeedTest(result({ finalUrl: 'https://www.cronica.example/rss' })).description!;
    expect(moved.split('\n').slice(0, 2)).toEqual(['3 items, 3 stories, 2 would match. Nothing was stored.', 'Redirected to https://www.cronica.example/rss']);
    expect(formatFeedTest(result()).description).not.toContain('Redirected');
  });

  it('shows a plain title when the story has no usable link', () => {
    const story = tested('a', 'Maduro habla en cadena nacional', [MADURO]);
    story.story.url = null;
    expect(formatFeedTest(result({ stories: [story] })).description).toContain('\n• Maduro habla en cadena nacional\n  Nicolás Maduro (2)');
  });

  it('escapes markdown and neutralises mentions in the feed title and figure names, cleans story titles and encodes the redirect', () => {
    const nasty = '**Alerta** @everyone <@123456789012345678> [aquí](https://evil.example)';
    const embed = formatFeedTest(
      result({
        feedTitle: `${nasty}\n# título`,
        finalUrl: 'https://evil.example/@here_(x)',
        stories: [tested('a', nasty, [{ id: 'x', name: '_Figura_ @here', mentions: 1 }])],
      }),
    );
    const escaped = String.raw`\*\*Alerta\*\* @` + '\u200b' + String.raw`everyone <` + '\u200b' + String.raw`@123456789012345678\> \[aquí\]\(https://evil.example\)`;
    expect(embed.title).toBe(`Feed test: ${escaped} \\# título`);
    // Inside a URL "@here" is part of the link Discord makes, not a mention.
    expect(embed.description).toContain('\nRedirected to https://evil.example/@here_%28x%29\n');
    // A link's label is cleaned, not escaped: Discord would show the backslashes there.
    const label = '\u2217\u2217Alerta\u2217\u2217 @\u200beveryone <\u200b@123456789012345678> (aquí)(https:/\u200b/evil.example)';
    expect(embed.description).toContain(`\n• [${label}](https://cronica.example/a)\n  \\_Figura\\_ @\u200bhere (1)`);
    const withoutRedirect = embed.description!.replace(/^Redirected to .*$/m, '');
    for (const text of [embed.title!, withoutRedirect]) expect(text).not.toMatch(/@everyone|@here|<@/);
  });

  it('keeps a story title inside its link and cuts it at 100 characters', () => {
    const title = Array.from({ length: 40 }, (_, index) => `palabra${index}`).join(' ');
    const embed = formatFeedTest(result({ stories: [tested('a', title, [MADURO])] }));
    const label = /\n• \[(.*)\]\(https:\/\/cronica\.example\/a\)\n/.exec(embed.description!)![1]!;
    expect(label.length).toBeLessThanOrEqual(100);
    expect(label.endsWith('…')).toBe(true);
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
  });

  it('cuts a long feed title and keeps the embed title within 256 characters', () => {
    const feedTitle = 'Noticias '.repeat(60);
    const embed = formatFeedTest(result({ feedTitle }));
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title).toMatch(/^Feed test: Noticias (Noticias )*Noticias…$/);
    const markdown = formatFeedTest(result({ feedTitle: '*'.repeat(300) })).title!;
    expect(markdown.length).toBeLessThanOrEqual(256);
    // Cut between escapes: never a lone backslash escaping the ellipsis.
    expect(markdown).toMatch(/^Feed test: (\\\*)+…$/);
  });

  it('keeps many matching stories within the description and counts the rest', () => {
    const stories = Array.from({ length: 200 }, (_, index) => tested(`s${index}`, `Cabello y el cartel, capítulo ${index} ${'de la historia '.repeat(4)}`, [CABELLO, MADURO]));
    const embed = formatFeedTest(result({ items: 200, stories }));
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    const shown = embed.description!.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(embed.description).toMatch(new RegExp(`\\n…and ${200 - shown} more matching stories$`));
    expect(embed.description!.startsWith('200 items, 200 stories, 200 would match.')).toBe(true);
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
  });

  it('shows a redirect URL unescaped, and by its origin when over 300 characters', () => {
    expect(formatFeedTest(result({ finalUrl: 'https://news.google.com/rss?hl=es-419' })).description).toContain('\nRedirected to https://news.google.com/rss?hl=es-419\n');
    const stories = Array.from({ length: 200 }, (_, index) => tested(`s${index}`, `Cabello, capítulo ${index}`, [CABELLO]));
    const embed = formatFeedTest(result({ items: 200, stories, finalUrl: `https://b.example/${'-'.repeat(400)}` }));
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description!.split('\n')[1]).toBe('Redirected to https://b.example');
    expect(embed.description).toMatch(/\n…and \d+ more matching stories$/);
  });
});
