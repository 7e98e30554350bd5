/**
 * describeNonFeed: the look at a body's start that names what came back instead of a feed (nothing,
 * an HTML page, a Cloudflare challenge, JSON, plain text, another XML document), and lets anything
 * that may be RSS, Atom or RDF through to the parser.
 */
import { describe, expect, it } from 'vitest';
import { describeNonFeed } from '../../src/parse/sniff';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

describe('describeNonFeed: bodies that may be feeds', () => {
  it('lets RSS, Atom and RDF roots through, with or without a declaration', () => {
    expect(describeNonFeed(`${XML_DECLARATION}\n<rss version="2.0"><channel><title>Noticias</title></channel></rss>`)).toBeNull();
    expect(describeNonFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>Mesa</title></feed>')).toBeNull();
    expect(describeNonFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>')).toBeNull();
    expect(describeNonFeed('<RSS version="0.91"></RSS>')).toBeNull();
    expect(describeNonFeed('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>')).toBeNull();
  });

  it('looks past a byte-order mark, leading space, comments, stylesheets and a DOCTYPE', () => {
    expect(describeNonFeed('\uFEFF<rss version="2.0"/>')).toBeNull();
    expect(describeNonFeed('\n\n   <rss version="2.0"/>')).toBeNull();
    const prolog = [
      XML_DECLARATION,
      '<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>',
      '<!-- generated at 10:00 > cached -->',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.com/rss-0.91.dtd">',
    ].join('\n');
    expect(describeNonFeed(`${prolog}\n<rss version="0.91"/>`)).toBeNull();
  });

  it('looks past a DOCTYPE with an internal subset', () => {
    expect(describeNonFeed(`${XML_DECLARATION}<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<rss version="2.0"/>`)).toBeNull();
  });

  it('leaves a prolog longer than the part it looks at, or odd syntax, to the parser', () => {
    expect(describeNonFeed(`<!-- ${'relleno '.repeat(1000)} -->\n<html></html>`)).toBeNull();
    expect(describeNonFeed('<!-- never closed')).toBeNull();
    expect(describeNonFeed('<1rss/>')).toBeNull();
  });
});

describe('describeNonFeed: bodies that are not feeds', () => {
  it('names an empty or blank body', () => {
    for (const body of ['', '   \n\t ', '\uFEFF']) expect(describeNonFeed(body)).toBe('got an empty body, not a feed');
  });

  it('names an HTML page by its DOCTYPE or its root, in any case', () => {
    const page = 'got an HTML page, not a feed';
    expect(describeNonFeed('<!DOCTYPE html>\n<html lang="es"><body>Portada</body></html>')).toBe(page);
    expect(describeNonFeed('<!doctype HTML><p>hola</p>')).toBe(page);
    expect(describeNonFeed('<html><head><title>Noticias</title></head></html>')).toBe(page);
    expect(describeNonFeed('<HEAD><title>x</title></HEAD>')).toBe(page);
    expect(describeNonFeed('<body>Sin cabecera</body>')).toBe(page);
  });

  it('names an XHTML page behind a declaration and a DOCTYPE', () => {
    const xhtml = `${XML_DECLARATION}\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"></html>`;
    expect(describeNonFeed(xhtml)).toBe('got an HTML page, not a feed');
    expect(describeNonFeed('<h:html xmlns:h="http://www.w3.org/1999/xhtml"/>')).toBe('got an HTML page, not a feed');
  });

  it('names a Cloudflare challenge before calling it an HTML page', () => {
    const challenge = 'got a Cloudflare challenge page, not a feed';
    expect(describeNonFeed('<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>')).toBe(challenge);
    expect(describeNonFeed('<html><head><TITLE> Just a moment... </TITLE></head></html>')).toBe(challenge);
    expect(describeNonFeed('<html><script src="/cdn-cgi/challenge-platform/h/b/orchestrate"></script></html>')).toBe(challenge);
    expect(describeNonFeed('<html><form id="cf_chl_form"></form></html>')).toBe(challenge);
    expect(describeNonFeed('<html><title>Attention Required! | Cloudflare</title></html>')).toBe(challenge);
  });

  it('never takes a feed for a challenge, whatever its titles say', () => {
    expect(describeNonFeed('<rss version="2.0"><channel><title>Just a moment...</title><item><title>Attention Required! | Cloudflare</title></item></channel></rss>')).toBeNull();
    expect(describeNonFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>cf_chl_ explained</title></feed>')).toBeNull();
  });

  it('looks for a challenge only near the start of the body', () => {
    const late = `<html><body>${'x'.repeat(5000)}<form id="cf_chl_form"></form></body></html>`;
    expect(describeNonFeed(late)).toBe('got an HTML page, not a feed');
  });

  it('names JSON, and a JSON Feed as the unsupported format it is', () => {
    expect(describeNonFeed('{"error": "not found"}')).toBe('got JSON, not a feed');
    expect(describeNonFeed('  [{"title": "Maduro"}]')).toBe('got JSON, not a feed');
    const jsonFeed = 'got a JSON Feed, which is not supported (only RSS and Atom)';
    expect(describeNonFeed('{"version": "https://jsonfeed.org/version/1.1", "title": "Mesa", "items": []}')).toBe(jsonFeed);
    expect(describeNonFeed('{"version":"http://jsonfeed.org/version/1","items":[]}')).toBe(jsonFeed);
  });

  it('names text that does not start like XML', () => {
    expect(describeNonFeed('Service Unavailable')).toBe('got text that is not XML, not a feed');
    expect(describeNonFeed('Acceso denegado <rss>')).toBe('got text that is not XML, not a feed');
  });

  it('names an XML document with another root, as written', () => {
    expect(describeNonFeed(`${XML_DECLARATION}<Error><Code>AccessDenied</Code></Error>`)).toBe('got an XML document whose root is <Error>, not a feed');
    expect(describeNonFeed('<soap:Envelope xmlns:soap="urn:x"/>')).toBe('got an XML document whose root is <soap:Envelope>, not a feed');
    // A longer name that starts like a feed root is another root.
    expect(describeNonFeed('<rssfeed/>')).toBe('got an XML document whose root is <rssfeed>, not a feed');
  });
});
