/**
 * xml:base: relative links resolved against the base the feed declares on its root, channel, item,
 * entry or link element, before rss-parser reads them. Trees here are shaped as xml2js builds them.
 */
import { describe, expect, it } from 'vitest';
import { baseWithin, resolveAtomLinks, resolveRdfLinks, resolveReference, resolveRssLinks } from '../../src/parse/xml-base';

describe('resolveReference', () => {
  it('resolves against an absolute base, and leaves absolute and empty references alone', () => {
    expect(resolveReference('noticias/123', 'https://cdn.diario.example/es/')).toBe('https://cdn.diario.example/es/noticias/123');
    expect(resolveReference(' ../en/42 ', 'https://cdn.diario.example/es/')).toBe('https://cdn.diario.example/en/42');
    expect(resolveReference('https://otro.example/x', 'https://cdn.diario.example/es/')).toBe('https://otro.example/x');
    expect(resolveReference('', 'https://cdn.diario.example/es/')).toBe('');
    expect(resolveReference('noticias/1', null)).toBe('noticias/1');
  });

  it('merges two relative references into one, for normalize to resolve later', () => {
    expect(resolveReference('noticias/123', '/es/')).toBe('/es/noticias/123');
    expect(resolveReference('noticias/123', 'es/portada')).toBe('es/noticias/123');
    expect(resolveReference('/raiz', 'es/')).toBe('/raiz');
    expect(resolveReference('/raiz', '//cdn.diario.example/es/')).toBe('//cdn.diario.example/raiz');
    expect(resolveReference('?p=2', '/es/lista?p=1#x')).toBe('/es/lista?p=2');
    expect(resolveReference('#arriba', '/es/nota#x')).toBe('/es/nota#arriba');
  });
});

describe('baseWithin', () => {
  it('resolves an element\'s own xml:base against the one around it', () => {
    expect(baseWithin({ $: { 'xml:base': 'es/' } }, 'https://diario.example/')).toBe('https://diario.example/es/');
    expect(baseWithin({ $: { 'xml:base': ' ' } }, 'https://diario.example/')).toBe('https://diario.example/');
    expect(baseWithin('texto', null)).toBeNull();
  });
});

describe('resolveRssLinks', () => {
  it('resolves the channel link and item links through the root, channel, item and link bases', () => {
    const rss = {
      $: { version: '2.0', 'xml:base': 'https://cdn.diario.example/es/' },
      channel: [
        {
          link: ['portada'],
          item: [
            { title: ['Uno'], link: ['noticias/1'] },
            { $: { 'xml:base': 'deportes/' }, link: ['2'] },
            { link: [{ _: '3', $: { 'xml:base': 'https://otro.example/a/' } }] },
            { link: ['https://absoluto.example/4'] },
          ],
        },
      ],
    };
    const { channel } = resolveRssLinks(rss);
    expect(channel[0].link).toEqual(['https://cdn.diario.example/es/portada']);
    expect(channel[0].item.map((item: { link: unknown[] }) => item.link[0])).toEqual([
      'https://cdn.diario.example/es/noticias/1',
      'https://cdn.diario.example/es/deportes/2',
      { _: 'https://otro.example/a/3', $: { 'xml:base': 'https://otro.example/a/' } },
      'https://absoluto.example/4',
    ]);
  });

  it('leaves items untouched when no xml:base is in scope', () => {
    const item = { link: ['noticias/1'] };
    const { channel } = resolveRssLinks({ $: { version: '2.0' }, channel: [{ link: ['/'], item: [item] }] });
    expect(channel[0].item[0]).toBe(item);
    expect(channel[0].link).toEqual(['/']);
  });
});

describe('resolveRdfLinks', () => {
  it('resolves the channel and items, both children of rdf:RDF', () => {
    const rdf = { $: { 'xml:base': 'https://rdf.diario.example/' }, channel: [{ link: ['/'] }], item: [{ link: ['oro/7'] }] };
    const resolved = resolveRdfLinks(rdf);
    expect(resolved.channel[0].link).toEqual(['https://rdf.diario.example/']);
    expect(resolved.item[0].link).toEqual(['https://rdf.diario.example/oro/7']);
  });
});

describe('resolveAtomLinks', () => {
  it('resolves feed and entry link hrefs through the feed, entry and link bases', () => {
    const feed = {
      $: { 'xml:base': 'https://atom.diario.example/es/' },
      link: [{ $: { rel: 'alternate', href: './' } }],
      entry: [
        { id: ['urn:1'], link: [{ $: { href: 'notas/1' } }] },
        { $: { 'xml:base': '/en/' }, link: [{ $: { href: 'notes/2', rel: 'alternate' } }, { $: { 'xml:base': 'https://x.example/', href: 'y' } }] },
        { id: ['urn:3'] },
      ],
    };
    const resolved = resolveAtomLinks(feed);
    expect(resolved.link[0].$.href).toBe('https://atom.diario.example/es/');
    expect(resolved.entry[0].link[0].$.href).toBe('https://atom.diario.example/es/notas/1');
    expect(resolved.entry[1].link.map((link: { $: { href: string } }) => link.$.href)).toEqual(['https://atom.diario.example/en/notes/2', 'https://x.example/y']);
    expect(resolved.entry[2]).toBe(feed.entry[2]);
  });
});
