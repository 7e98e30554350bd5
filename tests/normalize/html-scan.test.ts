/**
 * scanHtml: the single pass that splits feed HTML into raw paragraphs (entities still encoded) and
 * says whether the input held markup. Covers block and inline tags, table cells, comments, CDATA,
 * declarations, dropped script/style content, quoted attributes holding ">", and broken markup.
 * Decoding and whitespace clean-up happen later, in htmlToText (html-text.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/normalize/html-scan';

/** Paragraphs with the whitespace-only ones left out: the scan keeps them raw, its caller drops them. */
const paragraphsOf = (html: string): string[] => scanHtml(html).paragraphs.filter((paragraph) => paragraph.trim() !== '');

describe('scanHtml: plain text and paragraphs', () => {
  it('returns plain text as one paragraph and says it saw no markup', () => {
    expect(scanHtml('Maduro habló en Caracas.')).toEqual({ paragraphs: ['Maduro habló en Caracas.'], sawMarkup: false });
    expect(scanHtml('')).toEqual({ paragraphs: [], sawMarkup: false });
  });

  it('treats "<" not followed by a tag name as text', () => {
    expect(scanHtml('Si 5 < 6 y 7 > 3, la cifra <3 no es < p>')).toEqual({ paragraphs: ['Si 5 < 6 y 7 > 3, la cifra <3 no es < p>'], sawMarkup: false });
    expect(scanHtml('a </ b')).toEqual({ paragraphs: ['a </ b'], sawMarkup: false });
  });

  it('keeps ASCII guillemet quotes and other "<word" text that is no HTML element', () => {
    expect(scanHtml('Diosdado Cabello: <<El Cartel de los Soles no existe>>')).toEqual({
      paragraphs: ['Diosdado Cabello: <<El Cartel de los Soles no existe>>'],
      sawMarkup: false,
    });
    expect(paragraphsOf('<p>El ministro dijo <<A mí no me asusta nadie>> y se fue.</p>')).toEqual(['El ministro dijo <<A mí no me asusta nadie>> y se fue.']);
  });

  it('starts a paragraph at each block element and keeps inline elements in the running text', () => {
    const { paragraphs, sawMarkup } = scanHtml('<h2>Cabello responde</h2><p>El ministro <b>negó</b> las <a href="/x">acusaciones</a>.</p><ul><li>Uno</li><li>Dos</li></ul>');
    expect(paragraphs).toEqual(['Cabello responde', 'El ministro negó las acusaciones.', 'Uno', 'Dos']);
    expect(sawMarkup).toBe(true);
  });

  it('breaks at <br> in any spelling and at block tags in upper case', () => {
    expect(paragraphsOf('Línea uno<br>Línea dos<BR/>Línea tres<br />Línea cuatro')).toEqual(['Línea uno', 'Línea dos', 'Línea tres', 'Línea cuatro']);
    expect(paragraphsOf('<DIV>Arriba</DIV><P>Abajo</P>')).toEqual(['Arriba', 'Abajo']);
  });

  it('reads the whole tag name: <param>, <p-x> and <o:p> are not paragraphs', () => {
    expect(paragraphsOf('Uno<param name="a">Dos<p-x>Tres</p-x><o:p>Cuatro</o:p>')).toEqual(['UnoDosTresCuatro']);
    expect(paragraphsOf('Uno<pre>Dos</pre>Tres<h3>Cuatro</h3>')).toEqual(['Uno', 'Dos', 'Tres', 'Cuatro']);
  });

  it('keeps entities encoded', () => {
    expect(paragraphsOf('<p>Sanciones &amp; petróleo &#8220;ya&#8221;&nbsp;</p>')).toEqual(['Sanciones &amp; petróleo &#8220;ya&#8221;&nbsp;']);
  });

  it('puts a space for every table cell tag so cells do not glue together', () => {
    expect(paragraphsOf('<table><tr><th>Figura</th><th>Recompensa</th></tr><tr><td>Cabello</td><td>25</td></tr></table>')).toEqual([
      ' Figura  Recompensa ',
      ' Cabello  25 ',
    ]);
  });
});

