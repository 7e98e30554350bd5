import { describe, expect, it } from 'vitest';
import { detectLanguage, isFunctionWord } from '../../src/match/language';
import { phraseWords } from '../../src/match/tokenize';

const detect = (text: string, declared: string | null = null) => detectLanguage(phraseWords(text), declared);

describe('detectLanguage', () => {
  it('recognises English and Spanish news prose', () => {
    expect(detect('The interior minister said that the report was false and that the cartel does not exist.')).toBe('en');
    expect(detect('El ministro dijo que el informe era falso y que el cartel no existe, según la agencia.')).toBe('es');
  });

  it('calls Portuguese and French "other" instead of forcing English or Spanish', () => {
    expect(detect('O governo não comentou a operação e os militares também não falaram com a imprensa.')).toBe('other');
    expect(detect('Le gouvernement est resté silencieux sur les accusations et la presse attend une réponse.')).toBe('other');
  });

  it('reads short headlines by their commonest function words ("de", "a", "in")', () => {
    expect(detect('Maduro denuncia agresión de EE.UU.')).toBe('es');
    expect(detect('Capturan a exgeneral acusado de narcotráfico')).toBe('es');
    expect(detect('Nicolás Maduro respondió a las acusaciones')).toBe('es');
    expect(detect('Carvajal pleads guilty in New York')).toBe('en');
    expect(detect('Cabello calls US bounty a smear')).toBe('en');
  });

  it('keeps Italian and French "other" although they share those words with Spanish', () => {
    expect(detect('Maduro accusa Washington di preparare una invasione')).toBe('other');
    expect(detect('Le gouvernement a rejeté les accusations de trafic de drogue')).toBe('other');
    expect(detect('O governo não comentou a operação de Caracas')).toBe('other');
  });

  it('falls back to the declared language when the text is too short to tell', () => {
    expect(detect('Maduro, Cabello', 'es-VE')).toBe('es');
    expect(detect('Maduro, Cabello')).toBe('other');
  });

  it('breaks a tie between English and Spanish by whichever function word came first', () => {
    expect(detect('the and of, el los las')).toBe('en');
    expect(detect('el los las, the and of')).toBe('es');
  });
});

describe('isFunctionWord', () => {
  it('knows the folded function words of the languages scored, and no names', () => {
    expect(['the', 'segun', 'tras', 'mais', 'und'].map(isFunctionWord)).toEqual([true, true, true, true, true]);
    expect(['marisol', 'chavez', 'according'].map(isFunctionWord)).toEqual([false, false, false]);
  });
});
