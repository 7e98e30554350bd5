import { describe, it, expect } from 'vitest';
import { truncateAtWord } from '../../src/normalize/truncate';

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('Maduro habló', 50)).toBe('Maduro habló');
  });

  it('cuts at the last word boundary and marks the cut', () => {
    expect(truncateAtWord('El ministro Diosdado Cabello negó', 20)).toBe('El ministro…');
  });

  it('cuts a giant word mid-word rather than returning almost nothing', () => {
    const out = truncateAtWord(`a ${'x'.repeat(100)}`, 20);
    expect(out).toHaveLength(20);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const out = truncateAtWord('🇻🇪'.repeat(20), 6);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(out).toBe('🇻🇪…');
  });
});
