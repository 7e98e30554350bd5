import { describe, expect, it } from 'vitest';
import { codeText, escapeMarkdown, inlineText, neutraliseMentions, safeInline, safeLink, safeText, stripControls, truncate } from '../../src/format/discord-text';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('short', 5)).toBe('short');
    expect(truncate('', 0)).toBe('');
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    expect(truncate('the quick brown fox jumps', 17)).toBe('the quick brown…');
    expect(truncate('the quick brown fox jumps', 16)).toBe('the quick brown…');
    expect(truncate('the quick brown fox jumps', 16).length).toBeLessThanOrEqual(16);
  });

  it('cuts one very long word where it is rather than losing most of the room', () => {
    expect(truncate(`a ${'x'.repeat(50)}`, 20)).toBe(`a ${'x'.repeat(17)}…`);
  });

  it('never splits a surrogate pair or leaves a dangling escape', () => {
    const cut = truncate('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(truncate('abc\\*def', 5)).toBe('abc…');
    expect(truncate('ab\\\\cdef', 5)).toBe('ab\\\\…');
  });

  it('handles limits of 0 and 1', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe('…');
  });
});

describe('escapeMarkdown', () => {
  it('puts a backslash before every markdown character', () => {
    expect(escapeMarkdown('\\*_~`|>#-[]()')).toBe('\\\\\\*\\_\\~\\`\\|\\>\\#\\-\\[\\]\\(\\)');
    expect(escapeMarkdown('plain words, 100% fine.')).toBe('plain words, 100% fine.');
  });

  it('stops a numbered list at a line start', () => {
    expect(escapeMarkdown('1. one\n  22. two\nversion 3. three')).toBe('1\\. one\n  22\\. two\nversion 3. three');
  });
});

describe('neutraliseMentions', () => {
  it('breaks @everyone, @here and every <…> mention form with a zero-width space', () => {
    expect(neutraliseMentions('@everyone @Here <@1> <@!1> <@&1> <#1> </cmd:1> <:e:1> <a:e:1> <t:1>')).toBe(
      '@\u200beveryone @\u200bHere <\u200b@1> <\u200b@!1> <\u200b@&1> <\u200b#1> <\u200b/cmd:1> <\u200b:e:1> <\u200ba:e:1> <\u200bt:1>',
    );
  });

  it('leaves ordinary @ and < alone', () => {
    expect(neutraliseMentions('mail me@example.com, 3 < 4, <b>')).toBe('mail me@example.com, 3 < 4, <b>');
  });
});

describe('stripControls, safeText, safeInline', () => {
  it('drops control and bidi characters, keeps newlines, turns tabs and CR into spaces and newlines', () => {
    expect(stripControls('a\u0000b\u0007c\u001bd\u202ee\u2066f\tg\r\nh\u2028i\u009bj')).toBe('abcdef g\nh\nij');
  });

  it('safeText escapes and neutralises, keeping lines; safeInline makes one line', () => {
    expect(safeText('**hi** @everyone\n<#1>')).toBe('\\*\\*hi\\*\\* @\u200beveryone\n<\u200b\\#1\\>');
    expect(safeInline('  one\n\n two\tthree  ')).toBe('one two three');
  });
});

describe('inlineText', () => {
  it('escapes first and then cuts, so the escapes count against max', () => {
    const text = inlineText('narco_estado '.repeat(20), 40);
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text).toBe('narco\\_estado narco\\_estado…');
  });

  it('never leaves a lone backslash to escape the ellipsis, nor a mention', () => {
    expect(inlineText('*'.repeat(30), 10)).toMatch(/^(\\\*)+…$/);
    expect(inlineText('aviso @everyone y @here', 15)).not.toMatch(/@everyone|@here/);
  });
});

describe('codeText', () => {
  it('keeps markdown characters as written, since a code span shows them, and drops backticks that would end it', () => {
    expect(codeText('ghost_cmd **x**', 32)).toBe('ghost_cmd **x**');
    expect(codeText('a`b``c\n d', 32)).toBe('abc d');
    expect(codeText('x'.repeat(40), 32)).toBe(`${'x'.repeat(31)}…`);
  });
});

describe('safeLink', () => {
  it('keeps absolute http(s) links and encodes the brackets that would end a masked link', () => {
    expect(safeLink('https://news.example/a_(b)?q=1')).toBe('https://news.example/a_%28b%29?q=1');
    expect(safeLink('http://news.example/x')).toBe('http://news.example/x');
  });

  it('drops other schemes, relative links, nothing, and absurd lengths', () => {
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('/relative')).toBeUndefined();
    expect(safeLink(null)).toBeUndefined();
    expect(safeLink(`https://news.example/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});
