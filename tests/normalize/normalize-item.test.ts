import { describe, it, expect } from 'vitest';
import type { RawItem } from '../../src/model';
import { identifyItem, identifyItems, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, normalizeItem } from '../../src/normalize/normalize-item';

const NOW = Date.UTC(2025, 10, 20, 12, 0, 0);
const feed = { url: 'https://noticias.example/rss.xml', name: 'Noticias Ejemplo', link: 'https://noticias.example/', language: 'es-VE' };

function item(overrides: Partial<RawItem> = {}): RawItem {
  return {
    guid: 'https://noticias.example/?p=981',
    link: '/politica/cabello-niega?utm_source=rss&utm_medium=feed',
    title: 'Cabello niega v&iacute;nculos con el &lt;b&gt;Cartel de los Soles&lt;/b&gt;',
    html: '<p>El ministro Diosdado Cabello negó las acusaciones.</p><script>track()</script><p>Según la fiscalía…</p>',
    description: '<p>Resumen corto</p>',
    author: '  María Pérez  ',
    published: 'lun, 17 nov 2025 10:00:00 -0400',
    mediaUrl: null,
    ...overrides,
  };
}

describe('normalizeItem', () => {
  it('builds a story from a typical item', () => {
    const story = normalizeItem(item(), feed, NOW);
    expect(story).toEqual({
      id: expect.stringMatching(/^g:[0-9a-f]{24}$/),
      feedUrl: feed.url,
      feedName: feed.name,
      guid: 'https://noticias.example/?p=981',
      url: 'https://noticias.example/politica/cabello-niega',
      title: 'Cabello niega vínculos con el Cartel de los Soles',
      text: 'El ministro Diosdado Cabello negó las acusaciones.\n\nSegún la fiscalía…',
      publishedAt: Date.UTC(2025, 10, 17, 14, 0, 0),
      author: 'María Pérez',
      declaredLanguage: 'es',
    });
  });

  it('gives the same id on every poll', () => {
    expect(normalizeItem(item(), feed, NOW)?.id).toBe(normalizeItem(item(), feed, NOW + 60_000)?.id);
  });

  it('falls back to the description, then to nothing', () => {
    expect(normalizeItem(item({ html: null }), feed, NOW)?.text).toBe('Resumen corto');
    expect(normalizeItem(item({ html: '<img src="foto.jpg">' }), feed, NOW)?.text).toBe('Resumen corto');
    expect(normalizeItem(item({ html: null, description: null }), feed, NOW)?.text).toBe('');
  });

  it('drops read-more links and “appeared first on” lines from the end of the text', () => {
    const html =
      '<p>El ministro Diosdado Cabello negó las acusaciones.</p><p><a href="https://noticias.example/n">Seguir leyendo</a></p>' +
      '<p>La entrada <a href="https://noticias.example/n">Cabello niega vínculos con el Cartel de los Soles</a> se publicó primero en ' +
      '<a href="https://noticias.example/">Noticias Ejemplo</a>.</p>';
    expect(normalizeItem(item({ html }), feed, NOW)?.text).toBe('El ministro Diosdado Cabello negó las acusaciones.');
    // A body that was only the link leaves the description to speak.
    expect(normalizeItem(item({ html: '<p><a href="https://noticias.example/n">Leer más »</a></p>' }), feed, NOW)?.text).toBe('Resumen corto');
  });

  it('reads windows-1252 punctuation that the XML parser left as C1 code points', () => {
    const story = normalizeItem(item({ title: 'Maduro\u0092s regime', html: '<p>In power 2013\u00962025, it called the report \u0093a lie\u0094.</p>' }), feed, NOW);
    expect(story?.title).toBe('Maduro’s regime');
    expect(story?.text).toBe('In power 2013–2025, it called the report “a lie”.');
  });

  it('returns null when there is neither title nor text', () => {
    expect(normalizeItem(item({ title: '  <b></b> ', html: '<p></p>', description: null }), feed, NOW)).toBeNull();
  });

  it('uses a URL guid when the link is missing or unusable', () => {
    expect(normalizeItem(item({ link: null }), feed, NOW)?.url).toBe('https://noticias.example/?p=981');
    expect(normalizeItem(item({ link: 'javascript:void(0)' }), feed, NOW)?.url).toBe('https://noticias.example/?p=981');
    expect(normalizeItem(item({ link: null, guid: 'tag:noticias,2025:981' }), feed, NOW)?.url).toBeNull();
  });

  it('resolves relative links against the feed URL when the feed has no link', () => {
    const story = normalizeItem(item({ link: 'nota.html' }), { ...feed, link: null }, NOW);
    expect(story?.url).toBe('https://noticias.example/nota.html');
  });

  it('falls back to url- and content-based ids without a guid', () => {
    expect(normalizeItem(item({ guid: null }), feed, NOW)?.id).toMatch(/^u:/);
    expect(normalizeItem(item({ guid: null, link: null }), feed, NOW)?.id).toMatch(/^h:/);
  });

  it('nulls unusable dates, empty authors and odd languages', () => {
    const story = normalizeItem(item({ published: '2031-01-01T00:00:00Z', author: '   ' }), { ...feed, language: 'spanish' }, NOW);
    expect(story?.publishedAt).toBeNull();
    expect(story?.author).toBeNull();
    expect(story?.declaredLanguage).toBeNull();
    expect(normalizeItem(item(), { ...feed, language: 'EN-us' }, NOW)?.declaredLanguage).toBe('en');
    expect(normalizeItem(item(), { ...feed, language: null }, NOW)?.declaredLanguage).toBeNull();
  });

  it('caps hostile titles and bodies at a word boundary', () => {
    const story = normalizeItem(
      item({ title: 'Venezuela '.repeat(200), html: `<p>${'palabra '.repeat(5_000)}</p>` }),
      feed,
      NOW,
    );
    expect(story?.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(story?.title).toMatch(/Venezuela…$/);
    expect(story?.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(story?.text).toMatch(/palabra…$/);
  });

  it('keeps titles on one line', () => {
    expect(normalizeItem(item({ title: '<p>Primera</p><p>Segunda</p>' }), feed, NOW)?.title).toBe('Primera Segunda');
  });
});

describe('identifyItem', () => {
  it('gives the guid, the canonical URL and the id normalizeItem gives an item with a guid or a link', () => {
    const withGuid = item({ guid: ' nota-77 ' });
    const named = identifyItem(withGuid, feed);
    expect(named).toEqual({ guid: 'nota-77', url: 'https://noticias.example/politica/cabello-niega', linkedId: normalizeItem(withGuid, feed, NOW)!.id });
    const withRelativeLink = item({ guid: null, link: '/politica/nota-78?utm_source=rss' });
    expect(identifyItem(withRelativeLink, feed).linkedId).toBe(normalizeItem(withRelativeLink, feed, NOW)!.id);
    expect(identifyItem(withRelativeLink, feed).linkedId).toMatch(/^u:/);
  });

  it('names no id for an item that only its title and text can name', () => {
    const bare = item({ guid: null, link: null });
    expect(identifyItem(bare, feed)).toEqual({ guid: null, url: null, linkedId: null });
    expect(normalizeItem(bare, feed, NOW)!.id).toMatch(/^h:/);
  });

  it('is what normalizeItem uses when it is given one, instead of working it out again', () => {
    expect(normalizeItem(item(), feed, NOW, identifyItem(item(), feed))).toEqual(normalizeItem(item(), feed, NOW));
    const given = { guid: 'otra-guid', url: 'https://otro.example/nota', linkedId: 'g:000000000000000000000000' };
    expect(normalizeItem(item(), feed, NOW, given)).toMatchObject({ id: given.linkedId, guid: given.guid, url: given.url });
  });
});

describe('identifyItems', () => {
  const sameGuid = (title: string, link: string | null): RawItem => item({ guid: 'https://noticias.example/politica/', link, title });

  it('names items that share a guid under different titles by their own link, else by their content', () => {
    const [byLink, byContent, alsoByContent] = identifyItems(
      [sameGuid('Cabello niega el cartel', '/nota-1'), sameGuid('Padrino anuncia maniobras', '/seccion'), sameGuid('Delcy viaja a Moscú', '/seccion')],
      feed,
    );
    expect(byLink).toEqual({ guid: 'https://noticias.example/politica/', url: 'https://noticias.example/nota-1', linkedId: identifyItem(item({ guid: null, link: '/nota-1' }), feed).linkedId });
    expect(byContent).toMatchObject({ linkedId: null, shared: true });
    expect(alsoByContent).toMatchObject({ linkedId: null, shared: true });
    const [first, second] = [sameGuid('Padrino anuncia maniobras', '/seccion'), sameGuid('Delcy viaja a Moscú', '/seccion')].map((raw, index) =>
      normalizeItem(raw, feed, NOW, [byContent, alsoByContent][index]),
    );
    expect(first!.id).toMatch(/^h:/);
    expect(first!.id).not.toBe(second!.id);
    expect(first).toMatchObject({ guid: 'https://noticias.example/politica/', url: 'https://noticias.example/seccion' });
  });

  it('leaves an item listed twice under one guid and title as one article, and unique guids as they are', () => {
    const twice = [sameGuid('Cabello niega el cartel', '/nota-1'), { ...sameGuid('Cabello niega el cartel', '/nota-1'), html: '<p>Versión corregida.</p>' }];
    const [a, b] = identifyItems(twice, feed);
    expect(a).toEqual(b);
    expect(a).toEqual(identifyItem(twice[0]!, feed));
    const own = [item({ guid: 'a' }), item({ guid: 'b' })];
    expect(identifyItems(own, feed)).toEqual(own.map((raw) => identifyItem(raw, feed)));
  });
});
