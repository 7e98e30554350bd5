/** Marking where phrases may start must never hide a phrase: walking marked tokens finds every hit. */
import { describe, expect, it } from 'vitest';
import { createMatcherFor } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/load-config';
import { readEvalSet } from '../../src/eval/eval-set';
import { PhraseIndex } from '../../src/match/phrase-index';
import { PhraseStarts, type StartMarks } from '../../src/match/phrase-starts';
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
    const words = tokenize('Puerto niega narcotráfico; nada en Cabello').map((token) => token.text);
    const marked = starts.mark(words);
    const at = (name: 'places' | 'cues'): string[] => {
      const { marks, bit } = marked(name);
      return words.filter((_, i) => (marks[i]! & bit) !== 0);
    };
    expect(at('places')).toEqual(['puerto', 'narcotrafico']);
    expect(at('cues')).toEqual(['niega', 'narcotrafico', 'nada']);
  });

  it('marks the same words after reading more distinct words than it remembers', () => {
    const places = new PhraseIndex<string>();
    places.add('Puerto Cabello', 'port');
    places.add('narco*', 'narco');
    const starts = new PhraseStarts({ places });
    const words = ['puerto', 'narcotrafico', 'caracas'];
    const markedWords = (): string[] => {
      const { marks, bit } = starts.mark(words)('places');
      return words.filter((_, i) => (marks[i]! & bit) !== 0);
    };
    expect(markedWords()).toEqual(['puerto', 'narcotrafico']);
    starts.mark(Array.from({ length: 45_000 }, (_, index) => `palabra${index}`));
    expect(markedWords()).toEqual(['puerto', 'narcotrafico']);
  });

  it('finds the same hits as trying every token, over the shipped rules and the labelled stories', () => {
    const matcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));
    const { entities, claims } = matcher;
    const stories = readEvalSet('tests/fixtures/eval/stories.jsonl');
    let hits = 0;
    for (const story of stories) {
      const texts = tokenize(`${htmlToText(story.title)}\n\n${htmlToText(story.text)}`).map((token) => token.text);
      const entityStarts = entities.starts.mark(texts);
      const pairs: Array<readonly [PhraseIndex<unknown>, StartMarks, readonly string[]]> = [
        [entities.aliases, entityStarts('aliases'), texts],
        [entities.context, entityStarts('context'), texts],
        [entities.negative, entityStarts('negative'), texts],
      ];
      for (const indexes of (['en', 'es', 'other'] as const).map((language) => claims.indexesFor(language))) {
        const stem = indexes.stem;
        const words = stem ? texts.map(stem) : texts;
        const claimStarts = indexes.starts.mark(words);
        for (const name of ['phrases', 'topicWords', 'together', 'disputeCues', 'assertCues', 'anchorWords'] as const) {
          pairs.push([indexes[name], claimStarts(name), words]);
        }
      }
      for (const [index, marks, words] of pairs) {
        const everyToken = index.findAll(words);
        expect(index.findAll(words, marks)).toEqual(everyToken);
        hits += everyToken.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
