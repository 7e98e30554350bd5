/**
 * What clustering compares: a MinHash of the headline and lead, the figures and claims matched, the
 * numbers the story states (tons, dollars, dead, years: they survive translation), and a time.
 */
import { buildDocument, sentenceText } from '../match/document';
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

export function storyFeatures(storyId: string, at: number, title: string, text: string, match: MatchResult): StoryFeatures {
  const doc = buildDocument(title, text);
  const lead = [0, 1, 2].map((index) => sentenceText(doc, index)).join(' ');
  const words = tokenize(lead).map((token) => token.text);
  const numbers = [...new Set(tokenize(`${title} ${text}`).map((token) => token.text).filter((word) => /^\d{2,}$/.test(word)))];
  return {
    storyId,
    at,
    signature: minhash(words.filter((word) => !FILLER.has(word))),
    entities: match.entities.map((entity) => entity.id).sort(),
    claims: match.claims.map((claim) => claim.id).sort(),
    numbers: numbers.sort(),
  };
}
