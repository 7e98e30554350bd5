import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { ageFits, statedAge, yearsInSentence } from '../../src/match/stated-age';

/** The age stated after the first occurrence of `name` in `text`. */
function ageAfter(text: string, name: string): number | null {
  const doc = buildDocument('', text);
  const words = buildDocument('', name).words;
  const start = doc.words.findIndex((_, index) => words.every((word, offset) => doc.words[index + offset] === word));
  if (start < 0) throw new Error(`"${name}" not in "${text}"`);
  return statedAge(doc, start + words.length);
}

describe('statedAge', () => {
  it('reads the ways news gives an age after a name, in English and Spanish', () => {
    expect(ageAfter('Carlos Quintero, 45, who left in March, spoke.', 'Carlos Quintero')).toBe(45);
    expect(ageAfter('dijo Hugo Carvajal, de 38 años, pescador.', 'Hugo Carvajal')).toBe(38);
    expect(ageAfter('Jorge Rodríguez (41) abrió la panadería.', 'Jorge Rodríguez')).toBe(41);
    expect(ageAfter('Hugo Chavez, 64 years old, retired.', 'Hugo Chavez')).toBe(64);
    expect(ageAfter('El entrenador es Hugo Chávez, 27', 'Hugo Chávez')).toBe(27);
    expect(ageAfter('Hugo Chávez, an 18-year-old shortstop, signed.', 'Hugo Chávez')).toBe(18);
    expect(ageAfter('Hugo Chávez, 18-year-old shortstop, signed.', 'Hugo Chávez')).toBe(18);
  });

  it('reads no age in a count, a date, a score or a number further on', () => {
    expect(ageAfter('Maduro, 2, said nothing.', 'Maduro')).toBeNull();
    expect(ageAfter('Maduro, 2013, fue electo.', 'Maduro')).toBeNull();
    expect(ageAfter('Maduro, 45 votes short, lost the state.', 'Maduro')).toBeNull();
    expect(ageAfter('Maduro, a 45-minute speech in hand, spoke.', 'Maduro')).toBeNull();
    expect(ageAfter('Maduro, de 45 year old whisky, no.', 'Maduro')).toBeNull();
    expect(ageAfter('Maduro habló 45 minutos.', 'Maduro')).toBeNull();
    expect(ageAfter('Maduro, Cabello, 45, and others.', 'Maduro')).toBeNull();
    // Across a sentence's end the number belongs to the next sentence.
    expect(ageAfter('Habló Maduro. 45 personas asistieron.', 'Maduro')).toBeNull();
  });
});

describe('ageFits', () => {
  const carvajal = { born: 1960 };
  it('gives a living figure the age of the story’s year, one year either way', () => {
    expect(ageFits(carvajal, 65, 2026)).toBe(true);
    expect(ageFits(carvajal, 66, 2026)).toBe(true);
    expect(ageFits(carvajal, 64, 2026)).toBe(false);
    expect(ageFits(carvajal, 38, 2026)).toBe(false);
  });

  it('cannot check a living figure without the story’s year, and checks a dead one against the years he lived', () => {
    expect(ageFits(carvajal, 38, null)).toBe(true);
    const chavez = { born: 1954, died: 2013 };
    expect(ageFits(chavez, 38, null)).toBe(true);
    expect(ageFits(chavez, 64, null)).toBe(false);
    expect(ageFits(chavez, 64, 2026)).toBe(false);
    // A story of 1990 cannot call him 45.
    expect(ageFits(chavez, 45, 1990)).toBe(false);
  });

  it('gives a dead figure an age after his death only beside a year of his life that fits it', () => {
    const chavez = { born: 1954, died: 2013 };
    // "Hugo Chavez, 34, of Nogales" in a story of today is a namesake.
    expect(ageFits(chavez, 34, 2026)).toBe(false);
    expect(ageFits(chavez, 34, 2026, [2026])).toBe(false);
    // "In 1988, Hugo Chávez, 34, …": the year names the time of the age.
    expect(ageFits(chavez, 34, 2026, [1988])).toBe(true);
    expect(ageFits(chavez, 34, 2026, [1999])).toBe(false);
    // In his lifetime's stories the old rule holds.
    expect(ageFits(chavez, 58, 2013)).toBe(true);
    expect(ageFits(chavez, 58, 2014)).toBe(true);
  });
});

describe('yearsInSentence', () => {
  it('reads the four-digit years of the sentence a token stands in, and no other number', () => {
    const doc = buildDocument('', 'In 1992, he was 37 and led 300 men. In 2026 it was different.');
    expect(yearsInSentence(doc, 0)).toEqual([1992]);
    expect(yearsInSentence(doc, doc.words.length - 1)).toEqual([2026]);
  });
});
