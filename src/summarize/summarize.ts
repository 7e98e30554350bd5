/**
 * A summary of two or three sentences of the story, chosen for the figures and claims they carry,
 * kept in story order, under the length limit and never cut mid-word.
 */
import { truncateAtWord } from '../normalize/truncate';

export interface SummaryInput {
  /** Body sentences in story order (the headline is not part of the summary). */
  sentences: string[];
  /** How much each sentence carries: matched figures plus claim evidence. Same length as `sentences`. */
  weights: number[];
  maxChars?: number;
  maxSentences?: number;
}

const DEFAULT_MAX_CHARS = 400;

export function summarize({ sentences, weights, maxChars = DEFAULT_MAX_CHARS, maxSentences = 3 }: SummaryInput): string {
  const indexed = sentences.map((text, index) => ({ text: text.trim(), index, weight: weights[index] ?? 0 }));
  const usable = indexed.filter((sentence) => sentence.text.length > 0);
  if (usable.length === 0) return '';
  const carrying = usable.filter((sentence) => sentence.weight > 0);
  // Heaviest first, earlier first among equals; the lead stands in when nothing matched.
  const ranked = (carrying.length > 0 ? carrying : usable).sort((a, b) => b.weight - a.weight || a.index - b.index);
  const chosen: typeof usable = [];
  let length = 0;
  for (const sentence of ranked) {
    if (chosen.length >= maxSentences) break;
    const added = sentence.text.length + (chosen.length > 0 ? 1 : 0);
    if (length + added > maxChars) continue;
    chosen.push(sentence);
    length += added;
  }
  if (chosen.length === 0) return truncateAtWord(ranked[0]!.text, maxChars);
  if (chosen.length < 2 && carrying.length > 0) {
    // One carrying sentence reads better with its neighbour for context, room permitting.
    const neighbour = usable.find((sentence) => sentence.index === chosen[0]!.index + 1 || sentence.index === chosen[0]!.index - 1);
    if (neighbour && length + neighbour.text.length + 1 <= maxChars) chosen.push(neighbour);
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((sentence) => sentence.text)
    .join(' ');
}
