/**
 * Titles and bodies that hold XML child elements, read as HTML in document order.
 *
 * xml2js files an element's own text under `_` and each child element under its name, so
 * `<title>Sanciones a <b>Nicolás Maduro</b> por narcotráfico</title>` comes out as
 * { _: 'Sanciones a  por narcotráfico', b: [...] }: the order is gone, and rss-parser then keeps only
 * `_`, losing the marked-up words. That is how an Atom `type="xhtml"` body or title, or a title or
 * description with naked inline markup, reaches us. Here, during xml2js's own single pass, such an
 * element is handed over as one string: its text as the XML parser decoded it (as for any other
 * element), with its child elements' tags in place (`Sanciones a <b>Nicolás Maduro</b> por
 * narcotráfico`), so normalize reads it as HTML, like an escaped body.
 *
 * - Tags are written without their attributes: normalize never reads them.
 * - Child elements that are not HTML (MathML's `<mrow>`, an extension's `<edited>`) keep their text
 *   and lose their tags, as a browser shows them; normalize would read `<mrow>` as literal text
 *   (html-tag.ts).
 * - Comments and processing instructions inside are dropped, CDATA is kept as its text.
 *
 * This wraps the start and end tag handlers of the sax parser xml2js builds (`saxParser`). Outside
 * titles and bodies an element costs one Set lookup; the text is read from xml2js's own tree.
 */
import { isElementName } from '../normalize/html-tag';

/** Item, entry and channel fields vigia reads as text or HTML. Names as written (no namespace resolution). */
const TEXT_ELEMENTS = new Set(['title', 'description', 'summary', 'content', 'content:encoded']);

/** What xml2js 0.5 keeps on the element it is building besides its text and its children. */
const ELEMENT_BOOKKEEPING = new Set(['$', '#name', 'cdata']);

interface SaxParser {
  onopentag(node: { name: string }): unknown;
  onclosetag(name: string): unknown;
  /** xml2js's text handler: appends text to the element on top of its stack and returns that element. */
  ontext(text: string): unknown;
}

function isSaxParser(value: unknown): value is SaxParser {
  if (typeof value !== 'object' || value === null) return false;
  const sax = value as Record<string, unknown>;
  return typeof sax.onopentag === 'function' && typeof sax.onclosetag === 'function' && typeof sax.ontext === 'function';
}

/** The element as if its content had been text: the HTML under `_`, its attributes kept. */
function replaceChildrenWithHtml(element: Record<string, unknown>, html: string): void {
  for (const key of Object.keys(element)) if (!ELEMENT_BOOKKEEPING.has(key)) delete element[key];
  element._ = html;
}

/**
 * Makes `xmlParser` (an xml2js Parser, before it parses) hand over every title and body that holds
 * child elements as HTML in document order. Returns false, changing nothing, when the parser does not
 * have the shape this relies on (another xml2js version): the words then arrive out of order, not lost.
 */
export function keepMarkupOfTextElements(xmlParser: unknown): boolean {
  const sax = (xmlParser as { saxParser?: unknown } | null)?.saxParser;
  if (!isSaxParser(sax)) return false;
  const { onopentag, onclosetag, ontext } = sax;
  /** Depth inside the outermost open title or body; 0 when none is open. */
  let depth = 0;
  let hasChildren = false;
  /** Its content so far, as HTML: decoded text and the tags of its HTML child elements. */
  const parts: string[] = [];
  /** Per open element inside it (index depth - 1): how much of its text (xml2js's `_`) is in `parts`. */
  const taken: number[] = [];

  /**
   * xml2js gathers an element's text (CDATA included) in its `_`, so the text written since the last
   * tag is what that string gained since. Before xml2js handles a tag, the element on top of its stack,
   * which its text handler returns, is the one the text belongs to.
   */
  const takeText = (): Record<string, unknown> | null => {
    const element = ontext.call(sax, '');
    if (typeof element !== 'object' || element === null) return null;
    const text = (element as { _?: unknown })._;
    if (typeof text === 'string' && text.length > taken[depth - 1]!) {
      parts.push(text.slice(taken[depth - 1]));
      taken[depth - 1] = text.length;
    }
    return element as Record<string, unknown>;
  };

  sax.onopentag = function (this: SaxParser, node: { name: string }) {
    if (depth > 0) {
      hasChildren = true;
      takeText();
      if (isElementName(node.name)) parts.push(`<${node.name}>`);
      taken[depth++] = 0;
    } else if (TEXT_ELEMENTS.has(node.name)) {
      depth = 1;
      hasChildren = false;
      taken[0] = 0;
      parts.length = 0;
    }
    return onopentag.call(this, node);
  };
  sax.onclosetag = function (this: SaxParser, name: string) {
    if (depth > 1) {
      takeText();
      depth--;
      // A self-closed <br/> comes out as <br></br>: the same text to normalize.
      if (isElementName(name)) parts.push(`</${name}>`);
    } else if (depth === 1) {
      // Without child elements, xml2js's text is right as it is.
      const element = hasChildren ? takeText() : null;
      if (element !== null) replaceChildrenWithHtml(element, parts.join(''));
      depth = 0;
    }
    return onclosetag.call(this, name);
  };
  return true;
}
