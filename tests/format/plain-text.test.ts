import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/format/plain-text';

describe('oneLine', () => {
  it('leaves ordinary text alone, accents and typography included', () => {
    expect(oneLine('Cabello niega “acusaciones” — año 2025 ✓')).toBe('Cabello niega “acusaciones” — año 2025 ✓');
  });

  it('joins lines and collapses whitespace', () => {
    expect(oneLine('  first line\n\nsecond\tline \r\n third  ')).toBe('first line second line third');
  });

  it('removes ANSI escape sequences so they cannot style or move the cursor', () => {
    const out = oneLine('\u001b[2J\u001b[HTitle\u001b[31m red\u001b[0m');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Title');
  });

  it('removes 8-bit C1 controls such as CSI and DEL', () => {
    expect(oneLine('a\u009b31mb\u007fc\u0085d')).toBe('a 31mb c d');
  });

  it('removes carriage returns that would overwrite the line', () => {
    expect(oneLine('real title\rFAKE')).toBe('real title FAKE');
  });

  it('removes bidi overrides, isolates and marks', () => {
    const out = oneLine('a\u202eb\u202dc\u2066d\u2069e\u200ff');
    expect(out).toBe('abcdef');
    expect(out).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('removes characters that show nothing, as Discord text does: zero-width, soft hyphen, tags', () => {
    expect(oneLine('car\u200btel de\u00ad los\ufeff So\u2060les\udb40\udc41')).toBe('cartel de los Soles');
  });

  it('removes Unicode line and paragraph separators', () => {
    expect(oneLine('one\u2028two\u2029three')).toBe('one two three');
  });

  it('gives an empty string for text that is only controls and spaces', () => {
    expect(oneLine('\u001b\r\n \u202e')).toBe('');
  });
});
