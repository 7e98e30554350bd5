/**
 * Where a story names some figure's alias: leftmost-longest over the alias trie, each alias written as
 * its case rule asks. Whether a name is really the figure is decided later (match-entities.ts).
 */
import type { AliasRef, CompiledEntities } from './compile-entities';
import type { MatchDocument } from './document';
import type { StartMarks } from './phrase-starts';
import { LOWER, type Tokens } from './tokenize';

function caseAllows(ref: AliasRef, doc: MatchDocument, tokens: Tokens, start: number, end: number): boolean {
  if (ref.caseRule === 'any') return true;
  if (ref.caseRule === 'exact') {
    if (end - start !== ref.exactWords.length) return false;
    return ref.exactWords.every((word, index) => {
      const at = tokens.starts[start + index]!;
      return tokens.ends[start + index]! - at === word.length && doc.source.startsWith(word, at);
    });
  }
  // capitalized: the head word (the last one: "Los Soles", "El Pollo") is written as a name.
  return tokens.shapes[end - 1] !== LOWER;
}

export interface Candidate {
  start: number;
  end: number;
  refs: AliasRef[];
}

/** Leftmost-longest: at each position the longest alias whose case rule passes takes the words. */
export function candidateSpans(compiled: CompiledEntities, doc: MatchDocument, aliasStarts: StartMarks): Candidate[] {
  const spans: Candidate[] = [];
  const { tokens } = doc;
  const { marks, bit } = aliasStarts;
  const count = tokens.ids.length;
  let i = 0;
  while (i < count) {
    if ((marks[i]! & bit) === 0) {
      i++; // no alias starts with this word: matchAt would find nothing
      continue;
    }
    const hits = compiled.aliases.matchAt(doc.words, i);
    let taken = false;
    for (let h = hits.length - 1; h >= 0 && !taken; h--) {
      const end = hits[h]!.end;
      const refs = hits.filter((hit) => hit.end === end && caseAllows(hit.value, doc, tokens, i, end)).map((hit) => hit.value);
      if (refs.length > 0) {
        spans.push({ start: i, end, refs });
        i = end;
        taken = true;
      }
      while (h > 0 && hits[h - 1]!.end === end) h--;
    }
    if (!taken) i++;
  }
  return spans;
}
