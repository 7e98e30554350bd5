/**
 * Which sentences of a transcript are the interviewer's (interview-turns.ts), and what that does to a
 * claim's side with the shipped rules. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { interviewerSentences } from '../../src/match/interview-turns';
import { claims } from '../support/shipped-matcher';

const said = (text: string): number[] => [...interviewerSentences(buildDocument('Transcript', text))];

describe('interviewerSentences', () => {
  it('takes the interviewer’s turn from its label to the next speaker’s label', () => {
    // Sentence 0 is the title.
    expect(said('Q: Does it ring true? He says more.\nA: Most of it. Not all.\nQ: Why?\nA: Money.')).toEqual([1, 2, 5]);
    expect(said('PERIODISTA: Ministro, ¿qué responde? Lo acusan.\nDIOSDADO CABELLO: Nada. Es falso.')).toEqual([1, 2]);
  });

  it('leaves out a sentence giving the guest’s own view back, and a reporter’s turn on a radio show', () => {
    expect(said('PERIODISTA: Senador, usted afirma que lo sabe. ¿En qué se basa?\nSENADOR: En testimonios.')).toEqual([2]);
    expect(said('PRESENTADOR: ¿Qué dijo el FBI?\nREPORTERA: Que no hay casos.')).toEqual([]);
  });

  it('finds nothing in a story with no interviewer', () => {
    expect(said('The minister spoke on Monday. Q and A sessions followed.')).toEqual([]);
  });
});

describe('claims in an interview', () => {
  const question = 'PERIODISTA: Ministro, Washington lo señala como uno de los jefes del Cartel de los Soles. ¿Qué responde?';

  it('reads the charge put to the guest as a premise, so the guest’s answer is the story’s side', () => {
    expect(claims('Rueda de prensa', `${question}\nMINISTRO: Que busquen otro cuento. Ese cartel no existe.`)).toEqual(['state-cartel:disputes']);
    // Guard: with no answer on the claim, the premise is only a mention.
    expect(claims('Rueda de prensa', `${question}\nMINISTRO: Que busquen otro cuento. Pronto hablaremos.`)).toEqual(['state-cartel:mentions']);
  });

  it('keeps the side of a question that gives the guest’s own view back', () => {
    const text = 'PERIODISTA: Senador, usted afirma que el gobierno venezolano da refugio al ELN en territorio venezolano. ¿En qué se basa?\nSENADOR: En testimonios de desmovilizados. Caracas lo niega.';
    expect(claims('Entrevista', text)).toEqual(['guerrilla-alliance:asserts']);
  });
});
