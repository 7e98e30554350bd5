/** How far a word stands from a name: the evidence rules for figures read positions through these. */
import type { MatchDocument } from './document';

/** Within the window either side, but not inside the span: "Jorge" cannot vouch for "Jorge Rodríguez". */
export function near(positions: number[] | undefined, start: number, end: number, window: number): boolean {
  return positions?.some((position) => position >= start - window && position < end + window && (position < start || position >= end)) ?? false;
}

/** A context word in the same sentence counts even beyond the window: sentences hold one topic. */
export function sameSentence(doc: MatchDocument, positions: number[] | undefined, span: { start: number; end: number }): boolean {
  const sentence = doc.tokenSentence[span.start];
  return positions?.some((position) => doc.tokenSentence[position] === sentence && (position < span.start || position >= span.end)) ?? false;
}

/** In the body sentence just before or just after the span's: the headline's words stay its own. */
export function inNeighbouringSentence(doc: MatchDocument, positions: number[] | undefined, span: { start: number; end: number }): boolean {
  const sentence = doc.tokenSentence[span.start]!;
  return positions?.some((position) => Math.abs(doc.tokenSentence[position]! - sentence) === 1 && doc.tokenSentence[position]! >= doc.titleSentences) ?? false;
}

/** Within the window, or anywhere in the span's sentence: where a context word vouches for a name. */
export function nearOrInSentence(doc: MatchDocument, positions: number[] | undefined, span: { start: number; end: number }, window: number): boolean {
  return near(positions, span.start, span.end, window) || sameSentence(doc, positions, span);
}

export function distance(positions: number[], start: number): number {
  return Math.min(...positions.map((position) => Math.abs(position - start)));
}
