/**
 * Sentences that answer or ask about the sentence before without naming the claim (point-back.ts),
 * read with the shipped rules. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { matchStory } from '../../src/match/match-story';
import { claims, shippedMatcher } from '../support/shipped-matcher';

const CLAIM = 'Officials in Washington say Venezuela is the main route for cocaine reaching the United States.';

describe('pointBack: the writer’s answer to a claim set out to be answered', () => {
  it('reads a rebuttal cue after an asserting sentence as the story disputing it', () => {
    expect(claims('Column', `${CLAIM} The seizure records tell a different story.`)).toEqual(['transit-hub:disputes']);
    expect(claims('Columna', 'Funcionarios en Washington dicen que Venezuela es la principal ruta de la cocaína hacia Estados Unidos. Los decomisos dibujan otro mapa.')).toEqual(['transit-hub:disputes']);
    // Guard: the claim alone is asserted.
    expect(claims('Column', CLAIM)).toEqual(['transit-hub:asserts']);
  });

  it('keeps the assertion when the answer is someone else’s, reported', () => {
    const [hit] = matchStory(shippedMatcher, { title: 'Column', text: `${CLAIM} Analysts said the seizure records tell a different story.` }).claims;
    expect(hit?.stance).toBe('asserts');
    expect(hit?.disputing.map((evidence) => evidence.sentence)).toEqual(['Analysts said the seizure records tell a different story.']);
  });

  it('reaches past one sentence with no side, not two', () => {
    expect(claims('Column', `${CLAIM} It is a tidy picture. The record is messier.`)).toEqual(['transit-hub:disputes']);
    expect(claims('Column', `${CLAIM} It is a tidy picture. Many repeat it. The record is messier.`)).toEqual(['transit-hub:asserts']);
  });

  it('reads the writer’s own dispute right after an asserting sentence as the answer, not a reply', () => {
    const answer = 'There is no evidence that Venezuela is the main route for cocaine.';
    expect(claims('Column', `${CLAIM} ${answer}`)).toEqual(['transit-hub:disputes']);
    // Guard: a reply someone gives ("replied", "mantiene") leaves the assertion standing, as the lead.
    expect(claims('Column', `${CLAIM} The ministry replied that there is no evidence that Venezuela is the main route for cocaine.`)).toEqual(['transit-hub:asserts']);
    expect(claims('Columna', 'La Casa Blanca dice que Venezuela es la principal ruta de la cocaína hacia Estados Unidos. El gobierno venezolano mantiene que no hay pruebas de ello.')).toEqual(['transit-hub:asserts']);
  });

  it('answers only across a sentence on no claim: one stating another claim is what is answered', () => {
    const story = 'Carvajal writes that the Cartel de los Soles is run from the top of the Venezuelan state. He also claims that Cuban agents are at work on American soil, posing as exiles. The record is messier.';
    expect(claims('Column', story)).toEqual(['state-cartel:asserts', 'spies-in-us:disputes']);
  });

  it('takes no side from a rebuttal cue that follows no assertion', () => {
    expect(claims('Column', `The record is messier. ${CLAIM}`)).toEqual(['transit-hub:asserts']);
  });
});

describe('pointBack: a short question whether the sentence before is so', () => {
  it('turns the sentence asked about into a mention, and lets the answer dispute it', () => {
    expect(claims('Interview', `${CLAIM} Is it?`)).toEqual(['transit-hub:mentions']);
    expect(claims('Entrevista', 'Funcionarios en Washington dicen que Venezuela es la principal ruta de la cocaína hacia Estados Unidos. ¿Es cierto?')).toEqual(['transit-hub:mentions']);
    expect(claims('Interview', `Q: ${CLAIM} Is it? A: The seizure records tell a different story.`)).toEqual(['transit-hub:disputes']);
  });

  it('leaves the sentence standing after a question asking for more', () => {
    // No interviewer's label: an interviewer's premise only mentions the claim (interview-turns.ts).
    expect(claims('Interview', `${CLAIM} How would they know?`)).toEqual(['transit-hub:asserts']);
    expect(claims('Entrevista', 'Funcionarios en Washington dicen que Venezuela es la principal ruta de la cocaína hacia Estados Unidos. ¿En qué se basan?')).toEqual(['transit-hub:asserts']);
  });
});
