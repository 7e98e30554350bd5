import { describe, expect, it } from 'vitest';
import { pageOf, pagerRow } from '../../src/format/pager';

const letters = [...'abcdefg'];

describe('pageOf', () => {
  it('slices the list into pages of the given size, 1-based', () => {
    expect(pageOf(letters, 1, 3)).toEqual({ items: ['a', 'b', 'c'], page: 1, pages: 3 });
    expect(pageOf(letters, 3, 3)).toEqual({ items: ['g'], page: 3, pages: 3 });
  });

  it('shows the last page past the end and the first below it', () => {
    expect(pageOf(letters, 9, 3)).toEqual({ items: ['g'], page: 3, pages: 3 });
    expect(pageOf(letters, 0, 3)).toEqual({ items: ['a', 'b', 'c'], page: 1, pages: 3 });
  });

  it('has one empty page for an empty list', () => {
    expect(pageOf([], 2, 3)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe('pagerRow', () => {
  it('makes one row of the two buttons, keeping which are disabled', () => {
    const row = pagerRow({ label: '◀', customId: 'x:1', disabled: true }, { label: '▶', customId: 'x:2', disabled: false });
    expect(row!.components.map((button) => ['custom_id' in button ? button.custom_id : null, button.disabled])).toEqual([
      ['x:1', true],
      ['x:2', false],
    ]);
  });

  it('makes no row when neither button leads anywhere', () => {
    expect(pagerRow({ label: '◀', customId: 'x:0', disabled: true }, { label: '▶', customId: 'x:2', disabled: true })).toBeNull();
  });
});
