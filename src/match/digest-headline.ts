/**
 * A headline that names a digest of separate items: a newsletter, a brief, a bulletin, a roundup
 * ("The Andes Desk Brief: …", "Boletín informativo de las 14.00"). Each item there is a story of its
 * own, so a first item about the weather does not make a later item's claim background to it.
 * Not "transcript": an interview's transcript is one story. Grammar, not beat wording, so it lives here.
 */
import { headlineHolds, type MatchDocument } from './document';

/** Folded headline words that name a digest by themselves. */
const DIGEST = new Set(
  (
    'newsletter newsletters brief briefs digest roundup bulletin bulletins newscast ' +
    'boletin boletines noticiero informativo resumen'
  ).split(' '),
);

export function headlineNamesDigest(doc: MatchDocument): boolean {
  return headlineHolds(doc, DIGEST);
}
