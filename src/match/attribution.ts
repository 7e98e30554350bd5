/**
 * Who says it: the source a sentence attributes its statement to, when the sentence names one
 * ("according to prosecutors", "según el Ministerio Público", "Cabello said", "dijo un analista"), and
 * whether a sentence reports what someone says at all.
 */

import { foldText } from './fold';

const SPEECH_VERBS =
  'said|says|told|alleged|alleges|claimed|claims|denied|denies|wrote|writes|argued|argues|added|stated|insisted|' +
  'dijo|afirmó|afirma|aseguró|asegura|denunció|denuncia|negó|niega|sostuvo|sostiene|señaló|señala|escribió|' +
  'acusó|acusa|declaró|indicó|agregó|añadió|insistió|rechazó|rechaza';

const ACCORDING_TO = /\b(?:according to|según|de acuerdo con)\s+([^,.;:!?]{2,80}?)\s*(?:[,.;:!?]|$)/iu;
const TRAILING_SPEAKER = new RegExp(`[,"”»]\\s*(?:${SPEECH_VERBS})\\s+([^,.;:!?]{2,80}?)\\s*(?:[,.;:!?]|$)`, 'iu');
/** "…, prosecutors allege." / "…, dijo el fiscal." at the end of the sentence. */
const CLOSING_SPEAKER = new RegExp(`,\\s+((?:[^,.;:!?]{2,60}?))\\s+(?:${SPEECH_VERBS}|allege)\\s*[.!?]?["”»]?$`, 'iu');
const LEADING_SPEAKER = new RegExp(
  `^((?:(?:The|A|An|El|La|Los|Las|Un|Una)\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,5}?(?:[\\p{Lu}][\\p{L}.'’-]*|[\\p{Ll}]+(?:\\s+[\\p{Ll}]+)?))\\s+(?:${SPEECH_VERBS})(?![\\p{L}])`,
  'u',
);

function tidy(source: string): string | null {
  const cleaned = source.replace(/\s+/g, ' ').trim();
  if (cleaned.length < 2 || /^(?:that|que|it|he|she|they|él|ella|ellos)$/i.test(cleaned)) return null;
  return cleaned;
}

export function findSource(sentence: string): string | null {
  const according = ACCORDING_TO.exec(sentence);
  if (according?.[1]) return tidy(according[1]);
  const trailing = TRAILING_SPEAKER.exec(sentence);
  if (trailing?.[1]) return tidy(trailing[1]);
  const closing = CLOSING_SPEAKER.exec(sentence.trim());
  if (closing?.[1]) return tidy(closing[1]);
  const leading = LEADING_SPEAKER.exec(sentence.trim());
  if (leading?.[1]) return tidy(leading[1]);
  return null;
}

/**
 * Folded words that report what someone says, maintains or calls something: the speech verbs above
 * and more forms of them. A sentence holding one relays a statement rather than making it in the
 * story's own voice.
 */
const REPORTING_WORDS = new Set([
  ...foldText(SPEECH_VERBS).split('|'),
  ...(
    'say saying tell tells maintain maintains maintained argue arguing accuse accuses accused accusing accusation accusations ' +
    'allege alleging allegation allegations claim contend contends contended insist insists assert asserts asserted call calls called ' +
    'describe describes described frame frames framed disagree disagrees deny denying reject rejects rejected ' +
    'dice dicen dijeron sostienen sostuvieron acusan acusaron acusacion acusaciones senalan aseguran afirman denuncian habla hablan hablo ' +
    'responde responden respondio considera consideran discrepa discrepan califica califican llama llaman niegan negaron rechazan rechazaron segun ' +
    'replied replies answered answers retorted countered responded responds mantiene mantienen mantuvo replica replican replico replicaron contesto contestaron respondieron'
  ).split(' '),
]);
/** Two-word reporting: "according to", "points to", "refers to", "se refiere a". */
const REPORTING_PAIRS = new Map([
  ['according', 'to'],
  ['refers', 'to'],
  ['referred', 'to'],
  ['refiere', 'a'],
  ['referia', 'a'],
  ['refirio', 'a'],
  ['point', 'to'],
  ['points', 'to'],
  ['pointed', 'to'],
]);

/** `words`: the sentence's folded words. */
export function isReportedSpeech(words: readonly string[]): boolean {
  return words.some(
    (word, index) => (REPORTING_WORDS.has(word) && !writersOwn(words, index)) || (REPORTING_PAIRS.has(word) && words[index + 1] === REPORTING_PAIRS.get(word)),
  );
}

/** The writer speaking: "we" or "I" before the verb, with at most one auxiliary between ("we would call it an execution"). */
const FIRST_PERSON = new Set(['we', 'i']);
const AUXILIARIES = new Set(['would', 'should', 'must', 'can', 'could', 'will', 'do', 'might', 'may']);

function writersOwn(words: readonly string[], index: number): boolean {
  const before = words[index - 1];
  if (before === undefined) return false;
  return FIRST_PERSON.has(before) || (AUXILIARIES.has(before) && FIRST_PERSON.has(words[index - 2] ?? ''));
}
