/**
 * Small pieces of Discord markup the command replies share: masked links whose text cannot break
 * out, timestamps every reader sees in their own time zone, and lists cut to fit with a count of
 * what was left out.
 */
import { inlineText } from './discord-text';

/** An http(s) URL safe inside `[text](url)`: parentheses and spaces percent-encoded. */
export function linkTarget(url: string | null): string | null {
  if (!url || url.length > 2048 || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/** `[title](url)` with the title escaped and cut to `max`; just the title when the URL is unusable. */
export function maskedLink(text: string, url: string | null, max = 120): string {
  const label = inlineText(text.trim() || '(untitled)', max);
  const target = linkTarget(url);
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

/** Lines joined with newlines up to `max` characters; what does not fit becomes "…and N more". */
export function joinLines(lines: readonly string[], max: number, noun = 'more'): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index;
    const note = `…and ${left} ${noun}`;
    const room = max - length - (kept.length > 0 ? 1 : 0);
    const needsNote = left > 1;
    if (line.length <= room - (needsNote ? note.length + 1 : 0)) {
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
