/**
 * Turns feed bytes into text. Order of trust: a byte-order mark, then the HTTP charset, then the XML
 * declaration, then strict UTF-8, then windows-1252 (which never fails, so nothing is ever lost).
 * A declared charset is not believed where the bytes plainly contradict it (see decodeLabelled).
 */
import { repairWindows1252 } from '../normalize/windows-1252';

export type CharsetSource = 'bom' | 'http' | 'xml' | 'utf-8' | 'fallback';

export interface DecodedBody {
  text: string;
  charset: string;
  source: CharsetSource;
}

const XML_DECLARATION = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** A UTF-16 document without a BOM still starts with "<?" in two-byte units. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  return null;
}

// Node 20.18.3+ decodes bytes 0x80–0x9F of windows-1252 (and of its aliases latin1, iso-8859-1,
// ascii) as C1 control characters instead of “smart quotes”, dashes and €: repairWindows1252 puts
// the WHATWG characters back. Normalizing uses the same table for C1 code points inside the XML.

function decoderFor(charset: string, fatal: boolean): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(charset, { fatal, ignoreBOM: false });
  } catch {
    return null; // a label TextDecoder does not know: fall through to the next source
  }
}

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | null {
  const decoder = decoderFor(charset, fatal);
  if (!decoder) return null;
  try {
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text;
  } catch {
    return null;
  }
}

function isUtf8Label(charset: string): boolean {
  const label = charset.toLowerCase();
  return label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8';
}

/** iso-8859-1, latin1, us-ascii, cp1252 and the other labels WHATWG reads as windows-1252. */
function isSingleByteLatinLabel(charset: string): boolean {
  return decoderFor(charset, false)?.encoding === 'windows-1252';
}

/** The text, when the bytes are strict UTF-8 with at least one multi-byte sequence; else null. */
function multiByteUtf8(bytes: Uint8Array): string | null {
  const text = tryDecode(bytes, 'utf-8', true);
  // Each multi-byte sequence gives fewer UTF-16 units than bytes; pure ASCII reads alike either way.
  return text !== null && text.length < bytes.length ? text : null;
}

/**
 * Text in a declared charset, or null to try the next source. Servers lie both ways: a declared
 * UTF-8 that does not decode strictly is almost always windows-1252 text, so it falls through to
 * the byte-level guess instead of producing U+FFFD; and a Latin label over valid UTF-8 with
 * multi-byte sequences is a mislabelled UTF-8 feed (accented Latin text is practically never valid
 * UTF-8), read as UTF-8 rather than as "RodrÃ­guez", as miniflux does.
 */
function decodeLabelled(bytes: Uint8Array, charset: string, source: 'http' | 'xml'): DecodedBody | null {
  if (isSingleByteLatinLabel(charset)) {
    const utf8 = multiByteUtf8(bytes);
    if (utf8 !== null) return { text: utf8, charset: 'utf-8', source: 'utf-8' };
  }
  const text = tryDecode(bytes, charset, isUtf8Label(charset));
  return text === null ? null : { text, charset, source };
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const bom = bomCharset(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.length), bom.charset, false);
    if (text !== null) return { text, charset: bom.charset, source: 'bom' };
  }
  const httpCharset = charsetFromContentType(contentType);
  const fromHttp = httpCharset ? decodeLabelled(bytes, httpCharset, 'http') : null;
  if (fromHttp) return fromHttp;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16, false);
    if (text !== null) return { text, charset: utf16, source: 'xml' };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const xmlCharset = XML_DECLARATION.exec(head)?.[1]?.toLowerCase();
  const fromXml = xmlCharset ? decodeLabelled(bytes, xmlCharset, 'xml') : null;
  if (fromXml) return fromXml;
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', source: 'utf-8' };
  return { text: repairWindows1252(new TextDecoder('windows-1252').decode(bytes)), charset: 'windows-1252', source: 'fallback' };
}
