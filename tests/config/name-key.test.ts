import { describe, expect, it } from 'vitest';
import { nameKey, namesOf, slugOf } from '../../src/config/name-key';
import { miniEntities } from '../support/mini-config';

describe('nameKey and slugOf', () => {
  it('ignore accents, case and punctuation', () => {
    expect(nameKey('  Nicolás   MADURO ')).toBe('nicolas maduro');
    expect(nameKey('nicolas-maduro')).toBe('nicolas maduro');
    expect(nameKey("O'Higgins")).toBe('o higgins');
    expect(slugOf('Cártel de los Soles!')).toBe('cartel-de-los-soles');
    expect(slugOf('***')).toBe('');
  });

  it('drop invisible characters pasted inside a name instead of splitting a word there', () => {
    expect(nameKey('Diosdado Ca\u200bbello')).toBe('diosdado cabello');
    expect(nameKey('Diosdado Ca\u00adbe\u2060llo')).toBe('diosdado cabello');
    expect(nameKey('\ufeffDelcy Rodríguez')).toBe('delcy rodriguez');
  });
});

describe('namesOf', () => {
  it('lists the canonical name and every alias, ambiguous ones too', () => {
    expect(namesOf(miniEntities[0]!)).toEqual(['Nicolás Maduro', 'Maduro Moros', 'Maduro']);
  });
});
