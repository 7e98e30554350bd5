/**
 * The word tables feed dates are read with: month names and abbreviations in English and Spanish,
 * weekdays to skip, glue words, and zone abbreviations with their UTC offsets in minutes. Parsing
 * whole dates is covered in date.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { FILLER_WORDS, MONTHS, WEEKDAYS, ZONE_OFFSETS } from '../../src/normalize/date-names';

/** Lowercase ASCII letters only: the tables are looked up with folded words ("miércoles" → "miercoles"). */
const FOLDED = /^[a-z]+$/;

describe('MONTHS', () => {
  it('numbers every full month name in English and Spanish from 1 to 12', () => {
    const english = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    const spanish = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
    english.forEach((name, index) => expect(MONTHS.get(name), name).toBe(index + 1));
    spanish.forEach((name, index) => expect(MONTHS.get(name), name).toBe(index + 1));
  });

  it('knows the three-letter abbreviations of both languages', () => {
    const english = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    english.forEach((name, index) => expect(MONTHS.get(name), name).toBe(index + 1));
    expect([MONTHS.get('ene'), MONTHS.get('abr'), MONTHS.get('ago'), MONTHS.get('dic')]).toEqual([1, 4, 8, 12]);
  });

  it('knows the other spellings of September', () => {
    for (const name of ['sept', 'setiembre', 'set']) expect(MONTHS.get(name), name).toBe(9);
  });

  it('holds only folded words, and every month', () => {
    for (const name of MONTHS.keys()) expect(name).toMatch(FOLDED);
    expect(new Set(MONTHS.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('does not know words that are not months', () => {
    expect(MONTHS.has('lunes')).toBe(false);
    expect(MONTHS.has('Enero')).toBe(false); // looked up folded, never as written
    expect(MONTHS.has('')).toBe(false);
  });
});

describe('WEEKDAYS', () => {
  it('holds full weekday names in both languages, Spanish ones without accents', () => {
    for (const name of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) expect(WEEKDAYS.has(name), name).toBe(true);
    for (const name of ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo']) expect(WEEKDAYS.has(name), name).toBe(true);
    expect(WEEKDAYS.has('miércoles')).toBe(false);
    expect(WEEKDAYS.has('sábado')).toBe(false);
  });

  it('holds the short forms feeds print', () => {
    for (const name of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'lun', 'mie', 'jue', 'vie', 'sab', 'dom']) expect(WEEKDAYS.has(name), name).toBe(true);
  });

  it('shares only "mar" (March, and martes) with the months, the one clash dates must resolve', () => {
    expect([...WEEKDAYS].filter((name) => MONTHS.has(name))).toEqual(['mar']);
    for (const name of WEEKDAYS) expect(name).toMatch(FOLDED);
  });
});

describe('FILLER_WORDS', () => {
  it('holds the glue of written-out dates in both languages', () => {
    // "17 de noviembre de 2025", "November 17th of 2025 at 10:00", "a las 10 hrs"
    for (const word of ['de', 'del', 'of', 'the', 'at', 'a', 'las', 'hrs']) expect(FILLER_WORDS.has(word), word).toBe(true);
  });

  it('never swallows a month, weekday or zone', () => {
    for (const word of FILLER_WORDS) {
      expect(MONTHS.has(word), word).toBe(false);
      expect(WEEKDAYS.has(word), word).toBe(false);
      expect(ZONE_OFFSETS.has(word), word).toBe(false);
    }
  });
});

describe('ZONE_OFFSETS', () => {
  it('gives the RFC 822 zones their offsets', () => {
    const rfc822: Record<string, number> = { ut: 0, gmt: 0, z: 0, est: -5 * 60, edt: -4 * 60, cst: -6 * 60, cdt: -5 * 60, mst: -7 * 60, mdt: -6 * 60, pst: -8 * 60, pdt: -7 * 60 };
    for (const [name, offset] of Object.entries(rfc822)) expect(ZONE_OFFSETS.get(name), name).toBe(offset);
  });

  it('gives the Latin American and European zones of the beat their offsets', () => {
    const zones: Record<string, number> = {
      vet: -4 * 60, // Venezuela, since 2016
      cot: -5 * 60,
      pet: -5 * 60,
      ect: -5 * 60,
      bot: -4 * 60,
      clt: -4 * 60,
      art: -3 * 60,
      brt: -3 * 60,
      uyt: -3 * 60,
      utc: 0,
      wet: 0,
      cet: 60,
      eet: 2 * 60,
    };
    for (const [name, offset] of Object.entries(zones)) expect(ZONE_OFFSETS.get(name), name).toBe(offset);
  });

  it('puts each summer zone one hour ahead of its standard zone', () => {
    const pairs = [['est', 'edt'], ['cst', 'cdt'], ['mst', 'mdt'], ['pst', 'pdt'], ['akst', 'akdt'], ['ast', 'adt'], ['wet', 'west'], ['cet', 'cest'], ['met', 'mest'], ['eet', 'eest'], ['clt', 'clst'], ['gmt', 'bst']];
    for (const [standard, summer] of pairs) expect(ZONE_OFFSETS.get(summer!)! - ZONE_OFFSETS.get(standard!)!, `${standard}/${summer}`).toBe(60);
  });

  it('holds folded names and offsets inside the range of real zones', () => {
    for (const [name, offset] of ZONE_OFFSETS) {
      expect(name).toMatch(FOLDED);
      expect(offset).toBeGreaterThanOrEqual(-12 * 60);
      expect(offset).toBeLessThanOrEqual(14 * 60);
      expect(Math.abs(offset % 15)).toBe(0);
    }
  });

  it('shares no name with the months or weekdays', () => {
    for (const name of ZONE_OFFSETS.keys()) {
      expect(MONTHS.has(name), name).toBe(false);
      expect(WEEKDAYS.has(name), name).toBe(false);
    }
  });
});
