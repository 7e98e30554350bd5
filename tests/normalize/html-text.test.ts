import { describe, it, expect } from 'vitest';
import { containsTag, htmlToText } from '../../src/normalize/html-text';

describe('htmlToText', () => {
  it('turns block elements into paragraphs and inline elements into running text', () => {
    const html =
      '<div><h2>Cabello responde</h2><p>El ministro <b>Diosdado Cabello</b> negó las acusaciones.</p>' +
      '<ul><li>Primera</li><li>Segunda</li></ul>Línea uno<br/>Línea dos</div>';
    expect(htmlToText(html)).toBe(
      'Cabello responde\n\nEl ministro Diosdado Cabello negó las acusaciones.\n\nPrimera\n\nSegunda\n\nLínea uno\n\nLínea dos',
    );
  });

  it('collapses whitespace inside paragraphs and trims', () => {
    expect(htmlToText('  <p>  Caracas,\n\t  17   nov  </p>  ')).toBe('Caracas, 17 nov');
  });

  it('drops script and style content entirely, even in upper case or unclosed', () => {
    const html = '<p>Antes</p><SCRIPT type="text/javascript">alert("pwned")</SCRIPT><style>p { color: red }</style><p>Después</p>';
    expect(htmlToText(html)).toBe('Antes\n\nDespués');
    expect(htmlToText('<p>Visible</p><script>var hidden = "secret";')).toBe('Visible');
    expect(htmlToText('<script>document.write("<p>x</p>")</script>ok')).toBe('ok');
  });

  it('drops comments and declarations', () => {
    expect(htmlToText('<!DOCTYPE html><!-- ad slot --><p>Maduro habló</p><!-- unclosed')).toBe('Maduro habló');
  });

  it('unwraps CDATA left inside a body', () => {
    expect(htmlToText('<![CDATA[<p>Sanctions &amp; oil</p>]]>')).toBe('Sanctions & oil');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('&#8220;Cartel de los Soles&#x201D; &ndash; Fiscal&iacute;a&nbsp;de EE.&nbsp;UU.')).toBe(
      '“Cartel de los Soles” – Fiscalía de EE. UU.',
    );
  });

  it('decodes &amp;amp; exactly once', () => {
    expect(htmlToText('Procter &amp;amp; Gamble')).toBe('Procter &amp; Gamble');
  });

  it('strips double-escaped HTML once', () => {
    expect(htmlToText('&lt;p&gt;Hello&lt;/p&gt;')).toBe('Hello');
    expect(htmlToText('&lt;p&gt;AT&amp;amp;T in Caracas&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;')).toBe('AT&T in Caracas\n\nSecond');
  });

  it('keeps quotes written with ASCII guillemets, plain or inside escaped HTML', () => {
    expect(htmlToText('Diosdado Cabello: <<El Cartel de los Soles no existe>>')).toBe('Diosdado Cabello: <<El Cartel de los Soles no existe>>');
    expect(htmlToText('&lt;p&gt;Cabello dijo: &amp;lt;&amp;lt;No existe&amp;gt;&amp;gt;&lt;/p&gt;')).toBe('Cabello dijo: <<No existe>>');
  });

  it('still strips a title\'s escaped inline tags and a title written as HTML', () => {
    expect(htmlToText('Sanciones a &lt;b&gt;Nicolás Maduro&lt;/b&gt;')).toBe('Sanciones a Nicolás Maduro');
    expect(htmlToText('Sanciones a <b>Nicolás Maduro</b> por <a href="/x">narcotráfico</a>')).toBe('Sanciones a Nicolás Maduro por narcotráfico');
  });

  it('treats text without tags as plain text, keeping its blank lines as paragraphs', () => {
    expect(htmlToText('Venezuela   says no.\nMore here.\n\n  Second paragraph &amp; more')).toBe(
      'Venezuela says no. More here.\n\nSecond paragraph & more',
    );
    expect(htmlToText('Inflation < 5% and rising > 3')).toBe('Inflation < 5% and rising > 3');
  });

  it('survives unclosed and malformed tags', () => {
    expect(htmlToText('<p>Texto <b>sin cerrar <i>nunca')).toBe('Texto sin cerrar nunca');
    expect(htmlToText('Resumen truncado… <a href="https://example.com/not')).toBe('Resumen truncado…');
    expect(htmlToText('<a href="x>y" title=\'a > b\'>enlace</a>')).toBe('enlace');
    expect(htmlToText('<img alt="unmatched quote>texto')).toBe('texto');
  });

  it('strips control characters but keeps paragraph breaks', () => {
    expect(htmlToText('<p>Ca\u0000ra\u0007cas\u009D</p><p>&#1;dos\u0081</p>')).toBe('Caracas\n\ndos');
  });

  it('reads C1 code points as the windows-1252 punctuation feeds mean by them', () => {
    // What an XML parser makes of `Maduro&#146;s`, `2013&#150;2025` and `&#147;…&#148;`.
    expect(htmlToText('<p>Nicol\u00e1s Maduro\u0092s government, in power 2013\u00962025, called it \u0093a lie\u0094\u0085</p>')).toBe(
      'Nicolás Maduro’s government, in power 2013–2025, called it “a lie”…',
    );
    expect(htmlToText('Multa de 5 millones de \u0080 al r\u00e9gimen')).toBe('Multa de 5 millones de € al régimen');
  });

  it('returns on a 200 KB run of escaped <p fragments', () => {
    const hostile = '&lt;p'.repeat(200_000 / 5);
    expect(typeof htmlToText(hostile)).toBe('string');
    expect(htmlToText(`${hostile}&gt;tail`)).toBe('tail');
  });

  it('returns on other pathological inputs', () => {
    for (const piece of ['<p', '<a x="', '<a x=">', '<script>', '<!--', '</', '<![CDATA[']) {
      expect(typeof htmlToText(piece.repeat(40_000))).toBe('string');
    }
  });

  it('returns an empty string for empty or markup-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p><img src="a.jpg"><br>')).toBe('');
  });
});

describe('containsTag', () => {
  it('sees tags, not comparisons', () => {
    expect(containsTag('<p>x</p>')).toBe(true);
    expect(containsTag('a < b > c')).toBe(false);
    expect(containsTag('<p<p<p')).toBe(false);
    expect(containsTag('Cabello: <<El Cartel de los Soles no existe>>')).toBe(false);
    expect(containsTag('Cabello: <<El Cartel <b>no</b> existe>>')).toBe(true);
  });
});
