/**
 * A trie over folded words: finds every configured phrase in one pass over the tokens, whatever the
 * number of phrases. Cost per token is a hash lookup, not one regular expression per phrase.
 * A word written with a trailing "*" in config matches any word that starts with it.
 */
import type { StartMarks } from './phrase-starts';
import { phraseWords } from './tokenize';

/** Applied to every configured word before it is filed, e.g. a stemmer. */
export type WordTransform = (word: string) => string;

interface PrefixEdge<T> {
  prefix: string;
  node: TrieNode<T>;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /**
   * Prefix words ("narco*") by their first code unit: a word tries only the prefixes that begin with
   * its own first letter, not every prefix word in the config.
   */
  prefixes: Map<number, Array<PrefixEdge<T>>>;
  values: Array<Entry<T>>;
}

interface PatternWord {
  word: string;
  prefix: boolean;
}

interface Entry<T> {
  value: T;
  /** For a phrase written "=like this": the words as written, which the story's own words must be. */
  exact: PatternWord[] | null;
}

export interface PhraseHit<T> {
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
  value: T;
}

/** A run of tokens, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** Whether `inner` lies inside `outer`, both token spans, end exclusive. */
export function spanWithin(inner: TokenSpan, outer: TokenSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Most nodes are leaves: they share these empty, never-written containers until something is
 * filed under them, which keeps a large rule set's tries a fraction of the size.
 */
const NO_CHILDREN: unknown = Object.freeze(new Map());
const NO_PREFIXES: unknown = Object.freeze(new Map());
const NO_VALUES: unknown = Object.freeze([]);

function newNode<T>(): TrieNode<T> {
  return { next: NO_CHILDREN as Map<string, TrieNode<T>>, prefixes: NO_PREFIXES as Map<number, Array<PrefixEdge<T>>>, values: NO_VALUES as Array<Entry<T>> };
}

/** "narco-terror*" → [{word: "narco"}, {word: "terror", prefix: true}] */
function patternWords(phrase: string, transform: WordTransform | null): PatternWord[] {
  const out: PatternWord[] = [];
  for (const chunk of phrase.trim().split(/\s+/)) {
    const wildcard = chunk.endsWith('*');
    const words = phraseWords(wildcard ? chunk.slice(0, -1) : chunk);
    words.forEach((word, index) => {
      const prefix = wildcard && index === words.length - 1;
      // A prefix is kept as written and tried on the story's words as written: a stem of a cut word
      // ("infundad") need not begin the stem of the whole one ("infundada" stems to "infund").
      out.push({ word: transform && !prefix ? transform(word) : word, prefix });
    });
  }
  return out;
}

function sameWords(raw: readonly string[], start: number, exact: readonly PatternWord[]): boolean {
  return exact.every(({ word, prefix }, offset) => {
    const text = raw[start + offset] ?? '';
    return prefix ? text.startsWith(word) : text === word;
  });
}

const byEnd = (a: { end: number }, b: { end: number }): number => a.end - b.end;

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  size = 0;

  /** With a transform, phrases are filed transformed, and must be searched in words transformed alike. */
  constructor(private readonly transform: WordTransform | null = null) {}

  /**
   * Returns false when the phrase has no words after folding (nothing to match). A phrase written
   * with a leading "=" is not stemmed: its words must appear as written ("=narco-terrorists", the
   * crews, is not "narco-terrorist enterprise").
   */
  add(phrase: string, value: T): boolean {
    const exactOnly = phrase.trimStart().startsWith('=');
    const written = exactOnly ? phrase.trimStart().slice(1) : phrase;
    const words = patternWords(written, this.transform);
    if (words.length === 0) return false;
    const exact = exactOnly && this.transform ? patternWords(written, null) : null;
    let node = this.root;
    for (const { word, prefix } of words) {
      if (prefix) {
        const first = word.charCodeAt(0);
        if (node.prefixes === NO_PREFIXES) node.prefixes = new Map();
        const bucket = node.prefixes.get(first) ?? [];
        node.prefixes.set(first, bucket);
        let entry = bucket.find((candidate) => candidate.prefix === word);
        if (!entry) {
          entry = { prefix: word, node: newNode() };
          bucket.push(entry);
        }
        node = entry.node;
      } else {
        let child = node.next.get(word);
        if (!child) {
          child = newNode();
          if (node.next === NO_CHILDREN) node.next = new Map();
          node.next.set(word, child);
        }
        node = child;
      }
    }
    if (node.values === NO_VALUES) node.values = [];
    node.values.push({ value, exact });
    this.size++;
    return true;
  }

  /** Every phrase that starts at word `start`, shortest first. */
  matchAt(words: readonly string[], start: number): Array<PhraseHit<T>> {
    // Most words start no phrase: answer them with one lookup, before any array is made.
    if (!this.mayStartAt(words, start)) return [];
    const hits: Array<PhraseHit<T>> = [];
    this.walk(this.root, words, words, start, start, hits);
    hits.sort(byEnd);
    return hits;
  }

  private walk(node: TrieNode<T>, words: readonly string[], raw: readonly string[], start: number, at: number, hits: Array<PhraseHit<T>>): void {
    const word = words[at];
    if (word === undefined) return;
    const child = node.next.get(word);
    if (child) this.visit(child, words, raw, start, at + 1, hits);
    if (node.prefixes.size === 0) return;
    const written = raw[at]!;
    const edges = node.prefixes.get(written.charCodeAt(0));
    if (!edges) return;
    for (const { prefix, node: prefixNode } of edges) {
      if (written.startsWith(prefix)) this.visit(prefixNode, words, raw, start, at + 1, hits);
    }
  }

  private visit(node: TrieNode<T>, words: readonly string[], raw: readonly string[], start: number, end: number, hits: Array<PhraseHit<T>>): void {
    for (const { value, exact } of node.values) if (!exact || sameWords(raw, start, exact)) hits.push({ start, end, value });
    if (node.next.size > 0 || node.prefixes.size > 0) this.walk(node, words, raw, start, end, hits);
  }

  /** Whether some phrase could start at word `start`: its word begins one, or a prefix word might. */
  mayStartAt(words: readonly string[], start: number, raw: readonly string[] = words): boolean {
    const word = words[start];
    if (word === undefined) return false;
    return this.root.next.has(word) || (this.root.prefixes.size > 0 && this.root.prefixes.has(raw[start]!.charCodeAt(0)));
  }

  /** The words that begin a phrase, and the prefix words ("narco" of "narco*", as written) that do. */
  startWords(): { words: string[]; prefixes: string[] } {
    return { words: [...this.root.next.keys()], prefixes: [...this.root.prefixes.values()].flat().map((edge) => edge.prefix) };
  }

  /**
   * All occurrences, overlapping ones included, in word order (as matchAt orders each start).
   * With `starts` (this index's marks from a PhraseStarts pass), only marked words are tried.
   * `raw` are the story's words before any transform, for phrases that must appear as written.
   */
  findAll(words: readonly string[], starts?: StartMarks, raw: readonly string[] = words): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    if (starts) {
      const { marks, bit, marked } = starts;
      for (let m = 0; m < marked.length; m++) {
        const i = marked[m]!;
        if ((marks[i]! & bit) !== 0) this.walkFrom(words, raw, i, hits);
      }
      return hits;
    }
    for (let i = 0; i < words.length; i++) if (this.mayStartAt(words, i, raw)) this.walkFrom(words, raw, i, hits);
    return hits;
  }

  /** The hits starting at word i, appended shortest first. */
  private walkFrom(words: readonly string[], raw: readonly string[], i: number, hits: Array<PhraseHit<T>>): void {
    const from = hits.length;
    this.walk(this.root, words, raw, i, i, hits);
    if (hits.length - from > 1) hits.push(...hits.splice(from).sort(byEnd));
  }
}
