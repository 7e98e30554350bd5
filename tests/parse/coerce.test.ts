import { describe, expect, it } from 'vitest';
import { coerceFeed, coerceItem, linkOf, mediaUrlOf, textOf, ttlMinutesOf } from '../../src/parse/coerce';

describe('textOf', () => {
  it('trims strings and turns blank ones into null', () => {
    expect(textOf('  Caracas  ')).toBe('Caracas');
    expect(textOf('   ')).toBeNull();
    expect(textOf(undefined)).toBeNull();
    expect(textOf(null)).toBeNull();
    expect(textOf(42)).toBe('42');
  });

  it('reads character data of an element with attributes, never the attributes', () => {
    expect(textOf({ _: ' Hola ', $: { lang: 'es' } })).toBe('Hola');
    expect(textOf({ $: { isPermaLink: 'false' } })).toBeNull();
  });

  it('collects the text of child elements (an XHTML title)', () => {
    expect(textOf({ $: { type: 'xhtml' }, div: [{ $: { xmlns: 'x' }, b: ['Sanciones'] }] })).toBe('Sanciones');
  });

  it('keeps every word of mixed content, though xml2js loses its order', () => {
    expect(textOf({ _: 'on Venezuela', b: ['Sanctions'] })).toBe('on Venezuela Sanctions');
  });

  it('takes the first usable entry of an array', () => {
    expect(textOf(['', { $: {} }, 'Ana'])).toBe('Ana');
  });
});

describe('linkOf', () => {
  it('accepts text, href attributes and lists of either', () => {
    expect(linkOf(' https://a.example/x ')).toBe('https://a.example/x');
    expect(linkOf({ $: { href: 'https://a.example/y', rel: 'alternate' } })).toBe('https://a.example/y');
    expect(linkOf([{ $: { rel: 'self' } }, 'https://a.example/z'])).toBe('https://a.example/z');
    expect(linkOf({})).toBeNull();
  });
});

describe('mediaUrlOf', () => {
  it('prefers an image media:content, then a thumbnail, then an image enclosure', () => {
    const video = { $: { url: 'https://m.example/v.mp4', medium: 'video' } };
    const image = { $: { url: 'https://m.example/i.jpg', type: 'image/jpeg' } };
    expect(mediaUrlOf({ 'media:content': [video, image] })).toBe('https://m.example/i.jpg');
    expect(mediaUrlOf({ 'media:content': [video], 'media:thumbnail': { $: { url: 'https://m.example/t.jpg' } } })).toBe(
      'https://m.example/t.jpg',
    );
    expect(mediaUrlOf({ enclosure: { url: 'https://m.example/e.png', type: 'image/png' } })).toBe('https://m.example/e.png');
    expect(mediaUrlOf({ enclosure: { url: 'https://m.example/e.mp3', type: 'audio/mpeg' } })).toBeNull();
  });
});

describe('coerceItem', () => {
  it('turns every loose field into a string or null', () => {
    const item = coerceItem({
      title: { _: 'Maduro anuncia medidas', $: { lang: 'es' } },
      link: [{ $: { href: 'https://n.example/1' } }],
      guid: { $: { isPermaLink: 'false' } },
      id: 'urn:n:1',
      creator: ['', 'Luis Gómez'],
      pubDate: '32 Foo 2024',
      'content:encoded': '<p>Cuerpo largo</p>',
      content: 'Resumen',
    });
    expect(item).toEqual({
      guid: 'urn:n:1',
      link: 'https://n.example/1',
      title: 'Maduro anuncia medidas',
      html: '<p>Cuerpo largo</p>',
      description: 'Resumen',
      author: 'Luis Gómez',
      published: '32 Foo 2024',
      mediaUrl: null,
    });
  });

  it('uses the description as the body when it is all there is', () => {
    const item = coerceItem({ content: '<p>Only this</p>', summary: '<p>Only this</p>' });
    expect(item.html).toBe('<p>Only this</p>');
    expect(item.description).toBeNull();
  });

  it('takes an Atom summary as the description next to its content', () => {
    const item = coerceItem({ content: '<p>Long</p>', summary: 'Short', date: '2024-08-01' });
    expect(item.html).toBe('<p>Long</p>');
    expect(item.description).toBe('Short');
    expect(item.published).toBe('2024-08-01');
  });

  it('survives junk', () => {
    expect(coerceItem('nonsense')).toEqual({
      guid: null, link: null, title: null, html: null, description: null, author: null, published: null, mediaUrl: null,
    });
  });
});

describe('ttlMinutesOf', () => {
  it('keeps sane positive integers only', () => {
    expect(ttlMinutesOf('60')).toBe(60);
    expect(ttlMinutesOf([' 15 '])).toBe(15);
    expect(ttlMinutesOf('0')).toBeNull();
    expect(ttlMinutesOf('-5')).toBeNull();
    expect(ttlMinutesOf('1.5')).toBeNull();
    expect(ttlMinutesOf('soon')).toBeNull();
    expect(ttlMinutesOf('99999999')).toBeNull();
  });
});

describe('coerceFeed', () => {
  it('coerces the feed and each item', () => {
    const feed = coerceFeed({ title: { _: 'Diario' }, link: 'https://d.example/', ttl: '20', items: [{ title: 'Uno' }] });
    expect(feed.title).toBe('Diario');
    expect(feed.link).toBe('https://d.example/');
    expect(feed.ttlMinutes).toBe(20);
    expect(feed.items.map((item) => item.title)).toEqual(['Uno']);
  });

  it('gives the feed title as one line of plain text, whether it came as markup or not', () => {
    expect(coerceFeed({ title: '<div xmlns="http://www.w3.org/1999/xhtml">Diario <em>libre</em>\n de Caracas</div>', items: [] }).title).toBe('Diario libre de Caracas');
    expect(coerceFeed({ title: 'Radio <<La Voz>> &amp; Noticias', items: [] }).title).toBe('Radio <<La Voz>> & Noticias');
    expect(coerceFeed({ title: ' <p> </p> ', items: [] }).title).toBeNull();
  });

  it('gives an empty feed for input that is not an object', () => {
    expect(coerceFeed(null)).toEqual({ title: null, link: null, ttlMinutes: null, items: [] });
    expect(coerceFeed({ items: 'x' }).items).toEqual([]);
  });
});
