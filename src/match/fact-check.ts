/**
 * The layout of a fact-check. It quotes the claim under a label ("CLAIM:", "Lo que se dijo:"), which
 * reports it without taking its side, and ends on a verdict ("VERDICT: Mostly false", "Calificación:
 * engañoso", "We rate the claim false"), which is the story's side on what it checked even though the
 * verdict's sentence names no claim. Genre grammar, not beat wording, so it lives here.
 *
 * Both are read at a sentence's first character with sticky expressions, so a sentence that starts
 * otherwise costs one failed character test.
 */
import type { Side } from './compile-claims';

const AGAINST = String.raw`(?:mostly false|mainly false|false|misleading|fake|pants on fire|incorrect|inaccurate|unsupported|unproven|exaggerated|mayormente falso|falso|falsa|engañoso|engañosa|enganoso|enganosa|inexacto|inexacta|impreciso|imprecisa|exagerado|exagerada|insostenible|sin evidencia|sin pruebas|no es cierto)`;
const FOR = String.raw`(?:mostly true|true|correct|accurate|mayormente cierto|verdadero|verdadera|cierto|cierta|correcto|correcta)`;
const LABEL = String.raw`(?:verdict|our verdict|rating|our rating|ruling|our ruling|veredicto|calificaci[oó]n|nuestra calificaci[oó]n|conclusi[oó]n)\s*[:—–-]\s*`;
const WE_RATE = String.raw`(?:we rate|we rated|we find|calificamos|lo calificamos|la calificamos)(?:\s+(?:this|the|that|esta|este|la|el)\s+(?:claim|statement|assertion|afirmaci[oó]n|frase|declaraci[oó]n|dicho))?\s+(?:as\s+|como\s+)?`;
/** Where the rating ends: a word cut short ("Falsely…", "True-crime") is no rating. */
const END = String.raw`(?![\p{L}\p{N}-])`;

const VERDICT_AGAINST = new RegExp(`(?:${LABEL}|${WE_RATE})${AGAINST}${END}`, 'iyu');
const VERDICT_FOR = new RegExp(`(?:${LABEL}|${WE_RATE})${FOR}${END}`, 'iyu');
const CLAIM_LABEL = /(?:the claim|claim|what was said|what was claimed|the statement|lo que se dijo|qu[eé] se dijo|lo que se afirm[oó]|la afirmaci[oó]n|afirmaci[oó]n|la frase|el dicho)\s*:/iy;

function startsWith(pattern: RegExp, source: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(source);
}

/** The side a verdict starting at `at` gives the claim checked, or null when no verdict starts there. */
export function verdictAt(source: string, at: number): Side | null {
  if (startsWith(VERDICT_AGAINST, source, at)) return 'disputes';
  if (startsWith(VERDICT_FOR, source, at)) return 'asserts';
  return null;
}

/** Whether a label that quotes the claim under check starts at `at`. */
export function claimLabelAt(source: string, at: number): boolean {
  return startsWith(CLAIM_LABEL, source, at);
}
