/**
 * The shipped claims.yaml against the wording holdout-33 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-33 wording', () => {
  it('reads a main route as the transit claim only beside what travels it', () => {
    expect(claims('Puerto nuevo en Falcón', 'Las autoridades venezolanas dicen que el muelle será la principal ruta de entrada de repuestos importados.')).toEqual([]);
    expect(claims('Port report', 'Venezuelan officials expect the new pier to become the main route for imported grain.')).toEqual([]);
    // Guard: with the cargo named, the same words state the claim.
    expect(claims('Informe de la DEA', 'Venezuela sigue siendo la principal ruta de la cocaína hacia Estados Unidos.')).toEqual(['transit-hub:asserts']);
    expect(claims('DEA briefing', 'Venezuela remains the main route for cocaine shipments to the United States.')).toEqual(['transit-hub:asserts']);
  });

  it('keeps markets’ safe havens off the guerrilla claim', () => {
    const gold = 'Gold rose again on safe-haven demand. Output is growing in Venezuela’s Orinoco Mining Arc.';
    expect(claims('Metals close', gold).filter((found) => found.startsWith('guerrilla'))).toEqual([]);
    // Guard: a haven for the guerrillas is the claim.
    expect(claims('Border report', 'The ELN has found a safe haven in Venezuela’s Apure state.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('reads Caracas’ words for the strikes, and sinking boats, as disputing the strikes', () => {
    expect(claims('Communiqué', 'Caracas condemned the executions of fishermen in the Caribbean by the United States.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Tribuna', 'Hundir lanchas sin juicio en el Caribe es una ejecución extrajudicial.')).toEqual(['boat-strikes:disputes']);
    // Guard: a fishing story with no strike is on nothing.
    expect(claims('Pesca', 'Los pescadores de Margarita venden sardina en el puerto.')).toEqual([]);
  });

  it('reads the re-election proclaimed as disputing the fraud claim', () => {
    expect(claims('Statement', 'On July 28 the council proclaimed the re-election of Nicolás Maduro in Venezuela’s election.')).toEqual(['electoral-fraud:disputes']);
    // Guard: called a fraud, it asserts.
    expect(claims('Statement', 'The opposition calls Venezuela’s election a fraud, saying the council altered the results.')).toEqual(['electoral-fraud:asserts']);
  });

  it('reads cells with their own bosses, and no investigation that has shown it, against the TdA claim', () => {
    const claim = 'Un diputado dijo que Maduro exportó a propósito al Tren de Aragua.';
    expect(claims('Audiencia', `${claim} Los fiscales describen células del Tren de Aragua con jefes propios, sin órdenes desde Caracas.`)).toEqual(['tda-export:disputes']);
    expect(claims('Audiencia', `${claim} "Ninguna investigación haya demostrado eso", respondió la vocera.`)).toEqual(['tda-export:disputes']);
    // Guard: the claim alone stands.
    expect(claims('Audiencia', claim)).toEqual(['tda-export:asserts']);
  });

  it('reads "never saw evidence" in Spanish, and evidence not offered, as disputes', () => {
    expect(claims('Debate', 'Exanalistas de la DEA dicen que nunca vieron pruebas de que Venezuela use la droga como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Carta', 'Carvajal escribe que el gobierno usa la droga como arma contra Estados Unidos, pero no aporta documentos.')).toEqual(['drugs-as-weapon:disputes']);
    // Guard: the same claim with nothing against it asserts.
    expect(claims('Carta', 'Carvajal escribe que el gobierno usa la droga como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('reads "what we know" and "lo que se sabe" as an explainer’s frame, not a claim stated', () => {
    expect(claims('Venezuelan spies in the U.S.: what we know', 'Officials briefed reporters on Tuesday.')).toEqual(['spies-in-us:mentions']);
    expect(claims('Espías venezolanos en EE.UU.: lo que se sabe', 'Los funcionarios hablaron el martes.')).toEqual(['spies-in-us:mentions']);
  });
});
