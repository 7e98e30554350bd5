import { describe, expect, it } from 'vitest';
import { DuplicateFinder } from '../../src/cluster/find-duplicate';

const stored = { idByUrl: (url: string) => (url === 'https://a.example/old' ? 'u:old' : null) };

describe('DuplicateFinder', () => {
  it('points a story at the stored one with the same canonical URL', () => {
    expect(new DuplicateFinder(stored).duplicateOf('g:new', 'https://a.example/old')).toBe('u:old');
  });

  it('points a later story in the same batch at the first one', () => {
    const finder = new DuplicateFinder(stored);
    expect(finder.duplicateOf('g:1', 'https://a.example/story')).toBeNull();
    expect(finder.duplicateOf('g:2', 'https://a.example/story')).toBe('g:1');
  });

  it('never calls a story without a link a duplicate', () => {
    expect(new DuplicateFinder(stored).duplicateOf('h:1', null)).toBeNull();
  });
});
