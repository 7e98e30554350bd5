/**
 * A headline that says a matter is contested: people "split over" it, it "divides" experts, a body
 * "debates" it ("Poll: Americans split over Caribbean boat strikes", "La diáspora, dividida ante las
 * acusaciones"). The headline counts first, and this one frames the story as the division itself:
 * a claim the story then gives both sides of is only mentioned. Grammar, not beat wording, so it
 * lives here.
 */
import { headlineHolds, type MatchDocument } from './document';

/** Folded words that say a group is divided over something, or weighs it in debate. */
const CONTESTED = new Set(
  (
    'split splits divided divides divide dividing debate debates debating ' +
    'dividen dividida divididas dividido divididos debaten debatir'
  ).split(' '),
);

export function headlineContested(doc: MatchDocument): boolean {
  return headlineHolds(doc, CONTESTED);
}
