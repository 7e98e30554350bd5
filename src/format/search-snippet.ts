/**
 * The few words of a story's text that show why /search found it, the matched words marked. The
 * search index keeps no copy of the text (migration 8), so the snippet is made here from the stored
 * text, with the matcher's tokenizer: words compare folded (no case, no accents), as the index
 * compares them.
 */
import { phraseWords, tokenize, type Token } from '../match/tokenize';
import type { SearchTerm } from '../store/fts-query';

/**
 * Private-use characters a formatter turns into bold. searchSnippet removes every private-use
 * character from the story text first, so only the matches it marks carry them.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
// Feed text can hold them (it is anything a feed sends), and they mean nothing without a private font.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** Words a snippet shows, and how many of them come before the first match it is built around. */
export const SNIPPET_WORDS = 16;
const WORDS_BEFORE = 3;
const ELLIPSIS = '…';

interface FoldedTerm {
  words: string[];
  prefix: boolean;
}

/** Where a term's phrase was found: its first and last token, and which term it was. */
interface Found {
  first: number;
  last: number;
  term: number;
}

function matchesAt(tokens: readonly Token[], at: number, term: FoldedTerm): boolean {
  const { words, prefix } = term;
  if (at + words.length > tokens.length) return false;
  const lastWord = words.length - 1;
  for (let offset = 0; offset <= lastWord; offset++) {
    const text = tokens[at + offset]!.text;
    const word = words[offset]!;
    if (prefix && offset === lastWord ? !text.startsWith(word) : text !== word) return false;
  }
  return true;
}

function findTerms(tokens: readonly Token[], terms: readonly FoldedTerm[]): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < tokens.length; at++) {
    terms.forEach((term, index) => {
      if (matchesAt(tokens, at, term)) found.push({ first: at, last: at + term.words.length - 1, term: index });
    });
  }
  return found;
}

/**
 * The first token of the window that shows the most different terms; the earliest among equals.
 * `found` is in text order, so windows start in order too and each reads only what lies inside it.
 */
function bestWindow(found: readonly Found[], tokenCount: number): number {
  let bestStart = 0;
  let bestScore = -1;
  let inside = 0;
  for (const around of found) {
    const start = Math.max(0, Math.min(around.first - WORDS_BEFORE, tokenCount - SNIPPET_WORDS));
    const end = start + SNIPPET_WORDS;
    while (found[inside]!.first < start) inside++;
    const terms = new Set<number>();
    for (let index = inside; index < found.length && found[index]!.first < end; index++) {
      if (found[index]!.last < end) terms.add(found[index]!.term);
    }
    if (terms.size > bestScore) {
      bestScore = terms.size;
      bestStart = start;
    }
  }
  return bestStart;
}

/** At most SNIPPET_WORDS words of `text`, around the terms it holds, with "…" where text was left out. */
export function searchSnippet(storyText: string, terms: readonly SearchTerm[]): string {
  const text = storyText.replace(PRIVATE_USE, '');
  const tokens = tokenize(text);
  if (tokens.length === 0) return '';
  const folded = terms.map((term) => ({ words: phraseWords(term.words.join(' ')), prefix: term.prefix })).filter((term) => term.words.length > 0);
  const found = findTerms(tokens, folded);
  const start = bestWindow(found, tokens.length);
  const end = Math.min(tokens.length, start + SNIPPET_WORDS);
  let snippet = start > 0 ? ELLIPSIS : '';
  // At either end of the text, what stands around the words (quotes, a full stop) is kept.
  let from = start > 0 ? tokens[start]!.start : 0;
  let markedUpTo = start - 1;
  for (const item of found) {
    // Only whole phrases inside the window, and none overlapping one already marked.
    if (item.first <= markedUpTo || item.first < start || item.last >= end) continue;
    const phraseStart = tokens[item.first]!.start;
    const phraseEnd = tokens[item.last]!.end;
    snippet += text.slice(from, phraseStart) + MATCH_START + text.slice(phraseStart, phraseEnd) + MATCH_END;
    from = phraseEnd;
    markedUpTo = item.last;
  }
  if (end === tokens.length) return snippet + text.slice(from);
  return snippet + text.slice(from, tokens[end - 1]!.end) + ELLIPSIS;
}
