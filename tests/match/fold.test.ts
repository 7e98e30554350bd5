import { describe, expect, it } from 'vitest';
import { foldCode, foldText, isWordCode } from '../../src/match/fold';

describe('foldText', () => {
  it('removes accents and case in English and Spanish names', () => {
    expect(foldText('Clíver ALCALÁ Rodríguez Chávez Peña')).toBe('cliver alcala rodriguez chavez pena');
  });

  it('folds decomposed accents (a letter followed by a combining mark) to the bare letter', () => {
    expect(foldText('Alcala\u0301')).toBe('alcala');
  });

  it('keeps the length of precomposed text, so offsets survive', () => {
    const text = 'Nicolás Maduro';
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('foldCode and isWordCode', () => {
  it('treats letters and digits as word characters and punctuation as separators', () => {
    expect(isWordCode('ñ'.charCodeAt(0))).toBe(true);
    expect(isWordCode('7'.charCodeAt(0))).toBe(true);
    expect(isWordCode("'".charCodeAt(0))).toBe(false);
    expect(isWordCode('-'.charCodeAt(0))).toBe(false);
    expect(isWordCode('’'.charCodeAt(0))).toBe(false);
  });

  it('folds a single capital with an accent', () => {
    expect(foldCode('Á'.charCodeAt(0))).toBe('a');
  });
});
