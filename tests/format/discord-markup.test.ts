import { describe, expect, it } from 'vitest';
import { cutMarkup, discordTime, formatDuration, joinLines, linkTarget, maskedLink, plural } from '../../src/format/discord-markup';

describe('maskedLink', () => {
  it('cleans the text so it cannot break out of the link, add markup or hold a URL', () => {
    expect(maskedLink('A [fake](https://evil) **title**', 'https://example.com/a')).toBe('[A (fake)(https:/\u200b/evil) \u2217\u2217title\u2217\u2217](https://example.com/a)');
  });

  it('shows a title in a link without backslashes, which Discord would show there', () => {
    const title = 'EE.UU. designa al Cartel de los Soles - BBC News Mundo';
    expect(maskedLink(title, 'https://news.google.com/rss/articles/x?hl=es-419')).toBe(`[${title}](https://news.google.com/rss/articles/x?hl=es-419)`);
    // With no link the title is plain text, where escapes work and are needed.
    expect(maskedLink('*Urgente*', null)).toBe('\\*Urgente\\*');
  });

  it('says (untitled) for text that cleans to nothing', () => {
    expect(maskedLink(' \u200b\u00ad ', 'https://example.com/a')).toBe('[(untitled)](https://example.com/a)');
  });

  it('percent-encodes parentheses and spaces in the URL, and drops non-http links', () => {
    expect(linkTarget('https://example.com/a_(b)')).toBe('https://example.com/a_%28b%29');
    expect(linkTarget('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(linkTarget('javascript:alert(1)')).toBeNull();
    expect(maskedLink('T', 'javascript:alert(1)')).toBe('T');
    expect(maskedLink('', null)).toBe('\\(untitled\\)');
  });
});

describe('discordTime and formatDuration', () => {
  it('write Discord timestamps and durations as people say them', () => {
    expect(discordTime(1_700_000_000_999)).toBe('<t:1700000000:R>');
    expect(discordTime(1_700_000_000_000, 'f')).toBe('<t:1700000000:f>');
    expect(formatDuration(59_000)).toBe('0 min');
    expect(formatDuration(3 * 3_600_000 + 12 * 60_000)).toBe('3 h 12 min');
    expect(formatDuration(52 * 3_600_000)).toBe('2 d 4 h');
  });
});

describe('joinLines', () => {
  it('joins what fits and counts the rest', () => {
    expect(joinLines(['aaaa', 'bbbb', 'cccc'], 100)).toBe('aaaa\nbbbb\ncccc');
    const cut = joinLines(Array.from({ length: 10 }, (_, index) => `line ${index} ${'x'.repeat(20)}`), 80, 'more lines');
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut).toMatch(/\n…and \d+ more lines$/);
    expect(joinLines([], 10)).toBe('');
  });

  it('keeps at most maxLines lines and counts the rest', () => {
    expect(joinLines(['a', 'b', 'c', 'd'], 100, 'more', 2)).toBe('a\nb\n…and 2 more');
    expect(joinLines(['a', 'b'], 100, 'more', 2)).toBe('a\nb');
  });
});

describe('cutMarkup', () => {
  const line = (index: number): string => `• [Titular número ${index} de la lista](https://news.example/${index}) — Medio`;

  it('leaves text that fits alone', () => {
    expect(cutMarkup(line(1), 200)).toBe(line(1));
  });

  it('cuts at a line end, so no masked link is left in half', () => {
    const text = Array.from({ length: 20 }, (_, index) => line(index)).join('\n');
    for (const max of [300, 333, 517, 1000]) {
      const cut = cutMarkup(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('\n…')).toBe(true);
      for (const kept of cut.split('\n').slice(0, -1)) expect(kept).toMatch(/^• \[[^\]]*\]\(https:\/\/news\.example\/\d+\) — Medio$/);
    }
  });

  it('cuts a line too long for that at a word, back to before a link the cut fell inside', () => {
    const text = `Intro ${line(1)} ${line(2)}`;
    for (let max = 10; max < text.length; max++) {
      const cut = cutMarkup(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      // Every "[" left is a whole link.
      expect(cut.replace(/\[[^\]]*\]\([^)]*\)/g, '')).not.toContain('[');
    }
    expect(cutMarkup(text, 40)).toBe('Intro •…');
    // An escaped bracket in plain text is no link: cut where truncate cuts.
    expect(cutMarkup(String.raw`Dicen \[sic\] que ${'palabra '.repeat(10)}`, 30)).toBe(String.raw`Dicen \[sic\] que palabra…`);
  });
});

describe('plural', () => {
  it('counts', () => {
    expect(plural(1, 'story', 'stories')).toBe('1 story');
    expect(plural(2, 'story', 'stories')).toBe('2 stories');
    expect(plural(0, 'feed')).toBe('0 feeds');
  });
});
