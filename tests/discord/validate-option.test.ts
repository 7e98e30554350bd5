import { describe, expect, it } from 'vitest';
import { checkAliasList, checkChoice, checkFeedUrl, checkInteger, checkText, NAME_CHARACTERS, OUTLET_CHARACTERS } from '../../src/discord/validate-option';

const problem = (result: { ok: boolean; problem?: string }): string | undefined => (result.ok ? undefined : result.problem);

describe('checkText', () => {
  it('trims and NFC-normalizes', () => {
    expect(checkText('  Nicola\u0301s ', { max: 100 })).toEqual({ ok: true, value: 'Nicolás' });
  });

  it('refuses empty, too long, non-text and control characters, saying which', () => {
    expect(problem(checkText('   ', { max: 10 }))).toBe('must not be empty');
    expect(problem(checkText('x'.repeat(6000), { max: 100 }))).toBe('must be at most 100 characters (got 6000)');
    expect(problem(checkText('a', { min: 2, max: 10 }))).toBe('must be at least 2 characters');
    expect(problem(checkText(42, { max: 10 }))).toBe('must be text');
    expect(problem(checkText('line\nbreak', { max: 100 }))).toBe('must not contain control characters or line breaks');
    expect(problem(checkText('nul\u0000', { max: 100 }))).toMatch(/control/);
    expect(problem(checkText('bidi\u202Eevil', { max: 100 }))).toMatch(/control/);
  });

  it('keeps names to letters, digits and the punctuation names use', () => {
    expect(checkText("Álex Saab-Morán (O'Neil) & Co./Ltd.", { max: 100, allowed: NAME_CHARACTERS }).ok).toBe(true);
    for (const hostile of ['**bold**', '@everyone', '<@123456789012345678>', '[x](https://evil)', '`code`', '# heading', 'a|b']) {
      expect(problem(checkText(hostile, { max: 100, allowed: NAME_CHARACTERS }))).toMatch(/^may only contain letters/);
    }
  });

  it('lets outlet names use more punctuation, but not markdown or mention syntax', () => {
    expect(checkText('Reuters: Americas!', { max: 100, allowed: OUTLET_CHARACTERS }).ok).toBe(true);
    expect(checkText('@here', { max: 100, allowed: OUTLET_CHARACTERS }).ok).toBe(false);
    expect(checkText('*x*', { max: 100, allowed: OUTLET_CHARACTERS }).ok).toBe(false);
  });
});

describe('checkInteger', () => {
  it('takes whole numbers in range', () => {
    expect(checkInteger(24, { min: 1, max: 744 })).toEqual({ ok: true, value: 24 });
    expect(problem(checkInteger(0, { min: 1, max: 744 }))).toBe('must be between 1 and 744');
    expect(problem(checkInteger(1e9, { min: 1, max: 744 }))).toBe('must be between 1 and 744');
    expect(problem(checkInteger(1.5, { min: 1, max: 744 }))).toBe('must be a whole number');
    expect(problem(checkInteger('24', { min: 1, max: 744 }))).toBe('must be a whole number');
  });
});

describe('checkFeedUrl', () => {
  it('takes absolute http(s) URLs in canonical form', () => {
    expect(checkFeedUrl(' https://Example.COM/feed ')).toEqual({ ok: true, value: 'https://example.com/feed' });
    expect(checkFeedUrl('http://127.0.0.1:8080/rss.xml')).toEqual({ ok: true, value: 'http://127.0.0.1:8080/rss.xml' });
  });

  it('drops the fragment, which never reaches the server, so one feed cannot be added twice', () => {
    expect(checkFeedUrl('https://example.com/feed.xml#es')).toEqual({ ok: true, value: 'https://example.com/feed.xml' });
    expect(checkFeedUrl('https://example.com/feed.xml#')).toEqual({ ok: true, value: 'https://example.com/feed.xml' });
  });

  it('refuses anything else, saying why', () => {
    expect(problem(checkFeedUrl('example.com/feed'))).toMatch(/^is not a URL/);
    expect(problem(checkFeedUrl('ftp://example.com/feed'))).toBe('must start with http:// or https://');
    expect(problem(checkFeedUrl('javascript:alert(1)'))).toBe('must start with http:// or https://');
    expect(problem(checkFeedUrl('https://user:pw@example.com/feed'))).toBe('must not contain a user name or password: vigia sends none, and /feeds list would show them');
    expect(problem(checkFeedUrl(`https://example.com/${'a'.repeat(3000)}`))).toMatch(/at most 2048/);
  });
});

describe('checkChoice', () => {
  it('takes only the listed values', () => {
    expect(checkChoice('place', ['person', 'place'])).toEqual({ ok: true, value: 'place' });
    expect(problem(checkChoice('vehicle', ['person', 'place']))).toBe('must be one of person, place');
  });
});

describe('checkAliasList', () => {
  const rules = { maxEach: 100, maxCount: 3, maxTotal: 1000 };

  it('splits on commas, trims, drops empties and repeats', () => {
    expect(checkAliasList(' Nico , ,nico,El Conductor ', rules)).toEqual({ ok: true, value: ['Nico', 'El Conductor'] });
    expect(checkAliasList('', rules)).toEqual({ ok: true, value: [] });
  });

  it('checks each alias as a name, quoting the bad one safely', () => {
    expect(problem(checkAliasList('Nico, @everyone', rules))).toBe('alias “@\u200beveryone” may only contain letters, digits, spaces and . , \' ’ & ( ) / -');
    expect(problem(checkAliasList('Nico, x', rules))).toBe('alias “x” must be at least 2 characters');
  });

  it('limits how many and how long', () => {
    expect(problem(checkAliasList('aa, bb, cc, dd', rules))).toBe('at most 3 aliases at a time (got 4)');
    expect(problem(checkAliasList('a'.repeat(1001), rules))).toMatch(/at most 1000/);
  });
});
