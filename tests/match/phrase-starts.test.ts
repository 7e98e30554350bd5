/** Marking where phrases may start must never hide a phrase: walking marked tokens finds every hit. */
import { describe, expect, it } from 'vitest';
import { createMatcherFor } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/load-config';
import { readEvalSet } from '../../src/eval/eval-set';
import { PhraseIndex } from '../../src/match/phrase-index';
import { PhraseStarts } from '../../src/match/phrase-starts';
import { tokenize } from '../../src/match/tokenize';
import { htmlToText } from '../../src/normalize/html-text';
import { SHIPPED_CONFIG } from '../support/config-dir';

describe('PhraseStarts', () => {
  it('marks words that begin a phrase and words starting with a prefix word, per index', () => {
    const places = new PhraseIndex<string>();
    places.add('Puerto Cabello', 'port');
    places.add('narco*', 'narco');
    const cues = new PhraseIndex<string>();
    cues.add('niega', 'denies');
    cues.add('n*', 'n-word'); // a one-letter prefix word
    const starts = new PhraseStarts({ places, cues });
    const tokens = tokenize('Puerto niega narcotráfico; nada en Cabello');
    const marked = starts.mark(tokens);
    const at = (name: 'places' | 'cues'): string[] => {
      const { marks, bit } = marked(name);
      return tokens.filter((_, i) => (marks[i]! & bit) !== 0).map((token) => token.text);
    };
    expect(at('places')).toEqual(['puerto', 'narcotrafico']);
    expect(at('cues')).toEqual(['niega', 'narcotrafico', 'nada']);
  });

  it('finds the same hits as trying every token, over the shipped rules and the labelled stories', () => {
    const matcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));
    const { entities, claims } = matcher;
    const stories = readEvalSet('tests/fixtures/eval/stories.jsonl');
    let hits = 0;
    for (const story of stories) {
      const tokens = tokenize(`${htmlToText(story.title)}\n\n${htmlToText(story.text)}`);
      const entityStarts = entities.starts.mark(tokens);
      const claimStarts = claims.starts.mark(tokens);
      const pairs = [
        [entities.aliases, entityStarts('aliases')],
        [entities.context, entityStarts('context')],
        [entities.negative, entityStarts('negative')],
        [claims.phrases, claimStarts('phrases')],
        [claims.topicWords, claimStarts('topicWords')],
        [claims.disputeCues, claimStarts('disputeCues')],
        [claims.assertCues, claimStarts('assertCues')],
      ] as const;
      for (const [index, marks] of pairs) {
        const everyToken = (index as PhraseIndex<unknown>).findAll(tokens);
        expect((index as PhraseIndex<unknown>).findAll(tokens, marks)).toEqual(everyToken);
        hits += everyToken.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
