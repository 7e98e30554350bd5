/**
 * keepMarkupOfTextElements: titles and bodies holding child elements reach rss-parser as HTML in
 * document order (decoded text, the child elements' tags in place), instead of xml2js's text-first
 * split that loses or reorders words.
 */
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { keepMarkupOfTextElements } from '../../src/parse/mixed-content';

type Loose = Record<string, any>;

async function parseWithMarkupKept(xml: string): Promise<Loose> {
  const parser = new Parser();
  expect(keepMarkupOfTextElements((parser as unknown as { xmlParser: unknown }).xmlParser)).toBe(true);
  return (await parser.parseString(xml)) as Loose;
}

const atom = (entry: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Boletín</title>${entry}</feed>`;

describe('keepMarkupOfTextElements', () => {
  it('hands over a title with naked inline markup with its words in place', async () => {
    const feed = await parseWithMarkupKept(atom('<entry><id>urn:1</id><title>Sanciones a <b>Nicolás Maduro</b> por narcotráfico</title></entry>'));
    expect(feed.items[0].title).toBe('Sanciones a <b>Nicolás Maduro</b> por narcotráfico');
  });

  it('keeps an XHTML body and title in document order, text decoded, tags without attributes', async () => {
    const feed = await parseWithMarkupKept(
      atom(
        '<entry><id>urn:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Cabello &amp; <i class="x">el informe</i> fiscal</div></title>' +
          '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>La fiscalía acusó a <b>Diosdado Cabello</b> de dirigir la red.</p></div></content></entry>',
      ),
    );
    expect(feed.items[0].title).toBe('<div>Cabello & <i>el informe</i> fiscal</div>');
    expect(feed.items[0].content).toBe('<div><p>La fiscalía acusó a <b>Diosdado Cabello</b> de dirigir la red.</p></div>');
  });

  it('reads RSS descriptions, content:encoded and the channel title the same way, and leaves plain text alone', async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>' +
      '<title>Diario <em>libre</em> de Caracas</title><link>https://diario.example/</link>' +
      '<item><title>Texto simple &amp; claro</title><description>El <b>TdA</b> opera en Chile.</description>' +
      '<content:encoded>Uno <br/> dos <!-- nota --><![CDATA[<i>tres</i>]]></content:encoded></item>' +
      '<item><title><![CDATA[Con <b>CDATA</b>]]></title></item></channel></rss>';
    const feed = await parseWithMarkupKept(rss);
    expect(feed.title).toBe('Diario <em>libre</em> de Caracas');
    expect(feed.items[0].title).toBe('Texto simple & claro');
    expect(feed.items[0].content).toBe('El <b>TdA</b> opera en Chile.');
    expect(feed.items[0]['content:encoded']).toBe('Uno <br></br> dos <i>tres</i>');
    expect(feed.items[1].title).toBe('Con <b>CDATA</b>');
  });

  it('keeps escaped markup beside naked markup escaped once less, as the XML parser reads any text', async () => {
    const rss =
      '<rss version="2.0"><channel><title>Foro</title><item><title>Uno</title>' +
      '<description>&amp;lt;p&amp;gt;Opinión sobre el &amp;lt;b&amp;gt;TdA&amp;lt;/b&amp;gt;&amp;lt;/p&amp;gt; enviado por <a href="/u/ana">ana</a></description>' +
      '</item></channel></rss>';
    const feed = await parseWithMarkupKept(rss);
    expect(feed.items[0].content).toBe('&lt;p&gt;Opinión sobre el &lt;b&gt;TdA&lt;/b&gt;&lt;/p&gt; enviado por <a>ana</a>');
  });

  it('drops the tags of child elements that are not HTML and keeps their text', async () => {
    const feed = await parseWithMarkupKept(
      atom(
        '<entry><id>urn:4</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Se pagan <math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><mi>x</mi><mo>+</mo><mn>5</mn></mrow></math> ' +
          'millones <nota xmlns="urn:nota" tipo="x">por persona</nota><marca xmlns="urn:nota"/>.</div></content></entry>',
      ),
    );
    expect(feed.items[0].content).toBe('<div>Se pagan <math><mrow><mi>x</mi><mo>+</mo><mn>5</mn></mrow></math> millones por persona.</div>');
  });

  it('reads nested and self-closed elements, and a document with a byte-order mark', async () => {
    const feed = await parseWithMarkupKept('\uFEFF' + atom('<entry><id>urn:3</id><title>A <span>b <b>c</b> <br/> d</span> e</title><summary>Sin marcas</summary></entry>'));
    expect(feed.items[0].title).toBe('A <span>b <b>c</b> <br></br> d</span> e');
    expect(feed.items[0].summary).toBe('Sin marcas');
  });

  it('changes nothing on a parser of another shape', () => {
    expect(keepMarkupOfTextElements({})).toBe(false);
    expect(keepMarkupOfTextElements(null)).toBe(false);
    expect(keepMarkupOfTextElements({ saxParser: { onopentag: () => undefined } })).toBe(false);
  });
});
