import { describe, expect, it } from 'vitest';
import type { ParsedFeed, RawItem } from '../../src/model';
import { coerceFeed } from '../../src/parse/coerce';
import { readFeed } from '../../src/parse/read-feed';
import { analyzeFeed, matcherFromRules, normalizeFeed, storyYear } from '../../src/pipeline/analyze-feed';
import { miniRules } from '../support/mini-config';

const FEED = { url: 'https://diario.example/rss', name: 'Diario', language: null };
const NOW = Date.parse('2025-11-17T15:00:00Z');

function item(guid: string, title: string, html: string, published: string | null): RawItem {
  return { guid, link: `https://diario.example/${guid}`, title, html, description: null, author: null, published, mediaUrl: null };
}

// Newest first, as feeds list them; the last is the first item again, edited, under the same guid and title.
const parsed: ParsedFeed = {
  title: 'Diario',
  link: 'https://diario.example/',
  ttlMinutes: 30,
  items: [
    item('lluvias', 'Lluvias en Mérida', '<p>Las lluvias cerraron dos carreteras del estado.</p>', 'Mon, 17 Nov 2025 12:00:00 GMT'),
    item('maduro', 'Nicolás Maduro habla en Caracas', '<p>El presidente Nicolás Maduro habló ante la Asamblea.</p>', 'Mon, 17 Nov 2025 10:00:00 GMT'),
    item('sin-fecha', 'Delcy Rodríguez viaja a Moscú', '<p>La vicepresidenta Delcy Rodríguez llegó a Moscú.</p>', null),
    item('lluvias', 'Lluvias en Mérida', '<p>Otra copia.</p>', 'Mon, 17 Nov 2025 12:00:00 GMT'),
  ],
};

