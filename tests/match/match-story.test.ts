import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { matchDocument, matchStory } from '../../src/match/match-story';
import { miniMatcher } from '../support/mini-config';

const matcher = miniMatcher();

describe('matchStory', () => {
  it('returns language, figures, claims and a summary built from the sentences that carry them', () => {
    const result = matchStory(matcher, {
      title: 'El régimen usa las drogas como arma, dice una carta',
      text:
        'Una carta enviada desde prisión acusa al gobierno de Nicolás Maduro de usar las drogas como arma. ' +
        'El texto tiene cuatro páginas. El clima en Caracas fue soleado. ' +
        'Maduro no respondió a la carta.',
    });
    expect(result.lang).toBe('es');
    expect(result.entities).toEqual([{ id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 }]);
    expect(result.claims.map((claim) => [claim.id, claim.stance])).toEqual([['drugs-as-weapon', 'asserts']]);
    expect(result.summary).toBe('Una carta enviada desde prisión acusa al gobierno de Nicolás Maduro de usar las drogas como arma. Maduro no respondió a la carta.');
  });

  it('gives an empty result for a story about something else, with the lead as summary', () => {
    const result = matchStory(matcher, { title: 'Receta de plátanos maduros', text: 'Pele los plátanos. Fríalos en aceite caliente.' });
    expect(result.entities).toEqual([]);
    expect(result.claims).toEqual([]);
    expect(result.summary).toBe('Pele los plátanos. Fríalos en aceite caliente.');
  });

  it('summarises a title-only item with its title', () => {
    expect(matchStory(matcher, { title: 'Maduro habla ante el gobierno', text: '' }).summary).toBe('Maduro habla ante el gobierno');
  });
});

describe('matchDocument', () => {
  it('gives what matchStory gives, on a document the caller built and keeps', () => {
    const title = 'Maduro niega que exista el Cartel de los Soles';
    const text = 'El gobierno de Nicolás Maduro negó este lunes que el Cartel de los Soles exista. Dijo que es un invento.';
    const doc = buildDocument(title, text);
    expect(matchDocument(matcher, doc, 'es')).toEqual(matchStory(matcher, { title, text, declaredLanguage: 'es' }));
  });

  it('gives the same on a document built with its lexicon before the lexicon started afresh', () => {
    const title = 'Maduro niega que exista el Cartel de los Soles';
    const text = 'El gobierno de Nicolás Maduro negó este lunes que el Cartel de los Soles exista. Dijo que es un invento.';
    const expected = matchStory(matcher, { title, text, declaredLanguage: 'es' });
    const doc = buildDocument(title, text, matcher.lexicon);
    // More distinct words than a lexicon keeps, then one more document: the table starts afresh and
    // the first document's ids now name other words.
    const generation = matcher.lexicon.generation;
    buildDocument('', Array.from({ length: 70_000 }, (_, index) => `palabra${index}`).join(' '), matcher.lexicon);
    matchStory(matcher, { title: 'Caracas', text: 'Nicolás Maduro habló en Caracas.' });
    expect(matcher.lexicon.generation).toBe(generation + 1);
    expect(matchDocument(matcher, doc, 'es')).toEqual(expected);
  });
});
