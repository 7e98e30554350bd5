/**
 * A single forward pass over feed HTML that splits it into raw (still entity-encoded) paragraphs.
 * No regex does the tag matching: feeds are hostile, and a pattern like `<[^>]*>` goes quadratic on
 * 200 KB of `<p<p<p…`. Every character is visited a bounded number of times, so the scan is linear.
 */
import { tagNameEnd } from './html-tag';

/** Elements whose start or end begins a new paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

/** Elements whose whole content is dropped: code, styling and embeds are never story text. */
const DROPPED_CONTENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg']);

/** Cells sit side by side; a space keeps their words from gluing together. */
const SPACED_TAGS = new Set(['td', 'th']);

export interface ScannedHtml {
  /** Raw text per paragraph, entities not yet decoded. */
  paragraphs: string[];
  /** True when the input had any tag, comment or CDATA; false means it was plain text. */
  sawMarkup: boolean;
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * Index of the `>` closing the tag whose name ends at `from`, or -1 when the input ends first.
 * Attribute values in quotes may hold `>`; a quote only opens a value after `=`, and only when a
 * matching quote exists later (precomputed), so an unmatched quote can never send us back over the input.
 */
function findTagEnd(html: string, from: number, lastDouble: number, lastSingle: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const code = html.charCodeAt(j);
    if (code === 62) return j; // '>'
    const isQuote = code === 34 || code === 39;
    if (isQuote && afterEquals && j < (code === 34 ? lastDouble : lastSingle)) {
      j = html.indexOf(code === 34 ? '"' : "'", j + 1);
      afterEquals = false;
      continue;
    }
    if (code === 61) afterEquals = true; // '='
    else if (!isSpace(code)) afterEquals = false;
  }
  return -1;
}

export function scanHtml(html: string): ScannedHtml {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let sawMarkup = false;
  let sawCdata = false;
  const lastDouble = html.lastIndexOf('"');
  const lastSingle = html.lastIndexOf("'");

  const breakParagraph = (): void => {
    if (current.length > 0) paragraphs.push(current.join(''));
    current = [];
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      current.push(html.slice(i));
      break;
    }
    if (lt > i) current.push(html.slice(i, lt));

    if (html.startsWith('<!--', lt)) {
      sawMarkup = true;
      // "<!-->" and "<!--->" are whole (empty) comments, as browsers read them.
      const abrupt = html.startsWith('>', lt + 4) ? 5 : html.startsWith('->', lt + 4) ? 6 : 0;
      const end = abrupt ? lt + abrupt - 3 : html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      // CDATA left inside a feed body wraps more HTML: drop the markers, scan the content as usual.
      sawMarkup = sawCdata = true;
      i = lt + 9;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // <!DOCTYPE …>, <?xml …?> and other declarations carry no text.
      sawMarkup = true;
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const closing = next === 47; // '/'
    const nameEnd = tagNameEnd(html, lt);
    if (nameEnd === -1) {
      current.push('<'); // "5 < 6" and "<<El Cartel…>>" are text, not tags (see html-tag.ts)
      i = lt + 1;
      continue;
    }
    sawMarkup = true;
    const name = html.slice(closing ? lt + 2 : lt + 1, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(html, nameEnd, lastDouble, lastSingle);
    if (tagEnd === -1) break; // unclosed tag at the end (truncated summaries): drop it, as browsers do

    i = tagEnd + 1;
    if (BLOCK_TAGS.has(name)) breakParagraph();
    else if (SPACED_TAGS.has(name)) current.push(' ');
    else if (!closing && DROPPED_CONTENT_TAGS.has(name) && html.charCodeAt(tagEnd - 1) !== 47) {
      i = skipPastClosingTag(html, name, i, lastDouble, lastSingle);
      breakParagraph();
    }
  }
  breakParagraph();
  if (sawCdata) {
    for (let p = 0; p < paragraphs.length; p++) paragraphs[p] = paragraphs[p]!.replaceAll(']]>', '');
  }
  return { paragraphs, sawMarkup };
}

/** Position after `</name …>`, or the end of the input when the element never closes (its content stays hidden). */
function skipPastClosingTag(html: string, name: string, from: number, lastDouble: number, lastSingle: number): number {
  // A literal search (name is letters and digits only), so no backtracking is possible.
  const closer = new RegExp(`</${name}(?![a-z0-9:-])`, 'gi');
  closer.lastIndex = from;
  const match = closer.exec(html);
  if (!match) return html.length;
  const end = findTagEnd(html, match.index + match[0].length, lastDouble, lastSingle);
  return end === -1 ? html.length : end + 1;
}
