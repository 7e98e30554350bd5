import { describe, expect, it } from 'vitest';
import { abstains } from '../../src/match/abstention';

describe('abstains', () => {
  it('finds a writer saying the piece takes no side, in English and Spanish', () => {
    expect(abstains('This column takes no view on whether that charge will hold up.')).toBe(true);
    expect(abstains('The author mostly resists ruling on them.')).toBe(true);
    expect(abstains('We do not take sides in that quarrel.')).toBe(true);
    expect(abstains('No pretendo discutir aquí si esa acusación es cierta o falsa.')).toBe(true);
    expect(abstains('El libro no pretende resolver nada.')).toBe(true);
    expect(abstains('Este diario no toma partido en esa disputa.')).toBe(true);
    expect(abstains('No nos corresponde zanjar esa disputa.')).toBe(true);
    expect(abstains('This project will not take either side in advance.')).toBe(true);
    expect(abstains('The report takes neither side.')).toBe(true);
    expect(abstains('Eso no las hace ni falsas ni verdaderas.')).toBe(true);
    expect(abstains('The dossier is neither true nor false as it stands.')).toBe(true);
    expect(abstains('El periódico no tomará partido.')).toBe(true);
    expect(abstains('Querida Cansada: no le toca a usted decidir quién tiene razón, ni a mí tampoco.')).toBe(true);
    expect(abstains("It is not my place to decide which of them is right.")).toBe(true);
  });

  it('leaves stories that take a side, or talk of sides, alone', () => {
    expect(abstains('The defector said the regime takes its orders from the cartel.')).toBe(false);
    expect(abstains('Washington took the view that the cartel is run from Miraflores.')).toBe(false);
    expect(abstains('El gobierno pretende resolver la crisis con más militares.')).toBe(false);
    expect(abstains('Both sides of the border saw more patrols.')).toBe(false);
    expect(abstains('The army will not take either bridge back.')).toBe(false);
    expect(abstains('Ni falsas promesas ni amenazas lo movieron.')).toBe(false);
    expect(abstains('No le toca a usted pagar la cuenta.')).toBe(false);
  });
});
