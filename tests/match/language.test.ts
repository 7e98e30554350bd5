import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/match/language';
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

  it('falls back to the declared language when the text is too short to tell', () => {
    expect(detect('Maduro, Cabello', 'es-VE')).toBe('es');
    expect(detect('Maduro, Cabello')).toBe('other');
  });

  it('breaks a tie between English and Spanish by whichever function word came first', () => {
    expect(detect('the and of, el la los')).toBe('en');
    expect(detect('el la los, the and of')).toBe('es');
  });
});
