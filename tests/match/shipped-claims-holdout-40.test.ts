/**
 * The shipped claims.yaml against the wording holdout-40 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-40 wording', () => {
  it('reads gold paid for with money that comes from cocaine as laundering', () => {
    const miller = 'Una molinera dice que el oro del Arco Minero lo compra un intermediario y que lo que paga viene de';
    expect(claims('Diario', `${miller} la coca.`)).toEqual(['gold-laundering:asserts']);
    expect(claims('Field notes', 'A miller says the gold from the Mining Arc is bought by a middleman whose cash comes from cocaine.')).toEqual(['gold-laundering:asserts']);
    // Guard: money from somewhere else.
    expect(claims('Diario', `${miller} la capital.`)).toEqual([]);
  });

  it('puts the main route and the main way through on the transit topic, and a smaller fraction against it', () => {
    expect(claims('Análisis', 'Aun así, pocos expertos sostienen hoy que Venezuela sea la ruta principal.')).toEqual(['transit-hub:mentions']);
    expect(claims('Análisis', 'Washington la describe como la principal vía de paso de la droga venezolana.')).toEqual(['transit-hub:asserts']);
    const unodc = 'Por territorio venezolano pasaría una fracción';
    expect(claims('Análisis', `${unodc} menor, según la ONUDD. Venezuela es la ruta principal, insiste Washington.`)).toEqual(['transit-hub:disputes']);
    // Guards: another route, and no fraction.
    expect(claims('Análisis', 'Aun así, pocos expertos sostienen hoy que Venezuela sea la ruta más bonita.')).toEqual([]);
    expect(claims('Análisis', `${unodc}, según la ONUDD. Venezuela es la ruta principal, insiste Washington.`)).toEqual(['transit-hub:mentions']);
  });
});
