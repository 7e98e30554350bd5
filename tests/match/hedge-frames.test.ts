import { describe, expect, it } from 'vitest';
import { buildDocument, wordIds } from '../../src/match/document';
import { FrameFinder } from '../../src/match/hedge-frames';
import { Lexicon } from '../../src/match/lexicon';

const lexicon = new Lexicon();
const finder = new FrameFinder(lexicon);

/** Which body sentences (0 = the first) hold a framed claim. */
const framed = (text: string): number[] => {
  const doc = buildDocument('', text, lexicon);
  return [...finder.sentences(doc, wordIds(doc, lexicon))].map((sentence) => sentence - doc.titleSentences).sort();
};

describe('FrameFinder', () => {
  it('finds a statement noun whose "that", "de que" or "según la cual" follows a few words on', () => {
    expect(framed('One witness raised the claim by a former spy chief that agents operate in Florida.')).toEqual([0]);
    expect(framed("Carvajal's claim that agents operate in Florida drew a reply.")).toEqual([0]);
    expect(framed('Cabello despachó la acusación de Hugo Carvajal según la cual hay espías en Miami.')).toEqual([0]);
    expect(framed('Repitió la denuncia de la fiscalía de Nueva York de que el Estado dirige el cartel.')).toEqual([0]);
    expect(framed('It was a quiet day. Lawmakers weighed the allegations from two defectors that spies work in Miami.')).toEqual([1]);
    // A hyphen inside a word and the points of an abbreviation are no clause break.
    expect(framed('Lawmakers heard the claim by a drug-trafficking suspect that spies work in Miami.')).toEqual([0]);
    expect(framed('Lawmakers heard the accusation by U.S. prosecutors that spies work in Miami.')).toEqual([0]);
    expect(framed('The administration’s argument in court that Caracas ships cocaine north was heard again.')).toEqual([0]);
    expect(framed('Repitió el argumento de la Casa Blanca de que Caracas envía cocaína.')).toEqual([0]);
  });

  it('takes a colon right before "that" or "que" as the link to the noun’s content', () => {
    expect(framed('The poll asked about two of the claims heard most in Washington: that Caracas ships cocaine north.')).toEqual([0]);
    expect(framed('La encuesta preguntó por dos de las tesis más repetidas en Washington: que Caracas usa la droga como arma.')).toEqual([0]);
    // Guard: after a colon, content needs its link word.
    expect(framed('The poll asked about two of the claims heard most in Washington: Caracas ships cocaine north.')).toEqual([]);
  });

  it('takes a colon before an opening quote as the link, after "the following" too', () => {
    expect(framed('Explain the following claim: "Caracas ships cocaine north."')).toEqual([0]);
    expect(framed('Comente la siguiente afirmación: «Caracas usa la droga como arma».')).toEqual([0]);
    // Guard: a quote after a comma is no content of the noun.
    expect(framed('Explain the following claim, "Caracas ships cocaine north."')).toEqual([]);
  });

  it('reads on past an aside opened by a participle or a preposition, up to its closing comma and link', () => {
    expect(framed('Prosecutors repeated the accusation, made in 2020, that the state runs the cartel.')).toEqual([0]);
    expect(framed('We examine the charge, made in the 2020 U.S. indictment of Nicolás Maduro, that officials flooded the US with cocaine.')).toEqual([0]);
    expect(framed('Comente la siguiente afirmación, atribuida a un alto cargo estadounidense: «Caracas usa la droga como arma».')).toEqual([0]);
    expect(framed('Comente la siguiente afirmación, con argumentos a favor y en contra: «Caracas usa la droga como arma».')).toEqual([0]);
    // Guards: an aside that is no participle's or preposition's, and one that never links.
    expect(framed('The minister repeated the claims, adding: "Caracas ships cocaine north."')).toEqual([]);
    expect(framed('Prosecutors repeated the accusation, and the judge said that the state runs the cartel.')).toEqual([]);
    expect(framed('Prosecutors repeated the accusation, made in 2020, and the judge said the state runs the cartel.')).toEqual([]);
  });

  it('leaves a verb, a clause break, a determiner "that" and a far link alone', () => {
    for (const text of [
      'Carvajal claims that agents operate in Florida.',
      'The US claims that agents operate in Florida.',
      'Prosecutors repeated the accusation, which the judge said that day was old.',
      'The allegations in that filing say the state runs the cartel.',
      'La fiscalía presentó la acusación, que sostiene que el Estado dirige el cartel.',
      'The accusation was read aloud to a packed and very quiet court in New York so that all could hear it.',
      'Nadie tiene idea de que pasó.',
    ]) {
      expect(framed(text), text).toEqual([]);
    }
  });

  it('remembers each word’s role by id, and forgets it when the lexicon starts afresh', () => {
    const small = new Lexicon(5);
    const own = new FrameFinder(small);
    const read = (text: string): number => {
      small.bound();
      const doc = buildDocument('', text, small);
      return own.sentences(doc, wordIds(doc, small)).size;
    };
    expect(read('They raised the claim by the chief that spies exist.')).toBe(1);
    // Past its limit the lexicon refiles words under new ids: stale roles would misread them.
    expect(read('Nothing of the sort here today at all, in any way.')).toBe(0);
    expect(read('They raised the claim by the chief that spies exist.')).toBe(1);
  });
});
