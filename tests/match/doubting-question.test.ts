import { describe, expect, it } from 'vitest';
import { isDoubtingQuestion, isQuestion } from '../../src/match/doubting-question';
import { matchStory } from '../../src/match/match-story';
import { miniMatcher } from '../support/mini-config';

describe('isDoubtingQuestion', () => {
  it('finds a question that asks whether something is really so, in English and Spanish', () => {
    expect(isDoubtingQuestion('Is Venezuela really the main cocaine route to the U.S.?')).toBe(true);
    expect(isDoubtingQuestion('Does the cartel actually exist? ')).toBe(true);
    expect(isDoubtingQuestion('¿Pasa de verdad la cocaína por Venezuela?')).toBe(true);
    expect(isDoubtingQuestion('¿Es realmente Venezuela la gran ruta?')).toBe(true);
    // Inside closing quotes, as isQuestion reads it.
    expect(isDoubtingQuestion('«¿De verdad pasa la cocaína por Venezuela?»')).toBe(true);
  });

  it('finds a question the headline answers no to at once', () => {
    expect(isDoubtingQuestion('Verificación: ¿es Venezuela la principal ruta de la cocaína? Los datos dicen que no')).toBe(true);
    expect(isDoubtingQuestion('Does the Cartel of the Suns exist? Experts say no.')).toBe(true);
    expect(isDoubtingQuestion('Is Venezuela the cocaine highway? Not quite')).toBe(true);
    expect(isDoubtingQuestion('Explainer: Is Venezuela really the cocaine highway? UN data point elsewhere')).toBe(true);
  });

  it('leaves a question answered yes, or followed by a sentence of its own, alone', () => {
    expect(isDoubtingQuestion('Does the Cartel of the Suns exist? Prosecutors say yes')).toBe(false);
    expect(isDoubtingQuestion('Is Venezuela the route? A report published on Monday by the agency does not settle it')).toBe(false);
    expect(isDoubtingQuestion('¿Quién dirige el cartel? Nota del editor')).toBe(false);
    expect(isDoubtingQuestion('Is Venezuela really the route? A report published on Monday by the agency does not settle it')).toBe(false);
  });

  it('leaves a plain question, and a statement with the same words, alone', () => {
    expect(isDoubtingQuestion('Will the vote be audited?')).toBe(false);
    expect(isDoubtingQuestion('The cartel really exists, prosecutors say.')).toBe(false);
    // Inside another word, "really" is not there.
    expect(isDoubtingQuestion('Is the surreally long trial over?')).toBe(false);
  });
});

describe('isQuestion', () => {
  it('finds a sentence that asks, with closing quotes after the mark, and a Spanish question set inside a longer line', () => {
    expect(isQuestion('¿Usa Venezuela las drogas como arma contra Estados Unidos?')).toBe(true);
    expect(isQuestion('He asked: "Does the regime weaponize drugs?" ')).toBe(true);
    expect(isQuestion('Transcripción: «¿Exportó Caracas a la banda?» - Programa de radio')).toBe(true);
  });

  it('finds a headline that asks, then adds a few words', () => {
    expect(isQuestion('Did Caracas weaponize drugs? Analysts are split')).toBe(true);
    expect(isQuestion('Does the regime weaponize drugs? The answer depends on whom you ask in Washington these days')).toBe(false);
  });

  it('leaves statements alone, even with a question mark inside an English quote', () => {
    expect(isQuestion('The regime weaponizes drugs, the adviser said.')).toBe(false);
    expect(isQuestion('"Why now?" is the wrong question, the adviser said, because the regime weaponizes drugs.')).toBe(false);
  });
});

describe('a question through the matcher', () => {
  const matcher = miniMatcher();
  const stance = (title: string, text: string) => matchStory(matcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);

  it('reads asserting words in a question as a mention, and a statement with the same words as asserting', () => {
    expect(stance('¿Usa Caracas las drogas como arma?', 'Un programa de radio debate el tema.')).toEqual(['drugs-as-weapon:mentions']);
    expect(stance('Caracas usa las drogas como arma', 'Un programa de radio debate el tema.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('keeps a dispute in a question', () => {
    expect(stance('Where is the evidence? Drugs as a deliberate policy, with no evidence', 'A radio show debates it.')).toEqual(['drugs-as-weapon:disputes']);
  });
});
