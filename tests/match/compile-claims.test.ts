/**
 * compileClaims: what a claims file turns into (word-group statements, topic figures, anchors, and the tries
 * per language), and which configured wording it leaves out. Matching a whole story is covered in
 * match-claims.test.ts; here the compiled parts are read directly.
 */
import { describe, expect, it } from 'vitest';
import { claimsFileSchema, type ClaimsFile } from '../../src/config/claims-schema';
import { compileClaims, type ClaimIndexes } from '../../src/match/compile-claims';
import { Lexicon } from '../../src/match/lexicon';
import type { PhraseIndex } from '../../src/match/phrase-index';
import { tokenize } from '../../src/match/tokenize';

const rules: ClaimsFile = claimsFileSchema.parse({
  disputeCues: { en: ['denies'], es: ['sin pruebas'] },
  notDisputeCues: { en: ['denies visas'], es: [] },
  hedgeCues: { en: ['whether'], es: ['sobre si'] },
  assertCues: { en: ['alleges'], es: ['acusa'] },
  anchors: { entities: ['nicolas-maduro'], en: ['Caracas'], es: ['venezolan*'] },
  claims: [
    {
      id: 'state-cartel',
      statement: "Venezuela's leadership runs the Cartel de los Soles",
      topic: { entities: ['cartel-de-los-soles', 'diosdado-cabello'], en: ['Cartel of the Suns'], es: ['Cartel de los Soles'] },
      asserts: { en: ['runs the cartel'], es: ['dirige el cartel'] },
      disputes: { en: ['cartel does not exist'], es: ['el cartel no existe'] },
      disputesOnTopic: { en: ['a fiction'], es: [] },
      offTopic: { en: ['mob trial'], es: [] },
      assertsBeside: [{ words: { en: ['criminal enterprise'], es: ['empresa criminal'] }, beside: { en: ['the state'], es: ['del Estado'] } }],
    },
    {
      id: 'drugs-as-weapon',
      statement: 'The regime uses drugs as a weapon against the U.S.',
      topic: { entities: ['diosdado-cabello'], en: ['cocaine'], es: ['cocaína'] },
      asserts: { en: ['drugs as a weapon'], es: ['=drogas como arma'] },
      together: [
        { en: ['government'], es: ['gobierno'] },
        { en: ['cocaine'], es: ['cocaína'], laterAs: { en: ['the drug'], es: [] } },
        { en: ['on purpose'], es: ['a propósito'] },
      ],
    },
  ],
});

/** Every hit of an index in a sentence, read the way the matcher reads words for that language. */
function hitsIn<T>(indexes: ClaimIndexes, pick: (indexes: ClaimIndexes) => PhraseIndex<T>, lexicon: Lexicon, text: string): T[] {
  const raw = tokenize(text).map((token) => token.text);
  const words = indexes.stemIds ? [...indexes.stemIds(lexicon.idsOf(raw))].map((id) => lexicon.word(id)) : raw;
  return pick(indexes)
    .findAll(words, undefined, raw)
    .map((hit) => hit.value);
}

