/**
 * Feed text made safe for Discord: no pings, no markdown a headline could smuggle in, no control
 * characters, and every piece cut to Discord's limits at a word boundary. Pure; used by every
 * formatter that builds a Discord message (re-exported by src/discord/safe-message.ts).
 */

/** Discord's documented limits, in characters. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author name of all embeds together. */
  embedTotal: 6000,
} as const;

export const ELLIPSIS = '…';

// C0 and C1 controls except newline; bidi marks, overrides and isolates (they reorder what readers
// see); and characters that show nothing, which can hide or split words: soft hyphen, combining
// grapheme joiner, Hangul and Khmer fillers, zero-width space, word joiner and invisible operators,
// deprecated format controls, byte order mark, and the tag characters U+E0000–U+E007F (a surrogate
// pair each). U+200C/U+200D and variation selectors stay: emoji sequences and some scripts need them.
const CONTROLS =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;
// Markdown Discord renders: emphasis, strike, code, spoilers, quotes, headings, lists, masked links.
// A backslash before any of these shows the character and hides the backslash.
const MARKDOWN = /[\\*_~`|>#\-[\]()]/g;
const ZWSP = '\u200b';

/**
 * Tabs become spaces, controls and invisible characters go, line separators become newlines. It
 * removes U+200B too, so it runs before neutraliseMentions, which inserts one.
 */
export function stripControls(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ').replace(CONTROLS, '');
}

export function escapeMarkdown(text: string): string {
  // "1. text" at a line start would render as a numbered list.
  return text.replace(MARKDOWN, (ch) => `\\${ch}`).replace(/^(\s*\d+)\./gm, '$1\\.');
}

/**
 * A zero-width space after "@" in @everyone/@here and after "<" in <@id>, <@&id>, <#id>, </cmd:id>,
 * <:emoji:id> and <t:…>: the text reads the same but is no longer mention syntax. allowed_mentions
 * already stops pings; this keeps the message from even looking like one.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=everyone|here)/gi, `@${ZWSP}`).replace(/<(?=[@#/:]|[at]:)/g, `<${ZWSP}`);
}

/** Feed text for a Discord field that renders markdown; newlines kept. */
export function safeText(text: string): string {
  // Mentions first: escaping would put a backslash between "<" and "#" and hide <#id> from the check.
  return escapeMarkdown(neutraliseMentions(stripControls(text)));
}

/** safeText on one line: runs of whitespace, newlines included, become one space. */
export function safeInline(text: string): string {
  return safeText(stripControls(text).replace(/\s+/g, ' ').trim());
}

/**
 * Outside text for one line, escaped and then cut to `max`: escaping can double a text's length
 * (every "_" or "-" gains a backslash), so cutting first could overshoot the room it was cut for.
 */
export function inlineText(text: string, max: number): string {
  return truncate(safeInline(text), max);
}

// Markdown that still renders inside a masked link's label, and what stands in for it there. The
// lookalikes keep a title readable ("A | B" stays a bar) while nothing pairs up into bold, italics,
// strike, spoilers or code; square brackets would end the label early, so they become parentheses.
const LABEL_LOOKALIKES: Readonly<Record<string, string>> = {
  '[': '(',
  ']': ')',
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02cd', // ˍ modifier letter low macron
  '~': '\u223c', // ∼ tilde operator
  '|': '\u2223', // ∣ divides
  '`': '\u02cb', // ˋ modifier letter grave accent
};

/**
 * Outside text for the label of a masked link "[label](url)", on one line and cut to `max`. Discord
 * shows backslashes there rather than reading them as escapes (discord-api-docs#6185), so the label
 * is cleaned instead of escaped: backslashes dropped, markdown replaced by LABEL_LOOKALIKES, and any
 * "scheme://" broken with a zero-width space, since Discord shows a link whose label holds a URL as
 * raw text.
 */
