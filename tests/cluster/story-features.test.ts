/** Features come from the matcher's own tokens, and must equal tokenizing the lead and the story afresh. */
import { describe, expect, it } from 'vitest';
import { createMatcherFor } from '../../src/app/create-app';
import { minhash } from '../../src/cluster/minhash';
import { featuresOfDocument, storyFeatures } from '../../src/cluster/story-features';
import { loadConfig } from '../../src/config/load-config';
import { readEvalSet } from '../../src/eval/eval-set';
import { buildDocument, sentenceText, type MatchDocument } from '../../src/match/document';
import { matchDocument } from '../../src/match/match-story';
import { tokenize } from '../../src/match/tokenize';
import type { MatchResult } from '../../src/model';
import { htmlToText } from '../../src/normalize/html-text';
import { SHIPPED_CONFIG } from '../support/config-dir';

const FILLER = new Set(
  'the a an of to in on and or for by with from at as is was are were be has have had that this it its said says el la los las un una de del y o en por con para al que se su sus es fue son dijo segun'.split(' '),
);

/** The features as first defined: the lead's text and the whole story tokenized again. */
function tokenizedAfresh(doc: MatchDocument, title: string, text: string): { signature: number[]; numbers: string[] } {
  const lead = [0, 1, 2].map((index) => sentenceText(doc, index)).join(' ');
  const words = tokenize(lead).map((token) => token.text);
  const numbers = [...new Set(tokenize(`${title} ${text}`).map((token) => token.text).filter((word) => /^\d{2,}$/.test(word)))];
  return { signature: minhash(words.filter((word) => !FILLER.has(word))), numbers: numbers.sort() };
}

const noMatch: MatchResult = { lang: 'en', entities: [], claims: [], summary: '' };

describe('featuresOfDocument', () => {
  it('equals tokenizing the lead and the story afresh, over the labelled stories', () => {
    const matcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));
    const stories = [...readEvalSet('tests/fixtures/eval/stories.jsonl'), ...readEvalSet('tests/fixtures/eval/holdout.jsonl')];
    for (const story of stories) {
      const title = htmlToText(story.title);
      const text = htmlToText(story.text);
      const doc = buildDocument(title, text);
      const match = matchDocument(matcher, doc);
      const features = featuresOfDocument(story.id, 1, doc, match);
      expect({ signature: features.signature, numbers: features.numbers }, story.id).toEqual(tokenizedAfresh(doc, title, text));
      expect(features).toEqual(storyFeatures(story.id, 1, title, text, match));
    }
  });

  it('tokenizes a lead sentence afresh when a token crosses its edge', () => {
    const doc = buildDocument('Cartel de los Soles', 'Fiscales acusan a 14 funcionarios. Otra frase 2025.');
    // Sentence 1 cut inside "Fiscales": the token read whole would be wrong for it.
    const cut: MatchDocument = { ...doc, sentences: [doc.sentences[0]!, { ...doc.sentences[1]!, start: doc.sentences[1]!.start + 3 }, doc.sentences[2]!] };
    const features = featuresOfDocument('s', 0, cut, noMatch);
    expect(features.signature).toEqual(tokenizedAfresh(cut, '', '').signature);
    expect(features.numbers).toEqual(['14', '2025']);
  });
});
