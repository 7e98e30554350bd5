import { describe, expect, it } from 'vitest';
import { stemEnglish, stemSpanish } from '../../src/match/stem';

describe('stemEnglish', () => {
  it('brings plural and tense forms of a word to one stem', () => {
    for (const family of [
      ['run', 'runs'],
      ['ship', 'ships', 'shipped', 'shipping'],
      ['refute', 'refutes', 'refuted', 'refuting'],
      ['cartel', 'cartels'],
      ['ally', 'allies', 'allied'],
      ['smuggle', 'smuggles', 'smuggled', 'smuggling'],
    ]) {
      expect(new Set(family.map(stemEnglish)).size, family.join(' ')).toBe(1);
    }
  });

  it('leaves short words and words that only look inflected alone', () => {
    expect(stemEnglish('used')).toBe('used');
    expect(stemEnglish('press')).toBe('press');
    expect(stemEnglish('status')).toBe('status');
    expect(stemEnglish('analysis')).toBe('analysis');
    expect(stemEnglish('called')).toBe('call');
  });
});

describe('stemSpanish', () => {
  it('brings gender, plural and common verb endings to one stem', () => {
    for (const family of [
      ['venezolano', 'venezolana', 'venezolanos', 'venezolanas'],
      ['lidera', 'lideran', 'lideraba', 'lideraban', 'liderado', 'lideraron'],
      ['dirige', 'dirigen', 'dirigido', 'dirigia', 'dirigio'],
      ['cartel', 'carteles'],
    ]) {
      expect(new Set(family.map(stemSpanish)).size, family.join(' ')).toBe(1);
    }
  });

  it('keeps short words whole, so a currency is not a plural of anything longer', () => {
    expect(stemSpanish('sol')).toBe('sol');
    expect(stemSpanish('oro')).toBe('oro');
    expect(stemSpanish('arma')).toBe('arma');
    expect(stemSpanish('armas')).toBe('arma');
  });
});
