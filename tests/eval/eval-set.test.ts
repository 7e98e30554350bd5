import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalSet, readEvalSet } from '../../src/eval/eval-set';

describe('eval set', () => {
  it('reads the shipped labelled set: unique ids, half English and half Spanish', () => {
    const stories = readEvalSet(path.resolve(__dirname, '../fixtures/eval/stories.jsonl'));
    expect(stories.length).toBeGreaterThanOrEqual(150);
    expect(new Set(stories.map((story) => story.id)).size).toBe(stories.length);
    const english = stories.filter((story) => story.lang === 'en').length;
    expect(Math.abs(english * 2 - stories.length)).toBeLessThan(stories.length * 0.1);
  });

  it('names the line and field of a bad label', () => {
    const good = JSON.stringify({ id: 'x', lang: 'en', title: 't', text: 'x', entities: [], claims: [] });
    const bad = JSON.stringify({ id: 'y', lang: 'en', title: 't', text: 'x', entities: [], claims: [{ id: 'c', stance: 'maybe' }] });
    expect(() => parseEvalSet(`${good}\n${bad}\n`, 'set.jsonl')).toThrow(/^eval: set\.jsonl: line 2: claims\[0\]\.stance:/);
    expect(() => parseEvalSet('{oops', 'set.jsonl')).toThrow('eval: set.jsonl: line 1: not JSON');
  });

  it('refuses a file with no labelled story, and one it cannot read, naming it', () => {
    expect(() => parseEvalSet('\n  \n', 'empty.jsonl')).toThrow('eval: empty.jsonl: no labelled stories in it');
    expect(() => readEvalSet(path.join(__dirname, 'no-such-set.jsonl'))).toThrow(/^eval: .*no-such-set\.jsonl: cannot be read \(ENOENT\)$/);
  });
});
