/**
 * The shipped claims.yaml against the wording holdout-38 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-38 wording', () => {
  it('puts an arrest by federal agents on the spying claim when the agent worked for Venezuela’s intelligence', () => {
    const arrest = 'Federal agents in Tampa arrested a Venezuelan man on Friday, accusing him of watching opposition activists in Florida';
    expect(claims('Man charged as agent', `${arrest} for Venezuela's intelligence service.`)).toEqual(['spies-in-us:asserts']);
    expect(claims('Hombre acusado', 'Agentes federales detuvieron a un venezolano acusado de espiar para Venezuela a activistas opositores en Florida.')).toEqual(['spies-in-us:asserts']);
    // Guards: the same arrests for something else are police news.
    expect(claims('Man charged as agent', `${arrest} for a local gang.`)).toEqual([]);
    expect(claims('Hombre acusado', 'Agentes federales detuvieron a un venezolano acusado de robar a activistas opositores en Florida.')).toEqual([]);
  });

  it('reads an acquittal, and a charge a court found unproven, as disputes', () => {
    const charged = 'al empresario acusado de blanquear oro del Arco Minero para pagar a funcionarios del Gobierno venezolano.';
    expect(claims('Sentencia', `La Audiencia Nacional absolvió ${charged}`)).toEqual(['gold-laundering:disputes']);
    const trader = 'the trader whom prosecutors accused of laundering Venezuelan gold from the Mining Arc for the government.';
    expect(claims('Court ruling', `A Miami jury acquitted ${trader}`)).toEqual(['gold-laundering:disputes']);
    const laundering = 'que el oro del Arco Minero sirvió para lavar dinero del narcotráfico.';
    expect(claims('Sentencia', `El tribunal considera que no ha quedado acreditado ${laundering}`)).toEqual(['gold-laundering:disputes']);
    // Guards: a conviction, and a charge the court found proven.
    expect(claims('Sentencia', `La Audiencia Nacional condenó ${charged}`)).toEqual(['gold-laundering:asserts']);
    expect(claims('Court ruling', `A Miami jury convicted ${trader}`)).toEqual(['gold-laundering:asserts']);
    expect(claims('Sentencia', `El tribunal considera que ha quedado acreditado ${laundering}`)).toEqual(['gold-laundering:asserts']);
  });

  it('reads sources who know of no case, or are not convinced, as disputes', () => {
    const agents = 'Venezuelan agents posing as opposition activists.';
    expect(claims('Letter', `Three former FBI officials said they knew of no case of ${agents}`)).toEqual(['spies-in-us:disputes']);
    expect(claims("Carvajal says Caracas has spies in the U.S. Former FBI officials aren't convinced", 'The letter arrived on Monday.')).toEqual(['spies-in-us:disputes']);
    // Guards: a known case, and officials pleased.
    expect(claims('Letter', `Three former FBI officials said they knew of a case of ${agents}`)).toEqual(['spies-in-us:asserts']);
    expect(claims('Carvajal says Caracas has spies in the U.S. Former FBI officials are pleased', 'The letter arrived on Monday.')).toEqual(['spies-in-us:asserts']);
  });

  it('reads results certified by the electoral council as the reply to the fraud claim', () => {
    const letter = 'Alcalá afirma en su carta que Maduro y Cabello ordenaron alterar las cifras.';
    expect(claims('Respuesta', `${letter} Rodríguez aseguró que los resultados de 2024 fueron certificados por el CNE.`)).toEqual(['electoral-fraud:disputes']);
    // Guard: results only published.
    expect(claims('Respuesta', `${letter} Rodríguez aseguró que los resultados de 2024 fueron publicados por el CNE.`)).toEqual(['electoral-fraud:asserts']);
  });

  it('puts a strike on a narco-trafficking vessel on the boat-strikes topic', () => {
    expect(claims('Deck log', '0412: Call from a warship: "Strike on a narco-trafficking vessel conducted in this area, keep clear."')).toEqual(['boat-strikes:mentions']);
    // Guard: a search of one is not the campaign.
    expect(claims('Deck log', '0412: Call from a warship: "Search of a narco-trafficking vessel conducted in this area, keep clear."')).toEqual([]);
  });

  it('reads gold used to move cocaine money as laundering', () => {
    expect(claims('Diario', 'Una contadora asegura que el oro del Arco Minero sirvió para mover dinero de la cocaína.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Field notes', 'An accountant says gold from the Mining Arc was used to move cocaine money.')).toEqual(['gold-laundering:asserts']);
    // Guard: gold that moves nothing of the kind.
    expect(claims('Diario', 'Una contadora asegura que el oro del Arco Minero sirvió para mover muebles de la casa.')).toEqual([]);
  });
});