export function linkLabel(text: string, max: number): string {
  // Backslashes go before mentions are neutralised: dropping the one in "<\@id>" would make a mention.
  const flat = stripControls(text).replace(/\\/g, '').replace(/\s+/g, ' ').trim();
  const cleaned = neutraliseMentions(flat)
    .replace(/[[\]*_~|`]/g, (ch) => LABEL_LOOKALIKES[ch] ?? '')
    .replace(/([a-z][a-z\d+.-]*:\/)(?=\/)/gi, `$1${ZWSP}`);
  return truncate(cleaned, max);
}

/**
 * Outside text for inside a `code span`, cut to `max`. Markdown is not read there, so escaping would
 * show its backslashes: backticks, which would end the span, are dropped instead.
 */
export function codeText(text: string, max: number): string {
  return truncate(stripControls(text).replace(/`/g, '').replace(/\s+/g, ' ').trim(), max);
}

/**
 * At most `max` characters, cut at a word boundary with "…" when it is too long. Never splits a
 * surrogate pair or leaves a lone escaping backslash at the end, and does not cut back more than a
 * half of the room just to reach a space (one very long word is cut where it is).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  const atBoundary = /\s/.test(text.charAt(cut.length));
  if (!atBoundary) {
    const lastSpace = cut.search(/\s\S*$/);
    if (lastSpace >= Math.floor(max / 2)) cut = cut.slice(0, lastSpace);
  }
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/** Longest link Discord is given: its embed `url` and masked-link targets stay well inside its limits. */
const MAX_LINK = 2048;

/**
 * An absolute http(s) URL in the URL parser's canonical form, which already percent-encodes spaces,
 * "<", ">" and quotes. Parentheses would end a masked link "[title](url)" early and a backslash would
 * escape in it, so they are percent-encoded too. Null for anything else.
 */
function httpHref(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Brackets end a masked link early; a backtick the URL parser leaves in a query could open inline code.
  return parsed.href.replace(/[()\\`]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A feed's link as Discord may link it: httpHref, no longer than MAX_LINK once encoded. Undefined otherwise. */
export function safeLink(url: string | null): string | undefined {
  const href = httpHref(url);
  return href !== null && href.length <= MAX_LINK ? href : undefined;
}

/**
 * A URL shown as text for Discord to link by itself, so not escaped: Discord keeps a backslash that
 * stands inside a link. Too long for `max`, it becomes its origin ("https://host"), still a working
 * link, where a cut one would take the "…" into the link. 'no-preview' puts it in angle brackets so
 * a message shows no preview of it. Anything but an http(s) URL is plain escaped text.
 */
export function urlText(url: string, max: number, style: 'plain' | 'no-preview' = 'plain'): string {
  const href = httpHref(url);
  if (href === null) return inlineText(url, max);
  const room = style === 'no-preview' ? max - 2 : max;
  const parsed = new URL(href);
  const shown = [href, parsed.origin].find((candidate) => candidate.length <= room);
  // Not even the origin fits: the host alone, which Discord does not turn into a link.
  if (shown === undefined) return inlineText(parsed.host, max);
  return style === 'no-preview' ? `<${shown}>` : shown;
}

/** An http(s) URL inside free text: up to a space, less the punctuation that usually ends the sentence around it. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?'")\]}]/gi;

/**
 * Free text on one line that may quote URLs (an error message): escaped like any outside text, but
 * each http(s) URL in it shown as urlText shows one, unescaped, since Discord keeps a backslash that
 * stands inside a link. Cut to `max` at a word, back to before a URL the cut would split.
 */
export function proseText(text: string, max: number): string {
  const line = stripControls(text).replace(/\s+/g, ' ').trim();
  let shown = '';
  const urls: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    // "x_(1)": a closing parenthesis that pairs one inside the URL is part of it.
    const opened = match[0].split('(').length - match[0].split(')').length;
    const url = opened > 0 && line[match.index + match[0].length] === ')' ? `${match[0]})` : match[0];
    const href = safeLink(url);
    if (href === undefined) continue;
    shown += safeText(line.slice(last, match.index));
    urls.push({ start: shown.length, end: shown.length + href.length });
    shown += href;
    last = match.index + url.length;
  }
  shown += safeText(line.slice(last));
  if (shown.length <= max) return shown;
  const cut = truncate(shown, max);
  const kept = cut.length - ELLIPSIS.length;
  const split = urls.find((url) => url.start < kept && kept < url.end);
  return split ? `${shown.slice(0, split.start).trimEnd()}${ELLIPSIS}` : cut;
}
