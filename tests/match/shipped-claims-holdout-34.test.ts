/**
 * The shipped claims.yaml against the wording holdout-34 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-34 wording', () => {
  it('reads the "supreme core" as the cartel claim only beside the trade or the criminal apparatus', () => {
    expect(claims('Correction', 'The letter says both ministers belonged to the Venezuelan government’s supreme core.')).toEqual([]);
    // Guard: beside the drug trade it is the claim.
    expect(claims('Letter', 'The letter says the supreme core of Venezuela’s government ran the drug trade.')).toEqual(['state-cartel:asserts']);
    expect(claims('Editorial', 'Según la carta, Maduro y Cabello encabezan el aparato criminal venezolano.')).toEqual(['state-cartel:asserts']);
  });

  it('reads cocaine coming "chiefly by way of" Venezuela as the transit claim', () => {
    expect(claims('Letters', 'Your editorial says the cocaine on our streets comes chiefly by way of Venezuela.')).toEqual(['transit-hub:asserts']);
    // Guard: a shipment that went by way of Venezuela is a detail, not the claim.
    expect(claims('Seizure', 'The cocaine seized in Rotterdam had travelled by way of Venezuela.')).toEqual([]);
  });

  it('reads drugs used "as a tool against" the United States, and the drug trade as such a tool, as the weapon claim', () => {
    expect(claims('Podcast notes', 'Hugo Carvajal writes that the regime pushed cocaine north as a tool against the United States.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Carta', 'Hugo Carvajal escribe que el régimen usa el narcotráfico como herramienta para dañar a Estados Unidos.')).toEqual(['drugs-as-weapon:asserts']);
    // Guard: the drug trade with no weapon in it is no such claim.
    expect(claims('Pleno', 'El senador dijo que Maduro tolera el narcotráfico en la frontera.')).toEqual([]);
  });

  it('reads results never published, or not matching the machines’ print-outs, as the fraud claim', () => {
    expect(claims('Galería', 'El CNE venezolano nunca publicó los resultados por mesa.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Galería', 'En las elecciones venezolanas, el resultado anunciado no coincide con lo que imprimieron las máquinas.')).toEqual(['electoral-fraud:asserts']);
    // Guard: results published are on the vote, and no fraud.
    expect(claims('Galería', 'El CNE venezolano publicó los resultados por mesa.')).toEqual(['electoral-fraud:mentions']);
  });

  it('reads gold sold to give the government hard currency and clean cocaine money as the gold claim', () => {
    expect(claims('Gallery', 'Metal from the Orinoco Mining Arc is sold abroad to give the government hard currency and to clean the proceeds of cocaine sales.')).toEqual(['gold-laundering:asserts']);
    // Guard: the same mines with no money in it.
    expect(claims('Gallery', 'Metal from the Orinoco Mining Arc is sold abroad by small traders.')).toEqual([]);
  });
});
