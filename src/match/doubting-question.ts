/**
 * A headline that asks whether something is "really" so ("Is Venezuela really the main cocaine
 * route?", "¿Pasa de verdad la droga por Venezuela?") doubts it: newsrooms put a claim they are about
 * to take apart as such a question. A plain question ("Will the vote be audited?") takes no side.
 * Grammar, not beat wording, so it lives here.
 */

/** Folded words or pairs that turn a question into a doubt. */
const DOUBT_WORDS = /(?:^|[^\p{L}\p{N}])(?:really|actually|truly|realmente|de verdad|en verdad|de veras|en realidad)(?=$|[^\p{L}\p{N}])/iu;

export function isDoubtingQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') && DOUBT_WORDS.test(trimmed);
}