describe('scanHtml: comments, CDATA and declarations', () => {
  it('drops comments, even ones holding tags, and an unclosed comment to the end', () => {
    expect(paragraphsOf('Antes<!-- anuncio <p>no</p> -->después')).toEqual(['Antesdespués']);
    expect(paragraphsOf('<p>Texto</p><!-- sin cierre <p>oculto</p>')).toEqual(['Texto']);
    expect(scanHtml('<!-- nada -->')).toEqual({ paragraphs: [], sawMarkup: true });
  });

  it('reads "<!-->" and "<!--->" as whole empty comments, as browsers do, and "<!---->" too', () => {
    expect(paragraphsOf('Antes<!-->Visible<p>mas</p>')).toEqual(['AntesVisible', 'mas']);
    expect(paragraphsOf('Antes<!--->Visible')).toEqual(['AntesVisible']);
    expect(paragraphsOf('Antes<!---->Visible')).toEqual(['AntesVisible']);
  });

  it('unwraps CDATA and scans the HTML inside it', () => {
    expect(paragraphsOf('<![CDATA[<p>Sanciones &amp; oro</p><p>Segundo</p>]]>')).toEqual(['Sanciones &amp; oro', 'Segundo']);
    expect(paragraphsOf('<![CDATA[Texto sin etiquetas]]>')).toEqual(['Texto sin etiquetas']);
    expect(scanHtml('<![CDATA[hola]]>').sawMarkup).toBe(true);
  });

  it('leaves "]]>" alone when there was no CDATA', () => {
    expect(paragraphsOf('<p>x]]>y</p>')).toEqual(['x]]>y']);
  });

  it('drops declarations and processing instructions, closed or not', () => {
    expect(paragraphsOf('<?xml version="1.0"?><!DOCTYPE html><p>Hola</p>')).toEqual(['Hola']);
    expect(scanHtml('Texto<!DOCTYPE sin cierre')).toEqual({ paragraphs: ['Texto'], sawMarkup: true });
  });
});

describe('scanHtml: dropped content', () => {
  it('drops script and style content, even when it holds tags or quotes', () => {
    const html = '<p>Antes</p><script type="text/javascript">if (a < b) { s = "</p><p>oculto"; }</script><style>p > b { color: red }</style><p>Después</p>';
    expect(paragraphsOf(html)).toEqual(['Antes', 'Después']);
  });

  it('drops the content of every embed-like element', () => {
    for (const name of ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg']) {
      expect(paragraphsOf(`<p>Visible</p><${name}>oculto</${name}><p>Fin</p>`)).toEqual(['Visible', 'Fin']);
    }
  });

  it('finds the closing tag in any case and with attributes or spaces, but not a longer name', () => {
    expect(paragraphsOf('<SCRIPT>uno</Script >Visible')).toEqual(['Visible']);
    expect(paragraphsOf('<script>uno</scripts>dos</script data-x="a>b">Visible')).toEqual(['Visible']);
  });

  it('keeps the words either side of dropped content apart', () => {
    expect(paragraphsOf('<p>Antes<style>b{}</style>después</p>')).toEqual(['Antes', 'después']);
  });

  it('hides everything after an element that never closes', () => {
    expect(paragraphsOf('<p>Visible</p><script>var x = 1; <p>oculto</p>')).toEqual(['Visible']);
  });

  it('drops nothing for a self-closed embed or a stray closing tag', () => {
    expect(paragraphsOf('Mapa <svg viewBox="0 0 1 1"/> de rutas')).toEqual(['Mapa  de rutas']);
    expect(paragraphsOf('uno</script>dos')).toEqual(['unodos']);
  });
});

describe('scanHtml: attributes and broken markup', () => {
  it('does not end a tag at ">" inside a quoted attribute value', () => {
    expect(paragraphsOf('<a title="5 > 3" href=\'/x>y\'>enlace</a> final')).toEqual(['enlace final']);
    expect(paragraphsOf('<a href = "x>y">con espacios</a>')).toEqual(['con espacios']);
  });

  it('takes a quote as a value only after "="', () => {
    // "uno is an attribute name here, as browsers read it: the first ">" ends the tag.
    expect(paragraphsOf('<p data-x "uno>dos">')).toEqual(['dos">']);
  });

  it('ends a tag at ">" when its quote is never closed', () => {
    expect(paragraphsOf('<img alt="sin cierre>Texto después')).toEqual(['Texto después']);
  });

  it('drops an unclosed tag at the end of a truncated summary', () => {
    expect(paragraphsOf('<p>Texto cortado</p><img src="foto.jpg" alt="Cabe')).toEqual(['Texto cortado']);
    expect(paragraphsOf('Maduro habló <a href="x')).toEqual(['Maduro habló ']);
  });

  it('splits paragraphs whose end tags are missing', () => {
    expect(paragraphsOf('<p>Uno<p>Dos<li>Tres')).toEqual(['Uno', 'Dos', 'Tres']);
  });

  it('keeps the text before a run of unclosed tag openings', () => {
    expect(scanHtml('Titular ' + '<p'.repeat(20_000))).toEqual({ paragraphs: ['Titular '], sawMarkup: true });
  });
});