describe('compileClaims: tables', () => {
  const compiled = compileClaims(rules);

  it('keeps the claims in config order', () => {
    expect(compiled.claims.map((claim) => claim.id)).toEqual(['state-cartel', 'drugs-as-weapon']);
  });

  it('lists word-group statements only for claims that have them: together by id, each assertsBeside pair apart', () => {
    expect([...compiled.statements]).toEqual([
      ['state-cartel#0', { claimId: 'state-cartel', groups: 2, borrows: false, topicOnly: false }],
      ['drugs-as-weapon', { claimId: 'drugs-as-weapon', groups: 3, borrows: true, topicOnly: false }],
    ]);
  });

  it('files topic groups as a statement of their own that only opens the topic', () => {
    const lexicon = new Lexicon();
    const withTopic = compileClaims({ ...rules, claims: [{ ...rules.claims[0]!, topic: { ...rules.claims[0]!.topic, together: [{ en: ['Navy'], es: [] }, { en: ['boats'], es: [] }] } }] }, lexicon);
    const key = `${rules.claims[0]!.id}#topic`;
    expect(withTopic.statements.get(key)).toEqual({ claimId: rules.claims[0]!.id, groups: 2, borrows: false, topicOnly: true });
    expect(hitsIn(withTopic.indexesFor('en'), (index) => index.together, lexicon, 'the Navy sank boats')).toEqual([
      { claimId: rules.claims[0]!.id, statement: key, group: 0, later: false },
      { claimId: rules.claims[0]!.id, statement: key, group: 1, later: false },
    ]);
  });

  it('puts an assertsBeside pair in the together trie as two groups of its own statement', () => {
    const lexicon = new Lexicon();
    const indexes = compileClaims(rules, lexicon).indexesFor('en');
    const found = hitsIn(indexes, (index) => index.together, lexicon, 'a criminal enterprise of the state, said the government');
    expect(found).toEqual([
      { claimId: 'state-cartel', statement: 'state-cartel#0', group: 0, later: false },
      { claimId: 'state-cartel', statement: 'state-cartel#0', group: 1, later: false },
      { claimId: 'drugs-as-weapon', statement: 'drugs-as-weapon', group: 0, later: false },
    ]);
  });

  it('lists, for each topic figure, every claim it is the topic of', () => {
    expect(Object.fromEntries(compiled.topicEntities)).toEqual({
      'cartel-de-los-soles': ['state-cartel'],
      'diosdado-cabello': ['state-cartel', 'drugs-as-weapon'],
    });
  });

  it('keeps anchor figures and says whether anchor words exist', () => {
    expect(compiled.anchors).toEqual({ entities: new Set(['nicolas-maduro']), hasWords: true });
  });
});

describe('compileClaims: anchors', () => {
  const anchorsOf = (anchors: unknown) => compileClaims(claimsFileSchema.parse({ ...rules, anchors })).anchors;

  it('is null when no figure and no word anchors the beat, so any tracked figure does', () => {
    expect(anchorsOf({})).toBeNull();
    expect(anchorsOf({ entities: [], en: [], es: [] })).toBeNull();
  });

  it('has words when only one language lists anchor words', () => {
    expect(anchorsOf({ es: ['venezolan*'] })).toEqual({ entities: new Set(), hasWords: true });
    expect(anchorsOf({ en: ['Caracas'] })).toEqual({ entities: new Set(), hasWords: true });
  });

  it('has no words when only figures anchor', () => {
    expect(anchorsOf({ entities: ['nicolas-maduro', 'diosdado-cabello'] })).toEqual({
      entities: new Set(['nicolas-maduro', 'diosdado-cabello']),
      hasWords: false,
    });
  });
});

