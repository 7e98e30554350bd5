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

// C0 and C1 controls except newline, bidi overrides and isolates (they reorder what readers see).
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Markdown Discord renders: emphasis, strike, code, spoilers, quotes, headings, lists, masked links.
// A backslash before any of these shows the character and hides the backslash.
const MARKDOWN = /[\\*_~`|>#\-[\]()]/g;
const ZWSP = '\u200b';

/** Tabs become spaces, controls go, line separators become newlines. */
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

/**
 * A feed's link as Discord may show it: absolute http(s) only, not absurdly long, and with the
 * brackets that would end a masked link "[title](url)" early percent-encoded. Undefined otherwise.
 */
export function safeLink(url: string | null): string | undefined {
  if (!url || url.length > 2048) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}
