import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/parse/read-feed';

describe('readFeed', () => {
  it('keeps only the fields coercion reads, and the raw text of an Atom date it cannot read', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Mesa</title>
      <link href="https://mesa.example/"/><link/>
      <entry><id>tag:mesa.example,2025:1</id><title>Sanciones</title><link/><link href="https://mesa.example/1"/>
      <updated>la semana pasada</updated><summary>Resumen.</summary><rights>reservados</rights></entry></feed>`;
    const feed = (await readFeed(atom)) as { title: string; link: string; items: Array<Record<string, unknown>> };
    expect(feed.title).toBe('Mesa');
    expect(feed.link).toBe('https://mesa.example/');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ id: 'tag:mesa.example,2025:1', title: 'Sanciones', link: 'https://mesa.example/1', pubDate: 'la semana pasada' });
    expect(Object.keys(feed.items[0]!)).not.toContain('rights');
  });

  it('hands over Atom titles and bodies holding child elements as HTML, in document order', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Mesa</title>
      <entry><id>urn:1</id><title>Sanciones a <b>Nicolás Maduro</b> por narcotráfico</title></entry>
      <entry><id>urn:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">La fiscalía acusa a <b>Maduro</b> de narcotráfico</div></title>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>El fiscal acusó a <b>Nicolás Maduro</b> de dirigir la red.</p></div></content></entry>
      <entry><id>urn:3</id><title type="html">Sanciones a &lt;b&gt;Delcy Rodríguez&lt;/b&gt;</title></entry></feed>`;
    const feed = (await readFeed(atom)) as { items: Array<Record<string, unknown>> };
    expect(feed.items.map((item) => item.title)).toEqual([
      'Sanciones a <b>Nicolás Maduro</b> por narcotráfico',
      '<div>La fiscalía acusa a <b>Maduro</b> de narcotráfico</div>',
      'Sanciones a <b>Delcy Rodríguez</b>',
    ]);
    expect(feed.items[1]!.content).toBe('<div><p>El fiscal acusó a <b>Nicolás Maduro</b> de dirigir la red.</p></div>');
  });

  it('resolves relative links against the xml:base of the feed, channel, item or entry', async () => {
    const rss = `<rss version="2.0" xml:base="https://cdn.mesa.example/es/"><channel><title>Mesa</title><link>portada</link>
      <item><title>Uno</title><link>noticias/123</link></item></channel></rss>`;
    const rssFeed = (await readFeed(rss)) as { link: string; items: Array<Record<string, unknown>> };
    expect(rssFeed.link).toBe('https://cdn.mesa.example/es/portada');
    expect(rssFeed.items[0]!.link).toBe('https://cdn.mesa.example/es/noticias/123');
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.mesa.example/"><title>Mesa</title>
      <entry xml:base="es/"><id>urn:1</id><title>Dos</title><link href="notas/2"/></entry></feed>`;
    expect(((await readFeed(atom)) as { items: Array<Record<string, unknown>> }).items[0]!.link).toBe('https://atom.mesa.example/es/notas/2');
  });

  it('says an RSS document without a channel has none, instead of failing on a missing field', async () => {
    await expect(readFeed('<rss version="2.0"><item/></rss>')).rejects.toThrow('RSS without a <channel> element');
  });
});