describe('analyzeFeed', () => {
  const matcher = matcherFromRules(miniRules);

  it('matches every new story, oldest first, and takes cluster features of matched ones only', () => {
    const analyzed = analyzeFeed(parsed, { feed: FEED, now: NOW, known: [] }, matcher);
    expect(analyzed.items).toBe(4);
    expect(analyzed.ttlMinutes).toBe(30);
    // The undated story sorts with the dated one listed after it (older in the feed's order).
    expect(analyzed.stories.map(({ story }) => story.guid)).toEqual(['maduro', 'lluvias', 'sin-fecha']);
    const [maduro, lluvias, delcy] = analyzed.stories;
    expect(maduro!.match.entities.map((entity) => entity.id)).toEqual(['nicolas-maduro']);
    expect(maduro!.features).toMatchObject({ storyId: maduro!.story.id, at: Date.parse('2025-11-17T10:00:00Z'), entities: ['nicolas-maduro'] });
    expect(lluvias!.match.entities).toEqual([]);
    expect(lluvias!.features).toBeNull();
    // Undated: the features carry the time of the poll.
    expect(delcy!.features).toMatchObject({ at: NOW, entities: ['delcy-rodriguez'] });
  });

  it('skips the ids the caller already stored, without matching them', () => {
    const stories = normalizeFeed(parsed, FEED, NOW);
    const known = stories.filter((story) => story.guid !== 'sin-fecha').map((story) => story.id);
    const analyzed = analyzeFeed(parsed, { feed: FEED, now: NOW, known }, matcher);
    expect(analyzed.items).toBe(4);
    expect(analyzed.stories.map(({ story }) => story.guid)).toEqual(['sin-fecha']);
  });

  it('skips known items by guid or link before reading them, and sorts the new ones as if it had read them', () => {
    // Newest first. The known dated items are what the undated new ones sort beside.
    const mixed: ParsedFeed = {
      ...parsed,
      items: [
        item('nueva-1', 'Nueva con fecha', '<p>Uno.</p>', 'Mon, 17 Nov 2025 13:00:00 GMT'),
        item('nueva-sin-fecha', 'Nueva sin fecha', '<p>Dos.</p>', null),
        item('vieja-guid', 'Vieja por guid', '<p>Tres.</p>', 'Mon, 17 Nov 2025 09:00:00 GMT'),
        { ...item('x', 'Vieja por enlace', '<p>Cuatro.</p>', 'Mon, 17 Nov 2025 11:00:00 GMT'), guid: null, link: 'https://diario.example/vieja' },
        item('nueva-2', 'Otra nueva', '<p>Seis.</p>', 'Mon, 17 Nov 2025 10:00:00 GMT'),
        { ...item('x', 'Vieja sin guid ni enlace', '<p>Cinco.</p>', 'Mon, 17 Nov 2025 08:00:00 GMT'), guid: null, link: null },
      ],
    };
    const all = normalizeFeed(mixed, FEED, NOW);
    const known = new Set(all.filter((story) => story.title.startsWith('Vieja')).map((story) => story.id));
    expect(known.size).toBe(3);
    const fresh = normalizeFeed(mixed, FEED, NOW, known);
    expect(fresh).toEqual(all.filter((story) => !known.has(story.id)));
    // The undated one sorts with the known 09:00 item listed after it, before the new 10:00 one.
    expect(fresh.map((story) => story.guid)).toEqual(['nueva-sin-fecha', 'nueva-2', 'nueva-1']);
  });

  it('keeps every story of a feed that gives all its items one guid and one link, and finds the next one new', () => {
    const section = (title: string, published: string): RawItem => ({ ...item('seccion', title, `<p>${title}.</p>`, published), link: 'https://diario.example/politica/' });
    const first: ParsedFeed = {
      ...parsed,
      items: [
        section('Padrino López anuncia ejercicios militares', 'Mon, 17 Nov 2025 12:00:00 GMT'),
        section('Cabello habla sobre el Cartel de los Soles', 'Mon, 17 Nov 2025 10:00:00 GMT'),
      ],
    };
    const stored = normalizeFeed(first, FEED, NOW);
    expect(stored.map((story) => story.title)).toEqual(['Cabello habla sobre el Cartel de los Soles', 'Padrino López anuncia ejercicios militares']);
    const next: ParsedFeed = { ...first, items: [section('Delcy Rodríguez viaja a Moscú', 'Mon, 17 Nov 2025 14:00:00 GMT'), ...first.items] };
    expect(normalizeFeed(next, FEED, NOW, new Set(stored.map((story) => story.id))).map((story) => story.title)).toEqual(['Delcy Rodríguez viaja a Moscú']);
  });

  it('gives a feed with no items no stories, and keeps its ttl', () => {
    expect(analyzeFeed({ ...parsed, items: [] }, { feed: FEED, now: NOW, known: [] }, matcher)).toEqual({ items: 0, ttlMinutes: 30, stories: [] });
  });
});

