/**
 * A summary of two or three sentences of the story, chosen for the figures and claims they carry,
 * kept in story order, under the length limit and never cut mid-word.
 */
import { truncateAtWord } from '../normalize/truncate';

export interface SummaryInput {
  /** How much each body sentence carries (matched figures plus claim evidence), in story order. */
  weights: readonly number[];
  /**
   * The text of body sentence `index` (the headline is not part of the summary). Asked only for the
   * sentences the summary considers: a long story's other sentences are never built.
   */
  sentence: (index: number) => string;
  maxChars?: number;
  maxSentences?: number;
}

const DEFAULT_MAX_CHARS = 400;

interface Chosen {
  index: number;
  text: string;
}

export function summarize({ weights, sentence, maxChars = DEFAULT_MAX_CHARS, maxSentences = 3 }: SummaryInput): string {
  const texts = new Map<number, string>();
  const textOf = (index: number): string => {
    let text = texts.get(index);
    if (text === undefined) texts.set(index, (text = index >= 0 && index < weights.length ? sentence(index).trim() : ''));
    return text;
  };
  const carrying = weights.map((_, index) => index).filter((index) => weights[index]! > 0 && textOf(index) !== '');
  // Heaviest first, earlier first among equals; the lead stands in when nothing matched, so a story
  // without matches is read from its start only as far as the summary needs.
  const ranked: Iterable<number> = carrying.length > 0 ? carrying.sort((a, b) => weights[b]! - weights[a]! || a - b) : weights.keys();
  const chosen: Chosen[] = [];
  let first: Chosen | null = null;
  let length = 0;
  for (const index of ranked) {
    if (chosen.length >= maxSentences) break;
    const text = textOf(index);
    if (text === '') continue;
    first ??= { index, text };
    const added = text.length + (chosen.length > 0 ? 1 : 0);
    if (length + added > maxChars) continue;
    chosen.push({ index, text });
    length += added;
  }
  if (first === null) return '';
  if (chosen.length === 0) return truncateAtWord(first.text, maxChars);
  if (chosen.length < 2 && carrying.length > 0) {
    // One carrying sentence reads better with its neighbour for context, room permitting.
    const at = chosen[0]!.index;
    const neighbour = [at - 1, at + 1].find((index) => textOf(index) !== '');
    if (neighbour !== undefined && length + textOf(neighbour).length + 1 <= maxChars) chosen.push({ index: neighbour, text: textOf(neighbour) });
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map(({ text }) => text)
    .join(' ');
}
