/**
 * What clustering compares: a MinHash of the headline and lead, the figures and claims matched, the
 * numbers the story states (tons, dollars, dead, years: they survive translation), and a time.
 */
import { buildDocument, sentenceText, type MatchDocument } from '../match/document';
import { tokenize } from '../match/tokenize';
import type { MatchResult } from '../model';
import { minhash } from './minhash';

export interface StoryFeatures {
  storyId: string;
  /** Published time, else when we fetched it. Epoch ms. */
  at: number;
  signature: number[];
  entities: string[];
  claims: string[];
  numbers: string[];
}

/** Words that carry no news: dropped so two rewrites of the same lead share more shingles. */
const FILLER = new Set(
  'the a an of to in on and or for by with from at as is was are were be has have had that this it its said says el la los las un una de del y o en por con para al que se su sus es fue son dijo segun'.split(' '),
);

/** The headline and the first two sentences of the body. */
const LEAD_SENTENCES = 3;

/**
 * The folded words of one sentence, taken from the tokens the matcher already made. A token that
 * crosses the sentence's edge would read differently on its own, so that sentence is tokenized
 * afresh (sentence ranges end at spaces and punctuation, so in practice this never happens).
 */
function sentenceWords(doc: MatchDocument, index: number, out: string[]): void {
  const range = doc.sentences[index];
  if (!range) return;
  const { starts, ends } = doc.tokens;
  const from = out.length;
  // Tokens come in order, and every token before this sentence's first lies in an earlier sentence.
  for (let token = 0; token < starts.length; token++) {
    if (ends[token]! <= range.start) continue;
    if (starts[token]! >= range.end) break;
    if (starts[token]! < range.start || ends[token]! > range.end) {
      out.length = from;
      for (const retoken of tokenize(sentenceText(doc, index))) out.push(retoken.text);
      return;
    }
    out.push(doc.words[token]!);
  }
}

function isNumberWord(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Features from the document matchStory built, so the story is not split and tokenized twice. Its
 * tokens are those of the headline and text joined by a blank line: the same words as tokenizing
 * them separately.
 */
export function featuresOfDocument(storyId: string, at: number, doc: MatchDocument, match: MatchResult): StoryFeatures {
  const lead: string[] = [];
  for (let index = 0; index < LEAD_SENTENCES; index++) sentenceWords(doc, index, lead);
  const numbers = new Set<string>();
  for (const word of doc.words) if (isNumberWord(word)) numbers.add(word);
  return {
    storyId,
    at,
    signature: minhash(lead.filter((word) => !FILLER.has(word))),
    entities: match.entities.map((entity) => entity.id).sort(),
    claims: match.claims.map((claim) => claim.id).sort(),
    numbers: [...numbers].sort(),
  };
}

/** Features from the raw headline and text, for callers without the match document at hand. */
export function storyFeatures(storyId: string, at: number, title: string, text: string, match: MatchResult): StoryFeatures {
  return featuresOfDocument(storyId, at, buildDocument(title, text), match);
}
