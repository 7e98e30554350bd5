import { describe, expect, it } from 'vitest';
import { isDoubtingQuestion } from '../../src/match/doubting-question';

describe('isDoubtingQuestion', () => {
  it('finds a question that asks whether something is really so, in English and Spanish', () => {
    expect(isDoubtingQuestion('Is Venezuela really the main cocaine route to the U.S.?')).toBe(true);
    expect(isDoubtingQuestion('Does the cartel actually exist? ')).toBe(true);
    expect(isDoubtingQuestion('¿Pasa de verdad la cocaína por Venezuela?')).toBe(true);
    expect(isDoubtingQuestion('¿Es realmente Venezuela la gran ruta?')).toBe(true);
  });

  it('leaves a plain question, and a statement with the same words, alone', () => {
    expect(isDoubtingQuestion('Will the vote be audited?')).toBe(false);
    expect(isDoubtingQuestion('The cartel really exists, prosecutors say.')).toBe(false);
    // Inside another word, "really" is not there.
    expect(isDoubtingQuestion('Is the surreally long trial over?')).toBe(false);
  });
});
