/**
 * Whether a `<` in feed text starts an HTML tag or is a literal character.
 *
 * The rule: `<name` or `</name` is a tag only when `name` is an HTML element (any case), or a
 * lowercase namespaced or custom element name (`<o:p>`, `<xhtml:div>`, `<amp-img>`). A start tag
 * whose first attribute is a bare word that is not an HTML attribute name reads as prose: feeds
 * write quotes with ASCII guillemets, and `<<A Maduro no lo tumba nadie>>` is a quote, not an `<a>`.
 * Everything else is text: `<<El Cartel de los Soles no existe>>`, `< 5`, `<3`, `<Maduro>`.
 * `<b>`, `<a href="…">`, `<td nowrap>`, `<p data-x>` stay tags, so escaped markup is still removed.
 */

/** Every HTML element, current and obsolete, that feeds have been seen to carry, and MathML's common ones. */
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'acronym', 'address', 'applet', 'area', 'article', 'aside', 'audio', 'b', 'base', 'basefont',
  'bdi', 'bdo', 'bgsound', 'big', 'blink', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center',
  'cite', 'code', 'col', 'colgroup', 'content', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog',
  'dir', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i', 'iframe',
  'image', 'img', 'input', 'ins', 'isindex', 'kbd', 'keygen', 'label', 'legend', 'li', 'link', 'listing', 'main',
  'map', 'mark', 'marquee', 'math', 'menu', 'menuitem', 'meta', 'meter', 'multicol', 'nav', 'nextid', 'nobr',
  'noembed', 'noframes', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture',
  'plaintext', 'pre', 'progress', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'script', 'search',
  'section', 'select', 'slot', 'small', 'source', 'spacer', 'span', 'strike', 'strong', 'style', 'sub',
  'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time',
  'title', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr', 'xml', 'xmp',
  // Drafts some feeds still carry.
  'command', 'datagrid', 'sound',
  // MathML, which HTML embeds: `<mi>`, `<mo>`, `<mrow>` are as much markup as `<math>`.
  'annotation', 'maction', 'menclose', 'merror', 'mfenced', 'mfrac', 'mi', 'mmultiscripts', 'mn', 'mo', 'mover',
  'mpadded', 'mphantom', 'mprescripts', 'mroot', 'mrow', 'ms', 'mspace', 'msqrt', 'mstyle', 'msub', 'msubsup',
  'msup', 'mtable', 'mtd', 'mtext', 'mtr', 'munder', 'munderover', 'semantics',
]);

/** Attribute names written without a value (boolean ones) or seen bare in sloppy feed HTML. */
const BARE_ATTRIBUTES = new Set([
  'align', 'allowfullscreen', 'alt', 'async', 'autofocus', 'autoplay', 'border', 'checked', 'cite', 'class',
  'compact', 'contenteditable', 'controls', 'crossorigin', 'declare', 'default', 'defer', 'dir', 'disabled',
  'download', 'draggable', 'formnovalidate', 'frameborder', 'height', 'hidden', 'href', 'id', 'inert', 'ismap',
  'itemprop', 'itemscope', 'lang', 'loop', 'mozallowfullscreen', 'multiple', 'muted', 'name', 'nohref',
  'noresize', 'noshade', 'novalidate', 'nowrap', 'open', 'playsinline', 'readonly', 'rel', 'required',
  'reversed', 'role', 'scrolling', 'seamless', 'selected', 'spellcheck', 'src', 'style', 'target', 'title',
  'translate', 'type', 'valign', 'value', 'webkitallowfullscreen', 'width',
]);

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number): boolean => isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58;
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
/** Where a bare attribute word ends: whitespace, `>`, `/`, `=`, `<` or a quote. */
const endsWord = (code: number): boolean => isSpace(code) || code === 62 || code === 47 || code === 61 || code === 60 || code === 34 || code === 39;

/** `o:p`, `xhtml:div`, `amp-img`: lowercase, with a letter after each `:` or `-`. */
const PREFIXED_OR_CUSTOM_NAME = /^[a-z][a-z0-9]*(?:[:-][a-z][a-z0-9]*)+$/;

/** Whether `name` is an element that reads as markup (see the rule above); attributes aside. */
export function isElementName(name: string): boolean {
  // Most markup is lowercase: look it up as written before paying for a lowercase copy.
  return HTML_ELEMENTS.has(name) || HTML_ELEMENTS.has(name.toLowerCase()) || PREFIXED_OR_CUSTOM_NAME.test(name);
}

/**
 * Whether the attributes part of a start tag (from `from`, just after the name) reads as markup: it
 * is empty, its first attribute has a value, or that attribute is a known bare name (or a `data-`,
 * `aria-`, `xml:` style one). Reads no further than that first word, so a rejected `<` costs only
 * the characters up to its first space-separated word, none of which is a `<`: scanning stays linear.
 */
function attributesLookLikeMarkup(html: string, from: number): boolean {
  let j = from;
  while (j < html.length && isSpace(html.charCodeAt(j))) j++;
  if (j === from || j >= html.length || endsWord(html.charCodeAt(j))) return true;
  const wordStart = j;
  while (j < html.length && !endsWord(html.charCodeAt(j))) j++;
  const wordEnd = j;
  while (j < html.length && isSpace(html.charCodeAt(j))) j++;
  if (html.charCodeAt(j) === 61) return true; // name=value: markup
  const word = html.slice(wordStart, wordEnd).toLowerCase();
  return BARE_ATTRIBUTES.has(word) || word.includes('-') || word.includes(':');
}

/**
 * If the `<` at `lt` starts a tag (see the rule above), the index where the tag's name ends; else -1.
 * The name starts at `lt + 1`, or `lt + 2` for a closing tag.
 */
export function tagNameEnd(html: string, lt: number): number {
  const closing = html.charCodeAt(lt + 1) === 47; // '/'
  const nameStart = closing ? lt + 2 : lt + 1;
  if (!isLetter(html.charCodeAt(nameStart))) return -1;
  let nameEnd = nameStart + 1;
  while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
  if (!isElementName(html.slice(nameStart, nameEnd))) return -1;
  // Browsers ignore whatever follows the name of a closing tag, so only start tags are checked further.
  return closing || attributesLookLikeMarkup(html, nameEnd) ? nameEnd : -1;
}
