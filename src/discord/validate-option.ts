/**
 * Checks for option values as they arrive from Discord. Discord's own limits (min/max length,
 * ranges) are declared on the commands too, but a client can send anything, so every value is
 * checked here again. Each check returns the clean value or a problem in words; a problem that
 * quotes the value quotes it made safe for Discord.
 */
import { CREDENTIALS_PROBLEM, hasCredentials } from '../config/feed-url';
import { inlineText } from './safe-message';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const problem = (text: string): Checked<never> => ({ ok: false, problem: text });

// C0/C1 controls (newline and tab included: options are one line), bidi overrides and isolates.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export interface TextRules {
  min?: number;
  max: number;
  /** What the value may contain, with the words that say so in the problem. */
  allowed?: { pattern: RegExp; description: string };
}

/** Text, trimmed and NFC-normalized (so "é" typed two ways is one value), within the length limits. */
export function checkText(value: unknown, rules: TextRules): Checked<string> {
  if (typeof value !== 'string') return problem('must be text');
  if (CONTROL.test(value)) return problem('must not contain control characters or line breaks');
  const text = value.normalize('NFC').trim();
  const min = rules.min ?? 1;
  if (text.length === 0 && min > 0) return problem('must not be empty');
  if (text.length < min) return problem(`must be at least ${min} characters`);
  if (text.length > rules.max) return problem(`must be at most ${rules.max} characters (got ${text.length})`);
  if (rules.allowed && !rules.allowed.pattern.test(text)) return problem(`may only contain ${rules.allowed.description}`);
  return ok(text);
}

/** Names of figures and aliases: words and the punctuation names use, never markdown or mentions. */
export const NAME_CHARACTERS = {
  pattern: /^[\p{L}\p{M}\p{N} .,'’&()/-]+$/u,
  description: "letters, digits, spaces and . , ' ’ & ( ) / -",
};

/** Outlet names: anything but the characters of markdown and mention syntax. */
export const OUTLET_CHARACTERS = {
  pattern: /^[^*_~`|<>@#[\]\\]+$/u,
  // Written escaped: it is shown in a Discord message.
  description: 'text without the characters \\* \\_ \\~ \\` \\| < > @ # \\[ \\] or \\\\',
};

export function checkInteger(value: unknown, range: { min: number; max: number }): Checked<number> {
  if (typeof value !== 'number' || !Number.isInteger(value)) return problem('must be a whole number');
  if (value < range.min || value > range.max) return problem(`must be between ${range.min} and ${range.max}`);
  return ok(value);
}

export const MAX_URL_LENGTH = 2048;

/** An absolute http(s) URL without credentials, in its canonical form (what the feeds table stores). */
export function checkFeedUrl(value: unknown): Checked<string> {
  const text = checkText(value, { max: MAX_URL_LENGTH });
  if (!text.ok) return text;
  if (!URL.canParse(text.value)) return problem('is not a URL; write it in full, like https://example.com/feed.xml');
  const url = new URL(text.value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('must start with http:// or https://');
  if (hasCredentials(url)) return problem(CREDENTIALS_PROBLEM);
  // A fragment never reaches the server: "feed.xml#es" is feed.xml, not a second feed to poll.
  url.hash = '';
  return ok(url.href);
}

/** One of the listed values, as a Discord choice option sends it. */
export function checkChoice<T extends string>(value: unknown, choices: readonly T[]): Checked<T> {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) return problem(`must be one of ${choices.join(', ')}`);
  return ok(value as T);
}

/** "a, b ,, c" → ["a", "b", "c"]: duplicates (ignoring case) dropped, each checked as a name. */
export function checkAliasList(value: unknown, rules: { maxEach: number; maxCount: number; maxTotal: number }): Checked<string[]> {
  const whole = checkText(value, { min: 0, max: rules.maxTotal });
  if (!whole.ok) return whole;
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of whole.value.split(',')) {
    const alias = part.trim();
    if (!alias) continue;
    const checked = checkText(alias, { min: 2, max: rules.maxEach, allowed: NAME_CHARACTERS });
    if (!checked.ok) return problem(`alias “${inlineText(alias, 40)}” ${checked.problem}`);
    if (seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    aliases.push(checked.value);
  }
  if (aliases.length > rules.maxCount) return problem(`at most ${rules.maxCount} aliases at a time (got ${aliases.length})`);
  return ok(aliases);
}
