import { describe, expect, it } from 'vitest';
import { isDoubtingQuestion } from '../../src/match/doubting-question';

describe('isDoubtingQuestion', () => {
  it('finds a question that asks whether something is really so, in English and Spanish', () => {
    expect(isDoubtingQuestion('Is Venezuela really the main cocaine route to the U.S.?')).toBe(true);
    expect(isDoubtingQuestion('Does the cartel actually exist? ')).toBe(true);
    expect(isDoubtingQuestion('¿Pasa de verdad la cocaína por Venezuela?')).toBe(true);
    expect(isDoubtingQuestion('¿Es realmente Venezuela la gran ruta?')).toBe(true);
  });

  it('finds a question the headline answers no to at once', () => {
    expect(isDoubtingQuestion('Verificación: ¿es Venezuela la principal ruta de la cocaína? Los datos dicen que no')).toBe(true);
    expect(isDoubtingQuestion('Does the Cartel of the Suns exist? Experts say no.')).toBe(true);
    expect(isDoubtingQuestion('Is Venezuela the cocaine highway? Not quite')).toBe(true);
  });

  it('leaves a question answered yes, or followed by a sentence of its own, alone', () => {
    expect(isDoubtingQuestion('Does the Cartel of the Suns exist? Prosecutors say yes')).toBe(false);
    expect(isDoubtingQuestion('Is Venezuela the route? A report published on Monday by the agency does not settle it')).toBe(false);
    expect(isDoubtingQuestion('¿Quién dirige el cartel? Nota del editor')).toBe(false);
  });

  it('leaves a plain question, and a statement with the same words, alone', () => {
    expect(isDoubtingQuestion('Will the vote be audited?')).toBe(false);
    expect(isDoubtingQuestion('The cartel really exists, prosecutors say.')).toBe(false);
    // Inside another word, "really" is not there.
    expect(isDoubtingQuestion('Is the surreally long trial over?')).toBe(false);
  });
});
