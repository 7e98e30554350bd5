/**
 * Small pieces of Discord markup the command replies share: masked links whose text cannot break
 * out, timestamps every reader sees in their own time zone, lists cut to fit with a count of what
 * was left out, and cuts that leave no link in half.
 */
import { ELLIPSIS, inlineText, linkLabel, safeLink, truncate } from './discord-text';

/** An http(s) URL safe inside `[text](url)` (see safeLink), or null. */
export function linkTarget(url: string | null): string | null {
  return safeLink(url) ?? null;
}

const UNTITLED = '(untitled)';

/**
 * `[text](url)` with the text cleaned for a label and cut to `max`; the text escaped when the URL is
 * unusable, since it then stands outside any link. Text that cleans to nothing reads "(untitled)".
 */
export function maskedLink(text: string, url: string | null, max = 120): string {
  const target = linkTarget(url);
  const clean = target ? linkLabel : inlineText;
  const label = clean(text, max) || clean(UNTITLED, max);
  return target ? `[${label}](${target})` : label;
}

export type TimeStyle = 'R' | 'f' | 'F' | 'd' | 't';

/** `<t:…:R>` renders "3 hours ago", `<t:…:f>` a date and time, both in the reader's time zone. */
export function discordTime(epochMs: number, style: TimeStyle = 'R'): string {
  return `<t:${Math.floor(epochMs / 1000)}:${style}>`;
}

/** "3 h 12 min", "2 d 4 h": a duration as people say it. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/**
 * Lines joined with newlines up to `max` characters and at most `maxLines` lines; what does not fit
 * becomes "…and N more". Lines are kept whole, so markup within a line (a masked link) is never cut.
 */
export function joinLines(lines: readonly string[], max: number, noun = 'more', maxLines = Infinity): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index;
    const note = `…and ${left} ${noun}`;
    const room = max - length - (kept.length > 0 ? 1 : 0);
    const needsNote = left > 1;
    if (index < maxLines && line.length <= room - (needsNote ? note.length + 1 : 0)) {
      kept.push(line);
      length += line.length + (kept.length > 1 ? 1 : 0);
      continue;
    }
    if (note.length <= room) kept.push(note);
    break;
  }
  return kept.join('\n');
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// In formatter output an unescaped "[" opens a masked link (feed text has its brackets escaped, link
// labels have none): one not closed by "](…)" before the final "…" was cut inside.
const CUT_LINK = /(?<!\\)\[[^[\]\\\n]*(?:\](?:\([^)\s]*)?)?…$/;

/**
 * Formatter output (a message, description or field value) cut to `max` at a line end when one is
 * in the second half of the room: markup stays within a line (a masked link, the bold around it),
 * so none is cut in half. A line too long for that is cut at a word, and back to before a masked
 * link the cut fell inside.
 */
export function cutMarkup(text: string, max: number): string {
  if (text.length <= max) return text;
  const lineEnd = text.lastIndexOf('\n', max - ELLIPSIS.length - 1);
  if (lineEnd > 0 && lineEnd >= max / 2) return `${text.slice(0, lineEnd)}\n${ELLIPSIS}`;
  const cut = truncate(text, max);
  const broken = CUT_LINK.exec(cut);
  return broken ? `${cut.slice(0, broken.index).trimEnd()}${ELLIPSIS}` : cut;
}
