import { FILLER_WORDS, MONTHS, WEEKDAYS, ZONE_OFFSETS } from './date-names';

const DAY_MS = 86_400_000;
/** Older than this is a broken feed (epoch 0, "01 Jan 1970"), not news. */
const EARLIEST = Date.UTC(1990, 0, 1);
/** No real date string is this long; refusing early keeps hostile input cheap. */
const MAX_LENGTH = 120;

/** ISO 8601 / W3C-DTF: YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time and a zone. Anchored, no nested quantifiers. */
const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const NUMERIC_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
/** "GMT-4", "UTC+01:00", "GMT+0100". */
const NAMED_OFFSET = /^(?:gmt|utc|ut)([+-])(\d{1,2})(?::?(\d{2}))?$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th|º|ª|o)$/;
/** "p. m.", "a. m.": the spaced form the RAE recommends (often with a no-break space), else split into two words. */
const SPACED_MERIDIEM = /\b([ap])\.\s?m\b\.?/g;

/**
 * Epoch milliseconds for a date as a feed wrote it, or null when it is unusable. Lenient about
 * format (RFC 822/1123, ISO 8601, English and Spanish written dates, epoch seconds); strict about
 * meaning: before 1990, or more than a day ahead of `now` (a skewed clock would pin the story to the top).
 */
export function parseFeedDate(text: string | null, now: number): number | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '' || trimmed.length > MAX_LENGTH) return null;
  const ms = parseEpoch(trimmed) ?? parseIso(trimmed) ?? parseWrittenDate(trimmed);
  if (ms === null || ms < EARLIEST || ms > now + DAY_MS) return null;
  return ms;
}

function parseEpoch(text: string): number | null {
  if (!/^\d{9,13}$/.test(text)) return null;
  const value = Number(text);
  return text.length >= 12 ? value : value * 1000; // 12-13 digits can only be milliseconds
}

function parseIso(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const offset = m[7] === undefined ? 0 : parseOffset(m[7]);
  if (offset === null) return null;
  return compose(num(m[1]), num(m[2], 1), num(m[3], 1), num(m[4]), num(m[5]), num(m[6]), offset);
}

/** Written dates, one token at a time: "Mon, 17 Nov 2025 10:00 EST", "lun, 17 nov 2025", "17 de noviembre de 2025". */
function parseWrittenDate(text: string): number | null {
  const tokens = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // "miércoles" → "miercoles"
    .replace(/[()]/g, ' ') // "-0500 (EST)"
    .replace(SPACED_MERIDIEM, '$1m')
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .map((t) => (/^[a-z.]+$/.test(t) ? t.replaceAll('.', '') : t)); // "nov.", "p.m."

  // "mar" is both March and Tuesday (martes): it is the month only when no other month word is present.
  const hasPlainMonth = tokens.some((t) => MONTHS.has(t) && !WEEKDAYS.has(t));
  const lastAmbiguous = tokens.findLastIndex((t) => MONTHS.has(t) && WEEKDAYS.has(t));

  let day: number | undefined, month: number | undefined, year: number | undefined;
  let time: number[] | undefined;
  let offset: number | undefined;
  let meridiem: 'am' | 'pm' | undefined;

  for (const [index, token] of tokens.entries()) {
    const monthNumber = MONTHS.get(token);
    const isMonth = monthNumber !== undefined && (!WEEKDAYS.has(token) || (!hasPlainMonth && index === lastAmbiguous));
    let m: RegExpExecArray | null;
    if (isMonth) {
      if (month !== undefined) return null;
      month = monthNumber;
    } else if (WEEKDAYS.has(token) || FILLER_WORDS.has(token)) {
      continue;
    } else if (ZONE_OFFSETS.has(token)) {
      offset ??= ZONE_OFFSETS.get(token); // a numeric offset printed first wins over "(EST)"
    } else if (token === 'am' || token === 'pm') {
      meridiem = token;
    } else if ((m = TIME.exec(token))) {
      if (time !== undefined) return null;
      time = [num(m[1]), num(m[2]), num(m[3])];
    } else if (NUMERIC_OFFSET.test(token) || NAMED_OFFSET.test(token)) {
      const parsed = parseOffset(token.replace(/^(?:gmt|utc|ut)/, ''));
      if (parsed === null) return null;
      offset = parsed;
    } else if ((m = ORDINAL_DAY.exec(token)) || /^\d{1,2}$/.test(token)) {
      const value = num(m ? m[1] : token);
      if (day === undefined) day = value;
      else if (year === undefined) year = value < 50 ? 2000 + value : 1900 + value; // RFC 822 two-digit year
      else return null;
    } else if (/^\d{4}$/.test(token)) {
      if (year !== undefined) return null;
      year = num(token);
    } else if (/\d/.test(token)) {
      return null; // digits we cannot place: guessing would invent a date
    } // other words ("Publicado:", "updated") carry no date and are skipped
  }
  if (day === undefined || month === undefined || year === undefined) return null;

  const [clockHour = 0, minute = 0, second = 0] = time ?? [];
  let hour = clockHour;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return compose(year, month, day, hour, minute, second, offset ?? 0);
}

/** Minutes east of UTC from "Z", "+0100", "-04:00", "-4". */
function parseOffset(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const hours = num(m[2]);
  const minutes = num(m[3]);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Epoch ms for a wall-clock time at a UTC offset; null when any field is out of range (Feb 30, 25:00…). */
function compose(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)); // leap second 60 → 59
  if (new Date(utc).getUTCDate() !== day) return null; // the day overflowed into the next month
  return utc - offsetMinutes * 60_000;
}

function num(text: string | undefined, fallback = 0): number {
  return text === undefined ? fallback : Number.parseInt(text, 10);
}
