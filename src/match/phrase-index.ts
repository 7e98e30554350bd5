/**
 * A trie over folded words: finds every configured phrase in one pass over the tokens, whatever the
 * number of phrases. Cost per token is a hash lookup, not one regular expression per phrase.
 * A word written with a trailing "*" in config matches any word that starts with it.
 */
import type { StartMarks } from './phrase-starts';
import { phraseWords, type Token } from './tokenize';

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
  values: T[];
}

export interface PhraseHit<T> {
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
  value: T;
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), prefixes: new Map(), values: [] };
}

/** "narco-terror*" → [{word: "narco"}, {word: "terror", prefix: true}] */
function patternWords(phrase: string): Array<{ word: string; prefix: boolean }> {
  const out: Array<{ word: string; prefix: boolean }> = [];
  for (const chunk of phrase.trim().split(/\s+/)) {
    const wildcard = chunk.endsWith('*');
    const words = phraseWords(wildcard ? chunk.slice(0, -1) : chunk);
    words.forEach((word, index) => out.push({ word, prefix: wildcard && index === words.length - 1 }));
  }
  return out;
}

const byEnd = (a: { end: number }, b: { end: number }): number => a.end - b.end;

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  size = 0;

  /** Returns false when the phrase has no words after folding (nothing to match). */
  add(phrase: string, value: T): boolean {
    const words = patternWords(phrase);
    if (words.length === 0) return false;
    let node = this.root;
    for (const { word, prefix } of words) {
      if (prefix) {
        const first = word.charCodeAt(0);
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
          node.next.set(word, child);
        }
        node = child;
      }
    }
    node.values.push(value);
    this.size++;
    return true;
  }

  /** Every phrase that starts at token `start`, shortest first. */
  matchAt(tokens: readonly Token[], start: number): Array<PhraseHit<T>> {
    // Most words start no phrase: answer them with one lookup, before any array is made.
    if (!this.mayStartAt(tokens, start)) return [];
    const hits: Array<PhraseHit<T>> = [];
    this.walk(this.root, tokens, start, start, hits);
    hits.sort(byEnd);
    return hits;
  }

  private walk(node: TrieNode<T>, tokens: readonly Token[], start: number, at: number, hits: Array<PhraseHit<T>>): void {
    const token = tokens[at];
    if (!token) return;
    const child = node.next.get(token.text);
    if (child) this.visit(child, tokens, start, at + 1, hits);
    const edges = node.prefixes.size > 0 ? node.prefixes.get(token.text.charCodeAt(0)) : undefined;
    if (!edges) return;
    for (const { prefix, node: prefixNode } of edges) {
      if (token.text.startsWith(prefix)) this.visit(prefixNode, tokens, start, at + 1, hits);
    }
  }

  private visit(node: TrieNode<T>, tokens: readonly Token[], start: number, end: number, hits: Array<PhraseHit<T>>): void {
    for (const value of node.values) hits.push({ start, end, value });
    if (node.next.size > 0 || node.prefixes.size > 0) this.walk(node, tokens, start, end, hits);
  }

  /** Whether some phrase could start at token `start`: its word begins one, or a prefix word might. */
  mayStartAt(tokens: readonly Token[], start: number): boolean {
    const token = tokens[start];
    if (token === undefined) return false;
    return this.root.next.has(token.text) || (this.root.prefixes.size > 0 && this.root.prefixes.has(token.text.charCodeAt(0)));
  }

  /** The words that begin a phrase, and the prefix words ("narco" of "narco*") that do. */
  startWords(): { words: string[]; prefixes: string[] } {
    return { words: [...this.root.next.keys()], prefixes: [...this.root.prefixes.values()].flat().map((edge) => edge.prefix) };
  }

  /**
   * All occurrences, overlapping ones included, in token order (as matchAt orders each start).
   * With `starts` (this index's marks from a PhraseStarts pass), only marked tokens are tried.
   */
  findAll(tokens: readonly Token[], starts?: StartMarks): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (starts ? (starts.marks[i]! & starts.bit) === 0 : !this.mayStartAt(tokens, i)) continue;
      const from = hits.length;
      this.walk(this.root, tokens, i, i, hits);
      if (hits.length - from > 1) hits.push(...hits.splice(from).sort(byEnd));
    }
    return hits;
  }
}
