/**
 * The shipped claims.yaml and figures against the wording holdouts 31 and 32 taught them, each case
 * with a guard. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { matchStory } from '../../src/match/match-story';
import { claims, figures, shippedMatcher } from '../support/shipped-matcher';

describe('shipped rules: holdout-31 wording', () => {
  it('reads Spanish disagreement as a dispute, and refusing to act as none', () => {
    const sides = (answer: string): string[] => {
      const text = `Un fiscal dijo que el régimen venezolano envió deliberadamente al Tren de Aragua a Colombia. Dos criminólogos ${answer}: la expansión de la banda siguió a los migrantes, no una orden de Caracas.`;
      const [found] = matchStory(shippedMatcher, { title: 'Audiencia en Cúcuta', text }).claims;
      return [...found!.asserting.map(() => 'asserts'), ...found!.disputing.map(() => 'disputes')];
    };
    expect(sides('discreparon')).toContain('disputes');
    // Guard: explaining is no disagreeing, and the group words then state the claim.
    expect(sides('explicaron')).toEqual(['asserts', 'asserts']);
    expect(claims('Obituario', 'Murió en Apure un excomandante de las FARC que se negó a firmar la paz y vivía protegido por militares venezolanos.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('reads the fraud steered from the top, and fraud in the 2024 election, as the fraud claim', () => {
    expect(claims('Two letters', 'The general says Maduro and Cabello steered the fraud in the presidential vote.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Seminario', 'Las actas muestran fraude en las presidenciales de 2024 en Venezuela.')).toEqual(['electoral-fraud:asserts']);
    // Guard: a fraud in someone else's vote is no story on Venezuela.
    expect(claims('Seminar', 'The letter describes fraud in a union election in Ohio.')).toEqual([]);
  });

  it('reads a loose web of competing networks, rather than a hierarchy, against the cartel claim', () => {
    expect(claims('Panel', 'Researchers describe the Cartel of the Suns as a loose web of corrupt officers rather than a single organization.')).toEqual(['state-cartel:disputes']);
    expect(claims('Ponencia', 'El Cartel de los Soles son redes fragmentadas dentro de la Fuerza Armada, no una jerarquía.')).toEqual(['state-cartel:disputes']);
  });

  it('reads an assertion called no finding as the answer to the sentence before', () => {
    const claim = 'Officials say Caracas sent the Tren de Aragua abroad on purpose.';
    expect(claims('Interview', `${claim} That is an assertion, not a finding.`)).toEqual(['tda-export:disputes']);
    // Guard: the claim alone stands.
    expect(claims('Interview', claim)).toEqual(['tda-export:asserts']);
  });

  it('reads gold as the regime’s divisa dura, and ties to Hezbollah, as the claims', () => {
    expect(claims('Arco Minero', 'Desde 2016 el oro venezolano se ha convertido en la divisa dura del régimen.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Registro', 'Según la resolución, la estructura chavista mantiene vínculos operativos con Hezbolá en Venezuela.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('keeps Peru’s illegal gold, raided in Lima’s Miraflores, and a Venezuelan gold town off the gold claim', () => {
    expect(claims('Oro de La Rinconada', 'En Miraflores allanaron oficinas de exportadoras que compraban oro ilegal de Puno para lavado de activos.')).toEqual([]);
    expect(claims('In a Venezuelan gold town, carnival', 'Dancers fill the streets of El Callao every February.')).toEqual([]);
    // Guard: Venezuela's gold laundered still is.
    expect(claims('Oro venezolano', 'El oro venezolano sirve para el lavado de activos, según la fiscalía.')).toEqual(['gold-laundering:asserts']);
  });
});

describe('shipped rules: holdout-32 wording', () => {
  it('reads nobody having shown a document, and corruption not being a policy, as disputes', () => {
    expect(claims('Opinión', 'Nadie ha mostrado un documento que pruebe que el gobierno de Maduro usa la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Opinión', 'Que haya militares corruptos no equivale a que el gobierno de Maduro use la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:disputes']);
    // Guard: the claim alone asserts.
    expect(claims('Opinión', 'El gobierno de Maduro usa la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('reads "if that were true" and "the trouble is" right after an assertion as its answer', () => {
    const claim = 'The White House says Caracas sent the Tren de Aragua north on purpose.';
    expect(claims('Opinion', `${claim} If that were true, the analysts would have said so by now.`)).toEqual(['tda-export:disputes']);
    expect(claims('Opinion', `${claim} The trouble is that the analysts do not seem to believe it.`)).toEqual(['tda-export:disputes']);
  });

  it('reads a corridor mostly to Europe, not primarily for the U.S. market, against the transit claim', () => {
    expect(claims('Lecture notes', 'Venezuela is a real corridor for cocaine, but mainly to Europe, not primarily for the U.S. market.')).toEqual(['transit-hub:disputes']);
    expect(claims('Entrevista', 'Venezuela sigue siendo la ruta clave de la cocaína.')).toEqual(['transit-hub:asserts']);
  });
});

describe('shipped figures: holdout-31 names', () => {
  it('does not take a Mexican cartel’s jefe de plaza called El Pollo for Hugo Carvajal', () => {
    expect(figures('Detenido', 'Detuvieron a Jesús «N», alias «El Pollo», jefe de plaza del Cártel Jalisco en Zapopan.')).toEqual([]);
    expect(figures('Carta', '«El Pollo» Carvajal, exjefe de la inteligencia militar venezolana, escribió otra carta.')).toContain('hugo-carvajal');
  });

  it('does not take a cigar’s maduro wrapper, or its Honduran rollers named Flores, for the Maduros', () => {
    expect(figures('Tasting notes', 'A Honduran robusto rolled by a family named Flores, whose near-oscuro Maduro wrapper tastes of cedar.')).toEqual([]);
    // Guard: the president and his wife by their surnames, in a story on them.
    expect(figures('Arrival', 'Venezuela’s president Nicolás Maduro and his wife Cilia Flores arrived; Maduro spoke first and Flores later.')).toEqual(['cilia-flores', 'nicolas-maduro']);
  });
});
