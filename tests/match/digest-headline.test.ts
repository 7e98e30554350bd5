import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { headlineNamesDigest } from '../../src/match/digest-headline';

describe('headlineNamesDigest', () => {
  it('finds a newsletter, brief, bulletin or roundup named in the headline, in English and Spanish', () => {
    expect(headlineNamesDigest(buildDocument('The Andes Desk Brief: a letter, drills, numbers', 'Text.'))).toBe(true);
    expect(headlineNamesDigest(buildDocument('Boletín informativo de las 14.00', 'Texto.'))).toBe(true);
    expect(headlineNamesDigest(buildDocument('Resumen de la semana: lanchas y petróleo', 'Texto.'))).toBe(true);
  });

  it('reads the headline only, and not an interview’s transcript', () => {
    expect(headlineNamesDigest(buildDocument('Oil output rises', 'Our newsletter comes out on Friday.'))).toBe(false);
    expect(headlineNamesDigest(buildDocument('Transcript of an interview with a former commander', 'Text.'))).toBe(false);
    expect(headlineNamesDigest(buildDocument('', 'Newsletter.'))).toBe(false);
  });
});
