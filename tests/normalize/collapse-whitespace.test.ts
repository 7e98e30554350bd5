import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/normalize/collapse-whitespace';

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one plain space', () => {
    expect(collapseWhitespace('Maduro  habló\ten\nCaracas\u00a0hoy \r\n ya')).toBe('Maduro habló en Caracas hoy ya');
  });

  it('gives text with lone plain spaces back as it is, outer spaces included', () => {
    const text = ' Cabello spoke on Tuesday. ';
    expect(collapseWhitespace(text)).toBe(text);
  });

  it('collapses a lone tab, newline or no-break space too', () => {
    expect(collapseWhitespace('a\tb')).toBe('a b');
    expect(collapseWhitespace('a\nb')).toBe('a b');
    expect(collapseWhitespace('a\u00a0b')).toBe('a b');
  });
});
