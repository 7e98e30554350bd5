/**
 * A story prepared for matching: title and text joined, tokenized once, and split into sentences.
 * The title is sentence 0 so that weighting can favour the headline and the lead.
 */
import { collapseWhitespace } from '../normalize/collapse-whitespace';
import { splitSentences, type SentenceRange } from './sentences';
import { tokenize, type Token } from './tokenize';

export interface MatchDocument {
  source: string;
  tokens: Token[];
  /** The tokens' folded texts, as the phrase tries read them. */
  words: string[];
  sentences: SentenceRange[];
  /** Sentence index of every token. */
  tokenSentence: Int32Array;
  /** Number of sentences that belong to the title (0 when the story has none). */
  titleSentences: number;
}

const TITLE_BREAK = '\n\n';

export function buildDocument(title: string, text: string): MatchDocument {
  const cleanTitle = title.trim();
  const titleRanges = cleanTitle ? [{ start: 0, end: cleanTitle.length }] : [];
  const offset = cleanTitle ? cleanTitle.length + TITLE_BREAK.length : 0;
  const source = cleanTitle ? cleanTitle + TITLE_BREAK + text : text;
  const textRanges = splitSentences(text).map((range) => ({ start: range.start + offset, end: range.end + offset }));
  const sentences = [...titleRanges, ...textRanges];
  const tokens = tokenize(source);
  const words = new Array<string>(tokens.length);
  const tokenSentence = new Int32Array(tokens.length);
  let sentence = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    words[index] = token.text;
    const start = token.start;
    while (sentence < sentences.length - 1 && start >= sentences[sentence]!.end) sentence++;
    tokenSentence[index] = sentence;
  }
  return { source, tokens, words, sentences, tokenSentence, titleSentences: titleRanges.length };
}

export function sentenceText(doc: MatchDocument, index: number): string {
  const range = doc.sentences[index];
  if (!range) return '';
  return collapseWhitespace(doc.source.slice(range.start, range.end));
}
