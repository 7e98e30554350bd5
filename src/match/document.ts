/**
 * A story prepared for matching: title and text joined, tokenized once, and split into sentences.
 * The title is sentence 0 so that weighting can favour the headline and the lead.
 */
import { collapseWhitespace } from '../normalize/collapse-whitespace';
import { Lexicon } from './lexicon';
import { splitSentences, type SentenceRange } from './sentences';
import { scanTokens, type Tokens } from './tokenize';

export interface MatchDocument {
  source: string;
  tokens: Tokens;
  /** The tokens' folded texts, as the phrase tries read them: the lexicon's own strings. */
  words: string[];
  /** The lexicon the token ids belong to, and its generation when they were made. */
  lexicon: Lexicon;
  generation: number;
  sentences: SentenceRange[];
  /** Sentence index of every token. */
  tokenSentence: Int32Array;
  /** Number of sentences that belong to the title (0 when the story has none). */
  titleSentences: number;
}

const TITLE_BREAK = '\n\n';

/** Pass the matcher's lexicon, so the story's words are filed where the matcher remembers them. */
export function buildDocument(title: string, text: string, lexicon: Lexicon = new Lexicon()): MatchDocument {
  lexicon.bound();
  const cleanTitle = title.trim();
  const titleRanges = cleanTitle ? [{ start: 0, end: cleanTitle.length }] : [];
  const offset = cleanTitle ? cleanTitle.length + TITLE_BREAK.length : 0;
  // join gives one flat string; `+` gives a rope, which every character read must unwrap.
  const source = cleanTitle ? [cleanTitle, text].join(TITLE_BREAK) : text;
  const textRanges = splitSentences(text).map((range) => ({ start: range.start + offset, end: range.end + offset }));
  const sentences = [...titleRanges, ...textRanges];
  const tokens = scanTokens(source, lexicon);
  const { ids, starts } = tokens;
  const words = new Array<string>(ids.length);
  const tokenSentence = new Int32Array(ids.length);
  let sentence = 0;
  let sentenceEnd = sentences[0]?.end ?? 0;
  const lastSentence = sentences.length - 1;
  for (let index = 0; index < ids.length; index++) {
    words[index] = lexicon.word(ids[index]!);
    const start = starts[index]!;
    while (sentence < lastSentence && start >= sentenceEnd) sentenceEnd = sentences[++sentence]!.end;
    tokenSentence[index] = sentence;
  }
  return { source, tokens, words, lexicon, generation: lexicon.generation, sentences, tokenSentence, titleSentences: titleRanges.length };
}

/**
 * The document's word ids in `lexicon`: its own when it was built there and the table has not
 * started afresh since, else its words filed again.
 */
export function wordIds(doc: MatchDocument, lexicon: Lexicon): Int32Array {
  return doc.lexicon === lexicon && doc.generation === lexicon.generation ? doc.tokens.ids : lexicon.idsOf(doc.words);
}

export function sentenceText(doc: MatchDocument, index: number): string {
  const range = doc.sentences[index];
  if (!range) return '';
  return collapseWhitespace(doc.source.slice(range.start, range.end));
}

/**
 * The tokens of sentence `index`, end exclusive (tokens come in sentence order): found by halving, not
 * by reading every sentence before it.
 */
export function sentenceTokens(doc: MatchDocument, index: number): { start: number; end: number } {
  const firstAtOrAfter = (sentence: number): number => {
    let low = 0;
    let high = doc.tokenSentence.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (doc.tokenSentence[middle]! < sentence) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return { start: firstAtOrAfter(index), end: firstAtOrAfter(index + 1) };
}

/** Punctuation where another clause begins: a comma, semicolon, colon or dash (not a hyphen inside a word). */
const CLAUSE_BREAK = /[,;:—–]|\s-\s/;

/** The folded words of sentence `index`. */
export function sentenceWords(doc: MatchDocument, index: number): string[] {
  const { start, end } = sentenceTokens(doc, index);
  return doc.words.slice(start, end);
}

/** Whether tokens `a` and `b` stand in one sentence; false when either is outside the story. */
export function inOneSentence(doc: MatchDocument, a: number, b: number): boolean {
  const sentence = doc.tokenSentence[a];
  return sentence !== undefined && sentence === doc.tokenSentence[b];
}

/** Whether the headline (the title's sentences) holds one of these folded words. */
export function headlineHolds(doc: MatchDocument, words: ReadonlySet<string>): boolean {
  if (doc.titleSentences === 0) return false;
  const { start } = sentenceTokens(doc, 0);
  const { end } = sentenceTokens(doc, doc.titleSentences - 1);
  for (let token = start; token < end; token++) if (words.has(doc.words[token]!)) return true;
  return false;
}

/** The source text between tokens `left` and `right` (left < right): spaces and punctuation. */
export function textBetween(doc: MatchDocument, left: number, right: number): string {
  return doc.source.slice(doc.tokens.ends[left]!, doc.tokens.starts[right]!);
}

/** Whether a clause break stands between tokens `from` and `to` (from < to): grammar stops there. */
export function clauseBreakBetween(doc: MatchDocument, from: number, to: number): boolean {
  return CLAUSE_BREAK.test(textBetween(doc, from, to));
}