describe('compileClaims: tries', () => {
  it('files both languages’ wording in every language’s tries, with the claim and its side', () => {
    const lexicon = new Lexicon();
    const compiled = compileClaims(rules, lexicon);
    for (const language of ['en', 'es', 'other'] as const) {
      const indexes = compiled.indexesFor(language);
      const phrases = (text: string) => hitsIn(indexes, (i) => i.phrases, lexicon, text);
      expect(phrases('Prosecutors say he runs the cartel.')).toEqual([{ claimId: 'state-cartel', side: 'asserts', opensTopic: true }]);
      expect(phrases('Dicen que dirige el cartel.')).toEqual([{ claimId: 'state-cartel', side: 'asserts', opensTopic: true }]);
      expect(phrases('The minister says the cartel does not exist.')).toEqual([{ claimId: 'state-cartel', side: 'disputes', opensTopic: true }]);
      expect(phrases('El ministro dice que el cartel no existe.')).toEqual([{ claimId: 'state-cartel', side: 'disputes', opensTopic: true }]);
      expect(phrases('Usan las drogas como arma.')).toEqual([{ claimId: 'drugs-as-weapon', side: 'asserts', opensTopic: true }]);
      expect(phrases('He called it a fiction.')).toEqual([{ claimId: 'state-cartel', side: 'disputes', opensTopic: false }]);
      expect(hitsIn(indexes, (i) => i.notDisputeCues, lexicon, 'Caracas denies visas to reporters.')).toEqual([true]);
      // Two asserts, two disputes and one dispute on topic for the first claim, two asserts for the second.
      expect(indexes.phrases.size).toBe(7);
    }
  });

  it('files topic and off-topic words under their claim, and each word group under its claim and position', () => {
    const lexicon = new Lexicon();
    // As written, so English "cocaine" and Spanish "cocaína" stay apart and each hit is one entry.
    const indexes = compileClaims(rules, lexicon).indexesFor('other');
    expect(hitsIn(indexes, (i) => i.topicWords, lexicon, 'El Cartel de los Soles y la cocaína.')).toEqual([
      { claimId: 'state-cartel', off: false },
      { claimId: 'drugs-as-weapon', off: false },
    ]);
    expect(hitsIn(indexes, (i) => i.topicWords, lexicon, 'A mob trial.')).toEqual([{ claimId: 'state-cartel', off: true }]);
    expect(hitsIn(indexes, (i) => i.together, lexicon, 'El gobierno envió cocaína a propósito.')).toEqual([
      { claimId: 'drugs-as-weapon', statement: 'drugs-as-weapon', group: 0, later: false },
      { claimId: 'drugs-as-weapon', statement: 'drugs-as-weapon', group: 1, later: false },
      { claimId: 'drugs-as-weapon', statement: 'drugs-as-weapon', group: 2, later: false },
    ]);
    // A laterAs word is filed under its group, marked: the matcher decides whether it counts.
    expect(hitsIn(indexes, (i) => i.together, lexicon, 'The drug.')).toEqual([{ claimId: 'drugs-as-weapon', statement: 'drugs-as-weapon', group: 1, later: true }]);
    // Seven words of drugs-as-weapon's groups, and four of state-cartel's assertsBeside pair.
    expect(indexes.together.size).toBe(11);
  });

  it('files the generic cues and anchor words of both languages in their own tries', () => {
    const lexicon = new Lexicon();
    const indexes = compileClaims(rules, lexicon).indexesFor('en');
    const count = (pick: (i: ClaimIndexes) => PhraseIndex<true>, text: string) => hitsIn(indexes, pick, lexicon, text).length;
    expect(count((i) => i.disputeCues, 'Caracas denies it; lo dice sin pruebas.')).toBe(2);
    expect(count((i) => i.hedgeCues, 'Asked whether it is true, y sobre si existe.')).toBe(2);
    expect(count((i) => i.assertCues, 'The letter alleges it, y acusa al ministro.')).toBe(2);
    expect(count((i) => i.anchorWords, 'Caracas y el gobierno venezolano.')).toBe(2);
    // A cue is not a claim phrase, and a claim phrase is not a cue.
    expect(count((i) => i.disputeCues, 'He runs the cartel.')).toBe(0);
    expect(hitsIn(indexes, (i) => i.phrases, lexicon, 'Caracas denies it.')).toEqual([]);
  });

  it('stems for the story’s language, and reads words as written for other languages', () => {
    const lexicon = new Lexicon();
    const compiled = compileClaims(rules, lexicon);
    const en = compiled.indexesFor('en');
    const other = compiled.indexesFor('other');
    expect(hitsIn(en, (i) => i.phrases, lexicon, 'Officials said he was running the cartels.')).toEqual([{ claimId: 'state-cartel', side: 'asserts', opensTopic: true }]);
    expect(other.stemIds).toBeNull();
    expect(hitsIn(other, (i) => i.phrases, lexicon, 'Officials said he was running the cartels.')).toEqual([]);
    const es = compiled.indexesFor('es');
    expect(hitsIn(es, (i) => i.phrases, lexicon, 'Dicen que dirigía el cartel.')).toEqual([{ claimId: 'state-cartel', side: 'asserts', opensTopic: true }]);
  });

  it('keeps a phrase written with "=" to its written words even in stemmed tries', () => {
    const lexicon = new Lexicon();
    const es = compileClaims(rules, lexicon).indexesFor('es');
    // "drogas como arma" and "droga como armas" stem alike in Spanish; only the written form counts.
    expect(hitsIn(es, (i) => i.phrases, lexicon, 'La droga como armas.')).toEqual([]);
    expect(hitsIn(es, (i) => i.phrases, lexicon, 'Las drogas como arma.')).toEqual([{ claimId: 'drugs-as-weapon', side: 'asserts', opensTopic: true }]);
  });

  it('stems word ids through the lexicon it was given', () => {
    const lexicon = new Lexicon();
    const en = compileClaims(rules, lexicon).indexesFor('en');
    const stemmed = en.stemIds!(lexicon.idsOf(['running', 'cartels', 'running']));
    expect([...stemmed].map((id) => lexicon.word(id))).toEqual(['run', 'cartel', 'run']);
    expect(stemmed[0]).toBe(stemmed[2]);
  });

  it('builds separate tries per language, and the as-written set once', () => {
    const compiled = compileClaims(rules);
    expect(compiled.indexesFor('en')).not.toBe(compiled.indexesFor('es'));
    expect(compiled.indexesFor('en')).toBe(compiled.indexesFor('en'));
    expect(compiled.indexesFor('other')).toBe(compiled.indexesFor('other'));
  });

  it('marks where each trie may start a phrase, by word ids of the given lexicon', () => {
    const lexicon = new Lexicon();
    const indexes = compileClaims(rules, lexicon).indexesFor('other');
    expect(indexes.starts.lexicon).toBe(lexicon);
    const words = tokenize('Caracas denies the cartel does not exist').map((token) => token.text);
    const marked = indexes.starts.mark(lexicon.idsOf(words));
    const startsOf = (name: Parameters<typeof marked>[0]) => {
      const { marks, bit } = marked(name);
      return words.filter((_, i) => (marks[i]! & bit) !== 0);
    };
    expect(startsOf('anchorWords')).toEqual(['caracas']);
    expect(startsOf('disputeCues')).toEqual(['denies']);
    expect(startsOf('phrases')).toEqual(['cartel']);
    expect(startsOf('topicWords')).toEqual(['cartel']);
    expect(startsOf('hedgeCues')).toEqual([]);
  });
});

describe('compileClaims: what it leaves out', () => {
  it('files no phrase that has no words after folding', () => {
    const lexicon = new Lexicon();
    const file = claimsFileSchema.parse({
      disputeCues: { en: ['--', 'denies'] },
      claims: [{ id: 'empty-words', statement: 'Only punctuation', asserts: { en: ['…', 'runs the cartel'], es: ['¡!'] }, topic: { en: ['?'] } }],
    });
    const indexes = compileClaims(file, lexicon).indexesFor('en');
    expect(indexes.phrases.size).toBe(1);
    expect(indexes.disputeCues.size).toBe(1);
    expect(indexes.topicWords.size).toBe(0);
  });

  it('compiles an empty claims file into empty tries and no anchors', () => {
    const compiled = compileClaims(claimsFileSchema.parse({}));
    expect(compiled.claims).toEqual([]);
    expect(compiled.statements.size).toBe(0);
    expect(compiled.topicEntities.size).toBe(0);
    expect(compiled.anchors).toBeNull();
    const indexes = compiled.indexesFor('es');
    expect([indexes.phrases, indexes.topicWords, indexes.together, indexes.disputeCues, indexes.anchorWords].map((index) => index.size)).toEqual([0, 0, 0, 0, 0]);
  });
});
