import { describe, expect, it } from 'vitest';
import { discordTime, formatDuration, joinLines, linkTarget, maskedLink, plural } from '../../src/format/discord-markup';

describe('maskedLink', () => {
  it('escapes the text so it cannot break out of the link', () => {
    expect(maskedLink('A [fake](https://evil) **title**', 'https://example.com/a')).toBe('[A \\[fake\\]\\(https://evil\\) \\*\\*title\\*\\*](https://example.com/a)');
  });

  it('percent-encodes parentheses and spaces in the URL, and drops non-http links', () => {
    expect(linkTarget('https://example.com/a_(b)')).toBe('https://example.com/a_%28b%29');
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
});

describe('plural', () => {
  it('counts', () => {
    expect(plural(1, 'story', 'stories')).toBe('1 story');
    expect(plural(2, 'story', 'stories')).toBe('2 stories');
    expect(plural(0, 'feed')).toBe('0 feeds');
  });
});
