import { describe, expect, it } from 'vitest';
import { codeText, escapeMarkdown, inlineText, linkLabel, neutraliseMentions, proseText, safeInline, safeLink, safeText, stripControls, truncate, urlText } from '../../src/format/discord-text';

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

  it('drops invisible characters that can hide or split words, tag characters included', () => {
    const invisible = ['\u00ad', '\u034f', '\u061c', '\u115f', '\u1160', '\u17b4', '\u17b5', '\u180e', '\u200b', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff', '\u3164', '\uffa0'];
    for (const ch of invisible) expect(stripControls(`car${ch}tel`)).toBe('cartel');
    // "hidden" spelled in tag characters (U+E0068 …), each a surrogate pair.
    const tags = [...'hidden'].map((letter) => String.fromCodePoint(0xe0000 + letter.charCodeAt(0))).join('');
    expect(stripControls(`Maduro${tags}\udb40\udc7f habla`)).toBe('Maduro habla');
  });

  it('keeps the joiners and variation selectors emoji sequences and some scripts need', () => {
    const family = '👨\u200d👩\u200d👧';
    expect(stripControls(`${family} ❤\ufe0f می\u200cخواهم`)).toBe(`${family} ❤\ufe0f می\u200cخواهم`);
  });

  it('strips a hidden character before a mention is neutralised, so it cannot shield one', () => {
    expect(safeInline('@every\u00adone <\u2060@123>')).toBe('@\u200beveryone <\u200b@123\\>');
    // The zero-width space neutraliseMentions puts in survives: it comes after the strip.
    expect(safeText('@\u200bhere')).toBe('@\u200bhere');
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

describe('linkLabel', () => {
  it('shows a title as written, with no backslashes, since Discord does not read escapes in a label', () => {
    expect(linkLabel('EE.UU. designa al Cartel de los Soles - BBC News Mundo', 120)).toBe('EE.UU. designa al Cartel de los Soles - BBC News Mundo');
    expect(linkLabel('# 1. > Titular (en vivo)', 120)).toBe('# 1. > Titular (en vivo)');
    expect(linkLabel(String.raw`C:\ruta \*no\* escapes`, 120)).toBe('C:ruta \u2217no\u2217 escapes');
  });

  it('turns brackets into parentheses and markdown into lookalikes that pair up into nothing', () => {
    expect(linkLabel('[Vídeo] **Maduro** _dice_ ~~no~~ `x` || y ||', 120)).toBe('(Vídeo) \u2217\u2217Maduro\u2217\u2217 \u02cddice\u02cd \u223c\u223cno\u223c\u223c \u02cbx\u02cb \u2223\u2223 y \u2223\u2223');
  });

  it('breaks every scheme:// so Discord does not show the link as raw text', () => {
    expect(linkLabel('Ver https://evil.example y HTTP://x.example o ftp://y', 120)).toBe('Ver https:/\u200b/evil.example y HTTP:/\u200b/x.example o ftp:/\u200b/y');
    expect(linkLabel(String.raw`https:\/\/evil.example`, 120)).toBe('https:/\u200b/evil.example');
  });

  it('neutralises mentions, also one a dropped backslash would have made', () => {
    expect(linkLabel('@everyone <@123> <\\@456> @\\here', 120)).toBe('@\u200beveryone <\u200b@123> <\u200b@456> @\u200bhere');
  });

  it('strips controls, makes one line, and cuts at max without splitting a surrogate pair', () => {
    expect(linkLabel(' a\u0007\u202e\n\tb\u00ad ', 120)).toBe('a b');
    expect(linkLabel('ab😀cd', 4)).toBe('ab…');
    expect(linkLabel('palabra '.repeat(30), 40)).toBe(`${'palabra '.repeat(4)}palabra…`);
    expect(linkLabel('\u200b \u00ad', 40)).toBe('');
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

  it('keeps the link within 2048 characters once its brackets are encoded', () => {
    // 2040 characters as given, 2280 with every "(" and ")" written as three.
    const url = `https://news.example/${'()'.repeat(60)}${'a'.repeat(2040 - 21 - 120)}`;
    expect(url.length).toBe(2040);
    expect(safeLink(url)).toBeUndefined();
    expect(safeLink(`https://news.example/${'a'.repeat(2027)}`)).toHaveLength(2048);
  });

  it('encodes the backslash, which a masked link target reads as an escape, and never leaves a space', () => {
    expect(safeLink(String.raw`https://news.example/?q=a\b c#d e`)).toBe('https://news.example/?q=a%5Cb%20c#d%20e');
    expect(safeLink('https://news.example/a b<c>"d"')).toBe('https://news.example/a%20b%3Cc%3E%22d%22');
  });

  it('drops other schemes, relative links, nothing, and absurd lengths', () => {
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('/relative')).toBeUndefined();
    expect(safeLink(null)).toBeUndefined();
    expect(safeLink(`https://news.example/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});

describe('urlText', () => {
  it('shows a URL unescaped, so the link Discord makes of it has no backslash', () => {
    expect(urlText('https://news.google.com/rss/search?q=cartel&hl=es-419&gl=VE', 300)).toBe('https://news.google.com/rss/search?q=cartel&hl=es-419&gl=VE');
    expect(urlText('https://news.example/a_(b)*c*', 300)).toBe('https://news.example/a_%28b%29*c*');
    expect(urlText('https://news.example/a?q=`x`', 300)).toBe('https://news.example/a?q=%60x%60');
  });

  it('wraps it in angle brackets when asked, so a message shows no preview', () => {
    expect(urlText('https://news.example/es-419', 300, 'no-preview')).toBe('<https://news.example/es-419>');
  });

  it('shows only the origin when the whole URL does not fit, never a cut link', () => {
    const long = `https://long.example:8443/${'a/'.repeat(200)}`;
    expect(urlText(long, 100)).toBe('https://long.example:8443');
    expect(urlText(long, 100, 'no-preview')).toBe('<https://long.example:8443>');
    expect(urlText(long, 27, 'no-preview')).toBe('<https://long.example:8443>');
    expect(urlText(long, 26, 'no-preview')).toBe('long.example:8443');
    expect(urlText(`https://${'a'.repeat(60)}.example/`, 20)).toBe(`${'a'.repeat(19)}…`);
  });

  it('escapes what is not an http(s) URL, as any other text', () => {
    expect(urlText('javascript:alert(1)', 300)).toBe('javascript:alert\\(1\\)');
    expect(urlText('feed_@everyone', 300)).toBe('feed\\_@\u200beveryone');
  });
});

describe('proseText', () => {
  it('escapes the words of an error but leaves the URLs in it as Discord must see them to link them whole', () => {
    expect(proseText('HTTP 404 Not Found from https://news.example/rss_es-419?a=1*2. Check the *name*', 300)).toBe(
      'HTTP 404 Not Found from https://news.example/rss_es-419?a=1*2. Check the \\*name\\*',
    );
  });

  it('keeps the punctuation closing a sentence or a quote outside the URL, and encodes parentheses inside it', () => {
    expect(proseText('redirect from https://a.example/x_(1) points to "https://b.example/y-z"; only http and https are followed', 300)).toBe(
      'redirect from https://a.example/x_%281%29 points to "https://b.example/y-z"; only http and https are followed',
    );
  });

  it('escapes what only looks like a URL, and neutralises mentions and controls around URLs', () => {
    expect(proseText('javascript:alert(1) @everyone\u0007 http://', 300)).toBe('javascript:alert\\(1\\) @\u200beveryone http://');
  });

  it('cuts at a word, never inside a URL: back to before it', () => {
    const text = `could not fetch https://long.example/${'a'.repeat(80)} because of a timeout`;
    expect(proseText(text, 60)).toBe('could not fetch…');
    expect(proseText(text, 200)).toBe(text);
    expect(proseText('one two three four five six seven eight nine ten', 20)).toBe('one two three four…');
  });
});
