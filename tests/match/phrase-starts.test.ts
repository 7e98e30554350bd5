/** Marking where phrases may start must never hide a phrase: walking marked tokens finds every hit. */
import { describe, expect, it } from 'vitest';
import { createMatcherFor } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/load-config';
import { readEvalSet } from '../../src/eval/eval-set';
import { PhraseIndex } from '../../src/match/phrase-index';
import { Lexicon } from '../../src/match/lexicon';
import { PhraseStarts, type StartMarks } from '../../src/match/phrase-starts';
import { tokenize } from '../../src/match/tokenize';
import { htmlToText } from '../../src/normalize/html-text';
import { SHIPPED_CONFIG } from '../support/config-dir';

describe('PhraseStarts', () => {
  it('keeps each of up to sixteen indexes apart, the ninth and later too', () => {
    const named = (count: number): Record<string, PhraseIndex<true>> =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => {
          const index = new PhraseIndex<true>();
          index.add(`word${i}`, true);
          return [`index${i}`, index];
        }),
      );
    const lexicon = new Lexicon();
    const starts = new PhraseStarts(named(16), lexicon);
    const words = Array.from({ length: 16 }, (_, i) => `word${15 - i}`);
    const marked = starts.mark(lexicon.idsOf(words));
    for (const i of [0, 7, 8, 15]) {
      const { marks, bit } = marked(`index${i}`);
      expect(words.filter((_, at) => (marks[at]! & bit) !== 0)).toEqual([`word${i}`]);
    }
    expect(() => new PhraseStarts(named(17), lexicon)).toThrow('phrase starts: at most 16 indexes, got 17');
  });

  it('marks words that begin a phrase and words starting with a prefix word, per index', () => {
    const places = new PhraseIndex<string>();
    places.add('Puerto Cabello', 'port');
    places.add('narco*', 'narco');
    const cues = new PhraseIndex<string>();
    cues.add('niega', 'denies');
    cues.add('n*', 'n-word'); // a one-letter prefix word
    const lexicon = new Lexicon();
    const starts = new PhraseStarts({ places, cues }, lexicon);
    const words = tokenize('Puerto niega narcotráfico; nada en Cabello').map((token) => token.text);
    const marked = starts.mark(lexicon.idsOf(words));
    const at = (name: 'places' | 'cues'): string[] => {
      const { marks, bit } = marked(name);
      return words.filter((_, i) => (marks[i]! & bit) !== 0);
    };
    expect(at('places')).toEqual(['puerto', 'narcotrafico']);
    expect(at('cues')).toEqual(['niega', 'narcotrafico', 'nada']);
    // The tokens marked for any index, in order: what findAll walks.
    expect([...marked('places').marked].map((i) => words[i])).toEqual(['puerto', 'niega', 'narcotrafico', 'nada']);
  });

  it('marks the same words after its lexicon has started afresh and given their ids to other words', () => {
    const places = new PhraseIndex<string>();
    places.add('Puerto Cabello', 'port');
    places.add('narco*', 'narco');
    const lexicon = new Lexicon(100);
    const starts = new PhraseStarts({ places }, lexicon);
    const markedWords = (words: string[]): string[] => {
      const { marks, bit } = starts.mark(lexicon.idsOf(words))('places');
      return words.filter((_, i) => (marks[i]! & bit) !== 0);
    };
    expect(markedWords(['puerto', 'narcotrafico', 'caracas'])).toEqual(['puerto', 'narcotrafico']);
    markedWords(Array.from({ length: 150 }, (_, index) => `palabra${index}`));
    lexicon.bound();
    expect(lexicon.generation).toBe(1);
    // "caracas" and "puerto" now take the ids "puerto" and "narcotrafico" had, whose marks were set.
    expect(markedWords(['caracas', 'puerto', 'narcotrafico'])).toEqual(['puerto', 'narcotrafico']);
  });

  it('marks a stemmed story by its words as written for the prefix words', () => {
    const cues = new PhraseIndex<string>((word) => word.replace(/(ada|ado|a|o)$/, ''));
    cues.add('infundad*', 'baseless');
    const lexicon = new Lexicon();
    const starts = new PhraseStarts({ cues }, lexicon);
    const written = ['es', 'infundada'];
    const stemmed = ['es', 'infund'];
    const { marks, bit } = starts.mark(lexicon.idsOf(stemmed), lexicon.idsOf(written))('cues');
    expect(written.filter((_, i) => (marks[i]! & bit) !== 0)).toEqual(['infundada']);
  });

  it('finds the same hits as trying every token, over the shipped rules and the labelled stories', () => {
    const matcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));
    const { entities, claims } = matcher;
    const stories = readEvalSet('tests/fixtures/eval/stories.jsonl');
    let hits = 0;
    for (const story of stories) {
      const texts = tokenize(`${htmlToText(story.title)}\n\n${htmlToText(story.text)}`).map((token) => token.text);
      const entityStarts = entities.starts.mark(matcher.lexicon.idsOf(texts));
      // Each index with its marks, the words it reads, and the words as written (for prefix words).
      const pairs: Array<readonly [PhraseIndex<unknown>, StartMarks, readonly string[], readonly string[]]> = [
        [entities.aliases, entityStarts('aliases'), texts, texts],
        [entities.context, entityStarts('context'), texts, texts],
        [entities.negative, entityStarts('negative'), texts, texts],
      ];
      for (const indexes of (['en', 'es', 'other'] as const).map((language) => claims.indexesFor(language))) {
        const ids = matcher.lexicon.idsOf(texts);
        const stemmed = indexes.stemIds ? indexes.stemIds(ids) : ids;
        const words = Array.from(stemmed, (id) => matcher.lexicon.word(id));
        const claimStarts = indexes.starts.mark(stemmed, ids);
        for (const name of ['phrases', 'topicWords', 'together', 'disputeCues', 'assertCues', 'anchorWords'] as const) {
          pairs.push([indexes[name], claimStarts(name), words, texts]);
        }
      }
      for (const [index, marks, words, written] of pairs) {
        const everyToken = index.findAll(words, undefined, written);
        expect(index.findAll(words, marks, written)).toEqual(everyToken);
        hits += everyToken.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
