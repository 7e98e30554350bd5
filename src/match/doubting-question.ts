/**
 * A headline that doubts what it asks. Newsrooms put a claim they are about to take apart as a
 * question: one asking whether something is "really" so ("Is Venezuela really the main cocaine
 * route?", "¿Pasa de verdad la droga por Venezuela?"), or one they answer no to at once ("¿Es
 * Venezuela la principal ruta? Los datos dicen que no", "Does the cartel exist? Experts say no"), or
 * both ("Is Venezuela really the cocaine highway? UN data point elsewhere"). A
 * plain question ("Will the vote be audited?") takes no side. Grammar, not beat wording, so it lives here.
 */

/** Folded words or pairs that turn a question into a doubt. */
const DOUBT_WORDS = /(?:^|[^\p{L}\p{N}])(?:really|actually|truly|realmente|de verdad|en verdad|de veras|en realidad)(?=$|[^\p{L}\p{N}])/iu;
/** A short answer after the question mark that says no: "No.", "Los datos dicen que no", "Not quite". */
const NO_ANSWER = /(?:^|[^\p{L}\p{N}])(?:no|not|nope|falso|false)(?=$|[^\p{L}\p{N}])/iu;
/** Words an answer may hold at most: past that it is the next sentence, not an answer. */
const MAX_ANSWER_WORDS = 6;

/** Closing quotes and brackets a question mark may stand inside: «¿Exportó Caracas a la banda?» */
const CLOSERS = /[\s"'»”’)\]]+$/u;

const endsAsking = (text: string): boolean => text.replace(CLOSERS, '').endsWith('?');

/** A Spanish question set inside a longer sentence: «¿Exportó Caracas a la banda?» - Programa de radio. */
const INNER_QUESTION = /¿[^?¡!]*\?/u;

/**
 * A sentence that asks. It names what it asks about and takes no side by asking ("¿usa Venezuela las
 * drogas como arma?"): a claim's asserting words in it are a mention.
 */
export function isQuestion(text: string): boolean {
  return endsAsking(text) || INNER_QUESTION.test(text) || asksThenAnswers(text);
}

/** Words a headline may add after its question: "Did Caracas send the gang north? Agencies are not of one mind". */
const MAX_TAIL_WORDS = 8;

/** What follows the last question mark, trimmed, and how many words it holds; null with no question mark. */
function afterQuestion(text: string): { asked: number; tail: string; words: number } | null {
  const asked = text.lastIndexOf('?');
  if (asked < 0) return null;
  const tail = text.slice(asked + 1).trim();
  return { asked, tail, words: tail.split(/\s+/).length };
}

/** A headline that asks, then says a few words more: the question is still what it states. */
function asksThenAnswers(text: string): boolean {
  const after = afterQuestion(text);
  return after !== null && after.tail.length > 0 && after.words <= MAX_TAIL_WORDS;
}

export function isDoubtingQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (endsAsking(trimmed)) return DOUBT_WORDS.test(trimmed);
  const after = afterQuestion(trimmed);
  if (after === null) return false;
  // "Is Venezuela really the cocaine highway? UN data point elsewhere": the question doubts by itself.
  return after.words <= MAX_ANSWER_WORDS && (NO_ANSWER.test(after.tail) || DOUBT_WORDS.test(trimmed.slice(0, after.asked)));
}
