/**
 * The shipped claims.yaml and entities.yaml against the wording holdout-37 taught them, each case with a
 * guard. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { claims, figures } from '../support/shipped-matcher';

describe('shipped rules: holdout-37 wording', () => {
  it('reads the impersonal "no se ha presentado evidencia" as a dispute', () => {
    const asserting = 'el régimen venezolano usa las drogas como arma contra Estados Unidos.';
    expect(claims('Criterios', `Las respuestas señalan que no se ha presentado evidencia pública de que ${asserting}`)).toEqual(['drugs-as-weapon:disputes']);
    // Guard: the same sentence without it.
    expect(claims('Criterios', `Las respuestas señalan que ${asserting}`)).toEqual(['drugs-as-weapon:asserts']);
  });

  it('reads "no es un invento" as affirming what it names, not as a denial', () => {
    const letter = 'En la carta afirma que el Cartel de los Soles';
    expect(claims('Carta', `${letter} no es un invento de Washington, sino una estructura del propio Estado venezolano.`)).toEqual(['state-cartel:asserts']);
    expect(claims('Letter', 'He writes that the Cartel of the Suns is not a fabrication of Washington.')).toEqual(['state-cartel:mentions']);
    // Guards: called an invention, it is denied.
    expect(claims('Carta', `${letter} es un invento de Washington.`)).toEqual(['state-cartel:disputes']);
    expect(claims('Letter', 'He writes that the Cartel of the Suns is a fabrication of Washington.')).toEqual(['state-cartel:disputes']);
  });

  it('holds "alleged" after a preposition at arm’s length, as after an article', () => {
    expect(claims('FOIA request', 'I request records on alleged Venezuelan intelligence operatives in the United States.')).toEqual(['spies-in-us:mentions']);
    // Guard: the operatives stated.
    expect(claims('FOIA request', 'I request records: Venezuelan intelligence operatives work in the United States.')).toEqual(['spies-in-us:asserts']);
  });

  it('reads a debate brief’s expected argument as naming a side, not taking it', () => {
    const argument = 'that the U.S. strikes destroyed boats carrying cocaine in the Caribbean.';
    expect(claims('Motion pack', `Opposition will likely argue ${argument}`)).toEqual(['boat-strikes:mentions']);
    expect(claims('Motion pack', `Opposition will argue ${argument}`)).toEqual(['boat-strikes:mentions']);
    // Guard: argued now, it is a side.
    expect(claims('Motion pack', `Opposition argues ${argument}`)).toEqual(['boat-strikes:asserts']);
  });

  it('reads the strikes in colloquial Spanish, and boats said to be traffickers’', () => {
    const strikes = 'Desde que empezaron los bombazos de los gringos contra las lanchas en el Caribe no salimos.';
    expect(claims('Aviso', `${strikes} Dicen que los barcos son de narcotraficantes.`)).toEqual(['boat-strikes:asserts']);
    // Guards: with no one named as striking, no topic; farms said to be traffickers', no side.
    expect(claims('Aviso', 'Desde que empezaron los bombazos contra las lanchas en el Caribe no salimos.')).toEqual([]);
    expect(claims('Aviso', `${strikes} Dicen que las fincas son de narcotraficantes.`)).toEqual(['boat-strikes:mentions']);
  });

  it('reads the destruction of a narco-terrorist group’s vessels as the strikes', () => {
    expect(
      claims('Citation', 'He directed the engagement of vessels operated by narco-terrorist organizations, resulting in the destruction of their cargoes bound for the United States.'),
    ).toEqual(['boat-strikes:asserts']);
    // Guard: vessels tracked, nothing destroyed.
    expect(claims('Citation', 'He directed the tracking of vessels operated by narco-terrorist organizations bound for the United States.')).toEqual([]);
  });

  it('keeps a claim stated right after the lead, then answered by the writer, as the story’s subject', () => {
    const headline = "Workshop announcement: 'Guerrillas across the border'";
    const claim = 'For years, officials have claimed that Caracas gives the ELN safe haven and weapons.';
    const answer = 'The record behind these claims is thin: most of it rests on cases never tested in court.';
    expect(claims(headline, `Andean Security Forum, Quito, June 2026. ${claim} ${answer} Papers are due in March.`)).toEqual(['guerrilla-alliance:disputes']);
    // Guard: stated later, past a line on something else, the relayed answer is background.
    expect(claims(headline, `Andean Security Forum, Quito, June 2026. Papers are due in March. ${claim} ${answer}`)).toEqual(['guerrilla-alliance:mentions']);
  });

  it('takes Diosdado and the Tren de Aragua as context for a bare "Maduro"', () => {
    expect(figures('Diario', 'A medianoche dijo que ganó Maduro. Eso lo mandan Maduro y Diosdado.')).toEqual(['diosdado-cabello', 'nicolas-maduro']);
    expect(figures('Petición', 'Un político dice que Maduro "mandó" al Tren de Aragua para acá.')).toEqual(['nicolas-maduro', 'tren-de-aragua']);
    // Guard: a bare "Maduro" with nothing around it stays unread.
    expect(figures('Diario', 'A medianoche dijo que ganó Maduro.')).toEqual([]);
  });

  it('gives a telenovela’s "don Hugo Carvajal" to the character', () => {
    expect(figures('Resumen', 'Don Hugo Carvajal, el patriarca de la hacienda cafetera, confesó todo en la telenovela.')).toEqual([]);
    // Guard: the spy chief.
    expect(figures('Resumen', 'Hugo Carvajal, el exjefe de la inteligencia, confesó todo en la carta.')).toEqual(['hugo-carvajal']);
  });
});
