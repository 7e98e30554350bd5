/**
 * describeIssues: zod's issues as config problems. A union's issue becomes the complaints of the
 * branch the value was written for; a missing value says "required"; everything else keeps zod's words.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from '../../src/config/zod-issues';

function reports(schema: z.ZodType, value: unknown): Array<[string, string]> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to be refused');
  return describeIssues(result.error.issues).map((report) => [report.path.join('.'), report.message]);
}

const alias = z.union([z.string(), z.object({ text: z.string(), case: z.enum(['any', 'exact']).optional() }).strict()]);

describe('describeIssues', () => {
  it('reports the mapping branch of a union when a mapping was written, with the full path', () => {
    expect(reports(z.object({ aliases: z.array(alias) }), { aliases: ['ok', { text: 'TdA', case: 'upper' }] })).toEqual([
      ['aliases.1.case', 'Invalid option: expected one of "any"|"exact"'],
    ]);
  });

  it('says what a union takes when the value fits no branch at all', () => {
    expect(reports(alias, 12)).toEqual([['', 'must be text or a mapping, not a number']]);
    expect(reports(alias, null)).toEqual([['', 'must be text or a mapping, not nothing (null)']]);
    expect(reports(alias, ['a'])).toEqual([['', 'must be text or a mapping, not a list']]);
    expect(reports(z.object({ alias }), {})).toEqual([['alias', 'required']]);
  });

  it('takes the nearest of several branches a mapping could have meant', () => {
    const place = z.union([
      z.object({ city: z.string(), country: z.string() }).strict(),
      z.object({ lat: z.number(), lon: z.number() }).strict(),
    ]);
    expect(reports(place, { lat: 10.5 })).toEqual([['lon', 'required']]);
  });

  it('says "required" for a missing value and keeps zod\'s words for a wrong one', () => {
    const feed = z.object({ url: z.string(), interval: z.number().int() });
    expect(reports(feed, { interval: 2.5 })).toEqual([
      ['url', 'required'],
      ['interval', 'Invalid input: expected int, received number'],
    ]);
    expect(reports(feed, { url: 7, interval: 60 })).toEqual([['url', 'Invalid input: expected string, received number']]);
  });

  it('lists the values a union of fixed values takes', () => {
    const word = z.union([z.literal('yes'), z.literal('no'), z.number()]);
    expect(reports(word, 'maybe')).toEqual([['', 'must be "yes" or "no" or a number, not text']]);
  });

  it('reports the first branch\'s complaint when every branch took the value but refused it', () => {
    const even = z.union([z.number().refine((n) => n % 2 === 0, 'odd'), z.number().refine((n) => n < 0, 'positive')]);
    expect(reports(even, 3)).toEqual([['', 'odd']]);
  });
});