describe('analyzeFeed on feeds as the parse worker reads them', () => {
  const matcher = matcherFromRules(miniRules);
  const analyze = async (xml: string) => analyzeFeed(coerceFeed(await readFeed(xml)), { feed: FEED, now: NOW, known: [] }, matcher).stories;
  const atom = (entry: string): string => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Diario</title><link href="https://diario.example/"/>${entry}</feed>`;
  const rss = (item: string, rootAttributes = ''): string =>
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${rootAttributes}><channel><title>Diario</title><link>https://diario.example/</link>${item}</channel></rss>`;

  it('matches a figure marked up inside an Atom title that declares no type', async () => {
    const [story] = await analyze(atom('<entry><id>urn:c</id><title>Sanciones a <b>Nicolás Maduro</b> por narcotráfico</title><link href="https://diario.example/c"/></entry>'));
    expect(story!.story.title).toBe('Sanciones a Nicolás Maduro por narcotráfico');
    expect(story!.match.entities.map((entity) => entity.id)).toEqual(['nicolas-maduro']);
  });

  it('keeps the word order of Atom XHTML titles and bodies', async () => {
    const [story] = await analyze(
      atom(
        '<entry><id>urn:d</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">La fiscalía acusa a <b>Nicolás Maduro</b> de narcotráfico</div></title>' +
          '<link href="https://diario.example/d"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>El fiscal acusó a <b>Nicolás Maduro</b> de dirigir el Cartel de los Soles desde 2013.</p><p>Caracas lo niega.</p></div></content></entry>',
      ),
    );
    expect(story!.story.title).toBe('La fiscalía acusa a Nicolás Maduro de narcotráfico');
    expect(story!.story.text).toBe('El fiscal acusó a Nicolás Maduro de dirigir el Cartel de los Soles desde 2013.\n\nCaracas lo niega.');
  });

  it('links a relative item link under the xml:base the feed declares', async () => {
    const [story] = await analyze(rss('<item><title>Nicolás Maduro habla</title><link>noticias/123</link></item>', ' xml:base="https://cdn.diario.example/es/"'));
    expect(story!.story.url).toBe('https://cdn.diario.example/es/noticias/123');
  });

  it('keeps a quote written with escaped ASCII guillemets in an RSS title, and still drops escaped tags', async () => {
    const stories = await analyze(
      rss(
        '<item><title>Maduro: &lt;&lt;El Cartel de los Soles no existe&gt;&gt;</title><link>https://diario.example/a</link><pubDate>Mon, 17 Nov 2025 12:00:00 GMT</pubDate></item>' +
          '<item><title>Sanciones a &lt;b&gt;Delcy Rodríguez&lt;/b&gt;</title><link>https://diario.example/b</link><pubDate>Mon, 17 Nov 2025 11:00:00 GMT</pubDate>' +
          '<description>&lt;p&gt;La vicepresidenta &lt;b&gt;Delcy Rodríguez&lt;/b&gt; respondió.&lt;/p&gt;</description></item>',
      ),
    );
    expect(stories.map(({ story }) => story.title)).toEqual(['Sanciones a Delcy Rodríguez', 'Maduro: <<El Cartel de los Soles no existe>>']);
    expect(stories[0]!.story.text).toBe('La vicepresidenta Delcy Rodríguez respondió.');
    expect(stories[1]!.match.entities.map((entity) => entity.id)).toContain('cartel-de-los-soles');
  });

  it('checks an age given with a name against the year the story was published', () => {
    const aged = matcherFromRules({ ...miniRules, entities: miniRules.entities.map((entity) => (entity.id === 'nicolas-maduro' ? { ...entity, born: 1962 } : entity)) });
    const withAge = (guid: string, published: string): ParsedFeed => ({
      ...parsed,
      items: [item(guid, 'Discurso en Caracas', '<p>Nicolás Maduro, 63, habló en Caracas.</p>', published)],
    });
    const entitiesIn = (feed: ParsedFeed): string[] => analyzeFeed(feed, { feed: FEED, now: NOW, known: [] }, aged).stories.flatMap(({ match }) => match.entities.map((entity) => entity.id));
    expect(entitiesIn(withAge('2025', 'Mon, 17 Nov 2025 10:00:00 GMT'))).toEqual(['nicolas-maduro']);
    // At 63 in a story of 1990 it is someone else.
    expect(entitiesIn(withAge('1990', 'Mon, 19 Nov 1990 10:00:00 GMT'))).toEqual([]);
  });
});

describe('storyYear', () => {
  it('takes the story’s date, or the poll’s for an undated story', () => {
    const now = Date.parse('2026-01-02T00:00:00Z');
    const story = normalizeFeed({ ...parsed, items: [item('y', 'Título', '<p>Texto.</p>', 'Mon, 17 Nov 2025 10:00:00 GMT')] }, FEED, now)[0]!;
    expect(storyYear(story, now)).toBe(2025);
    expect(storyYear({ ...story, publishedAt: null }, now)).toBe(2026);
  });
});

