import { describe, it, expect } from 'vitest';
import { parseFeedDate } from '../../src/normalize/date';

const NOW = Date.UTC(2025, 10, 20, 12, 0, 0); // 2025-11-20T12:00:00Z
const parse = (text: string | null): string | null => {
  const ms = parseFeedDate(text, NOW);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseFeedDate', () => {
  it('parses RFC 822 / 1123 dates', () => {
    expect(parse('Mon, 17 Nov 2025 10:00:00 GMT')).toBe('2025-11-17T10:00:00.000Z');
    expect(parse('17 Nov 2025 10:00:00 +0000')).toBe('2025-11-17T10:00:00.000Z');
    expect(parse('Mon, 17 Nov 25 10:00:00 GMT')).toBe('2025-11-17T10:00:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00 EST')).toBe('2025-11-17T15:00:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00:00 EDT')).toBe('2025-11-17T14:00:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00:00 PST')).toBe('2025-11-17T18:00:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00:00 CET')).toBe('2025-11-17T09:00:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00:00 -0430')).toBe('2025-11-17T14:30:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00:00 -0500 (EST)')).toBe('2025-11-17T15:00:00.000Z');
    expect(parse('Mon, 17 Nov 2025 10:00:00')).toBe('2025-11-17T10:00:00.000Z');
  });

  it('parses ISO 8601 / W3C-DTF', () => {
    expect(parse('2025-11-17T10:00:00Z')).toBe('2025-11-17T10:00:00.000Z');
    expect(parse('2025-11-17T10:00:00.123-04:00')).toBe('2025-11-17T14:00:00.000Z'); // fractions are dropped
    expect(parse('2025-11-17T10:00+01:00')).toBe('2025-11-17T09:00:00.000Z');
    expect(parse('2025-11-17 10:00:00')).toBe('2025-11-17T10:00:00.000Z');
    expect(parse('2025-11-17')).toBe('2025-11-17T00:00:00.000Z');
  });

  it('parses Spanish dates', () => {
    expect(parse('lun, 17 nov 2025 10:00:00 -0400')).toBe('2025-11-17T14:00:00.000Z');
    expect(parse('mar, 18 nov 2025 09:15:00 VET')).toBe('2025-11-18T13:15:00.000Z');
    expect(parse('17 de noviembre de 2025')).toBe('2025-11-17T00:00:00.000Z');
    expect(parse('Miércoles, 19 de noviembre de 2025 08:30')).toBe('2025-11-19T08:30:00.000Z');
    expect(parse('sáb, 1 mar 2025 10:00 GMT-4')).toBe('2025-03-01T14:00:00.000Z');
  });

  it('reads Spanish "a. m." and "p. m.", spaced as the RAE writes them or not', () => {
    expect(parse('17 de noviembre de 2025 10:30 p. m.')).toBe('2025-11-17T22:30:00.000Z');
    expect(parse('17 de noviembre de 2025 10:30 p.m.')).toBe('2025-11-17T22:30:00.000Z');
    expect(parse('lun, 17 nov 2025 12:15 a. m. -0400')).toBe('2025-11-17T04:15:00.000Z');
    expect(parse('17 de noviembre de 2025 08:00 p.\u00a0m.')).toBe('2025-11-17T20:00:00.000Z');
    expect(parse('Miércoles, 19 de noviembre de 2025, 3:05 P. M. VET')).toBe('2025-11-19T19:05:00.000Z');
  });

  it('parses English written dates', () => {
    expect(parse('November 17, 2025 3:45 PM EST')).toBe('2025-11-17T20:45:00.000Z');
    expect(parse('Tuesday, 18 March 2025')).toBe('2025-03-18T00:00:00.000Z');
    expect(parse('Nov. 17th, 2025')).toBe('2025-11-17T00:00:00.000Z');
  });

  it('parses epoch seconds', () => {
    expect(parse('1763373600')).toBe('2025-11-17T10:00:00.000Z');
  });

  it('returns null for missing or invalid dates', () => {
    for (const bad of [null, '', '   ', 'ayer', 'not a date', '31 Feb 2025', '2025-13-01', '2025-11-17T25:00:00Z', '17/11/2025', 'Mon, 17 Nov 2025 10:00:00 +9999', 'x'.repeat(10_000)]) {
      expect(parse(bad)).toBeNull();
    }
  });

  it('rejects dates more than a day in the future, allows small skew', () => {
    expect(parse('2025-11-25T00:00:00Z')).toBeNull();
    expect(parse('Fri, 21 Nov 2025 06:00:00 GMT')).toBe('2025-11-21T06:00:00.000Z');
  });

  it('rejects dates before 1990', () => {
    expect(parse('Thu, 01 Jan 1970 00:00:00 GMT')).toBeNull();
    expect(parse('1989-12-31')).toBeNull();
  });
});
