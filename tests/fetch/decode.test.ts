import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from '../../src/fetch/decode';

const SPANISH = 'Año nuevo: educación, niño, ¿qué pasó?';
/** String to bytes one char per byte: "\x93" becomes 0x93, so windows-1252 test data reads naturally. */
const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('charsetFromContentType', () => {
  it('reads the charset parameter, quoted or not, in lower case', () => {
    expect(charsetFromContentType('text/xml; charset=ISO-8859-1')).toBe('iso-8859-1');
    expect(charsetFromContentType('application/rss+xml;charset="UTF-8"')).toBe('utf-8');
  });

  it('gives null without one', () => {
    expect(charsetFromContentType('application/xml')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});

describe('decodeBody', () => {
  it('trusts a UTF-8 byte-order mark over the HTTP charset and strips it', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(SPANISH)]);
    expect(decodeBody(body, 'text/xml; charset=iso-8859-1')).toEqual({ text: SPANISH, charset: 'utf-8', source: 'bom' });
  });

  it('decodes UTF-16LE with a byte-order mark', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SPANISH, 'utf16le')]);
    expect(decodeBody(body, null)).toEqual({ text: SPANISH, charset: 'utf-16le', source: 'bom' });
  });

  it('recognizes UTF-16LE without a byte-order mark from "<?"', () => {
    const xml = `<?xml version="1.0"?><title>${SPANISH}</title>`;
    const result = decodeBody(Buffer.from(xml, 'utf16le'), null);
    expect(result).toEqual({ text: xml, charset: 'utf-16le', source: 'xml' });
  });

  it('uses the HTTP charset', () => {
    expect(decodeBody(bytes(SPANISH), 'text/xml; charset=ISO-8859-1')).toEqual({
      text: SPANISH,
      charset: 'iso-8859-1',
      source: 'http',
    });
  });

  it('uses the XML declaration when HTTP says nothing', () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?><title>«${SPANISH}»</title>`;
    const result = decodeBody(bytes(xml), 'application/xml');
    expect(result.text).toBe(xml);
    expect(result).toMatchObject({ charset: 'windows-1252', source: 'xml' });
  });

  it('prefers the HTTP charset over the XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="iso-8859-1"?><title>${SPANISH}</title>`;
    expect(decodeBody(utf8(xml), 'text/xml; charset=utf-8')).toMatchObject({ text: xml, source: 'http' });
  });

  it('accepts undeclared text that is valid UTF-8', () => {
    expect(decodeBody(utf8(SPANISH), null)).toEqual({ text: SPANISH, charset: 'utf-8', source: 'utf-8' });
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const result = decodeBody(bytes('«Canción» de año nuevo'), 'application/xml');
    expect(result).toEqual({ text: '«Canción» de año nuevo', charset: 'windows-1252', source: 'fallback' });
  });

  // Node 20.18.3+ decodes these bytes as C1 controls (nodejs/node#60888); decode.ts repairs them.
  it('maps windows-1252 0x80-0x9F to quotes, dashes and the euro sign', () => {
    const result = decodeBody(bytes('\x93Canción\x94 \x96 cuesta 5 \x80'), null);
    expect(result.text).toBe('“Canción” – cuesta 5 €');
    expect(decodeBody(bytes('\x93s\xed\x94'), 'text/xml; charset=iso-8859-1').text).toBe('“sí”');
  });

  it('does not believe a UTF-8 label on windows-1252 bytes', () => {
    const result = decodeBody(bytes(SPANISH), 'text/xml; charset=utf-8');
    expect(result).toEqual({ text: SPANISH, charset: 'windows-1252', source: 'fallback' });
  });

  it('reads valid multi-byte UTF-8 under a Latin HTTP charset as UTF-8', () => {
    for (const label of ['ISO-8859-1', 'latin1', 'us-ascii', 'windows-1252']) {
      expect(decodeBody(utf8(SPANISH), `text/xml; charset=${label}`)).toEqual({ text: SPANISH, charset: 'utf-8', source: 'utf-8' });
    }
    // Pure ASCII reads the same in both, so the label stands.
    expect(decodeBody(utf8('Caracas'), 'text/xml; charset=iso-8859-1')).toEqual({ text: 'Caracas', charset: 'iso-8859-1', source: 'http' });
  });

  it('reads valid multi-byte UTF-8 under a Latin XML declaration as UTF-8', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><title>Delcy Rodríguez viaja a Moscú</title>`;
    expect(decodeBody(utf8(xml), 'application/rss+xml')).toEqual({ text: xml, charset: 'utf-8', source: 'utf-8' });
  });

  it('skips a charset label it does not know', () => {
    expect(decodeBody(utf8(SPANISH), 'text/xml; charset=x-klingon')).toMatchObject({ text: SPANISH, source: 'utf-8' });
  });

  it('decodes an empty body to an empty string', () => {
    expect(decodeBody(new Uint8Array(0), null).text).toBe('');
  });
});
