import { decodeHTML } from 'entities';
import { collapseWhitespace } from './collapse-whitespace';
import { scanHtml } from './html-scan';
import { tagNameEnd } from './html-tag';
import { repairWindows1252 } from './windows-1252';

/**
 * Control characters (C0 except tab/newline/carriage return, DEL, C1) and the byte-order mark.
 * Tab and CR are kept only long enough to be collapsed as whitespace; \n survives as paragraph breaks.
 * C1 code points are first read as windows-1252 (feeds mean ’ by `&#146;`), so only the five it
 * leaves undefined are dropped here.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
/** A blank line in plain text: newline, optional non-newline whitespace, newline. Linear: no nested quantifiers. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** CONTROL_CHARS as a test: most text has none, and a test allocates nothing. */
const ANY_CONTROL_CHAR = new RegExp(CONTROL_CHARS.source);

/**
 * Plain text from feed HTML: scripts, styles and comments dropped, entities decoded, block elements
 * turned into paragraphs ("\n\n" between them, single spaces inside). Runs in linear time.
 *
 * Feeds often escape their HTML twice (`&lt;p&gt;Hello&lt;/p&gt;`); when one pass leaves text that
 * still holds tags, a second pass strips them — only once, so `&amp;amp;` text is not decoded forever.
 */
export function htmlToText(html: string): string {
  const once = convertOnce(html);
  return containsTag(once) ? convertOnce(once) : once;
}

function convertOnce(html: string): string {
  const { paragraphs, sawMarkup } = scanHtml(html);
  const out: string[] = [];
  for (const raw of paragraphs) {
    // Each step is skipped when a cheap test shows it would change nothing: this runs on every story.
    const entitiesDecoded = raw.includes('&') ? decodeHTML(raw) : raw;
    const decoded = ANY_CONTROL_CHAR.test(entitiesDecoded) ? repairWindows1252(entitiesDecoded).replace(CONTROL_CHARS, '') : entitiesDecoded;
    // Plain text has no tags to mark paragraphs, so its blank lines do that job.
    const pieces = sawMarkup ? [decoded] : decoded.split(BLANK_LINE);
    for (const piece of pieces) {
      const clean = collapseWhitespace(piece).trim();
      if (clean !== '') out.push(clean);
    }
  }
  return out.join('\n\n');
}

/**
 * Whether text looks like it still holds markup: a tag (as html-tag.ts defines one) or `<!--`, with
 * some `>` after it. One pass; no regex, so 200 KB of `<p<p<p` cannot make it backtrack.
 */
export function containsTag(text: string): boolean {
  const lastGt = text.lastIndexOf('>');
  let lt = text.indexOf('<');
  while (lt !== -1 && lt < lastGt) {
    if (text.startsWith('!--', lt + 1) || tagNameEnd(text, lt) !== -1) return true;
    lt = text.indexOf('<', lt + 1);
  }
  return false;
}
