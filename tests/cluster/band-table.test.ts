/**
 * BandTable: the integer multimap the cluster index files stories under. Covers filing and looking
 * up positions (most recent first), keys that share a slot, repeated entries, growth far past the
 * initial capacity, and the edges of the key range.
 */
import { describe, expect, it } from 'vitest';
import { BandTable, widened } from '../../src/cluster/band-table';

const positionsAt = (table: BandTable, key: number): number[] => {
  const found: number[] = [];
  table.forEachAt(key, (position) => found.push(position));
  return found;
};

describe('BandTable', () => {
  it('finds nothing in an empty table', () => {
    const table = new BandTable();
    expect(positionsAt(table, 0)).toEqual([]);
    expect(positionsAt(table, 12345)).toEqual([]);
  });

  it('gives back the positions filed under a key, most recent first', () => {
    const table = new BandTable();
    table.add(42, 10);
    table.add(42, 11);
    table.add(42, 12);
    expect(positionsAt(table, 42)).toEqual([12, 11, 10]);
  });

  it('keeps keys apart', () => {
    const table = new BandTable();
    table.add(1, 100);
    table.add(2, 200);
    table.add(1, 101);
    expect(positionsAt(table, 1)).toEqual([101, 100]);
    expect(positionsAt(table, 2)).toEqual([200]);
    expect(positionsAt(table, 3)).toEqual([]);
  });

  it('keeps apart keys that share a slot', () => {
    // With 16 slots, keys equal modulo 16 land in the same slot; so do keys differing only in high bits.
    const table = new BandTable(16);
    const sharing = [3, 19, 35, 3 + 2 ** 20, 3 + 2 ** 30];
    sharing.forEach((key, index) => table.add(key, index));
    sharing.forEach((key, index) => expect(positionsAt(table, key), `key ${key}`).toEqual([index]));
    // A key of that slot with nothing filed finds nothing, though the slot holds entries.
    expect(positionsAt(table, 51)).toEqual([]);
  });

  it('returns a position filed twice under the same key twice', () => {
    const table = new BandTable();
    table.add(7, 5);
    table.add(7, 5);
    expect(positionsAt(table, 7)).toEqual([5, 5]);
  });

  it('handles the smallest and largest keys, and position zero', () => {
    const table = new BandTable();
    const largest = 2 ** 31 - 1;
    table.add(0, 0);
    table.add(largest, 9);
    expect(positionsAt(table, 0)).toEqual([0]);
    expect(positionsAt(table, largest)).toEqual([9]);
  });

  it('grows past its initial capacity without losing or reordering entries', () => {
    const table = new BandTable(16);
    const filed = new Map<number, number[]>();
    // 1,000 entries under 40 keys, many sharing slots at every size the table passes through.
    for (let position = 0; position < 1000; position++) {
      const key = ((position * 37) % 40) * 64;
      table.add(key, position);
      filed.set(key, [position, ...(filed.get(key) ?? [])]);
    }
    expect(filed.size).toBe(40);
    for (const [key, positions] of filed) expect(positionsAt(table, key), `key ${key}`).toEqual(positions);
  });

  it('keeps filing after growing, in order with entries from before', () => {
    const table = new BandTable(16);
    for (let position = 0; position < 16; position++) table.add(position % 2, position);
    table.add(1, 100); // the 17th entry makes the table grow
    table.add(0, 101);
    expect(positionsAt(table, 1)).toEqual([100, 15, 13, 11, 9, 7, 5, 3, 1]);
    expect(positionsAt(table, 0)).toEqual([101, 14, 12, 10, 8, 6, 4, 2, 0]);
  });

  it('works from any requested capacity, even below the minimum', () => {
    for (const capacity of [0, 1, 17, 1000]) {
      const table = new BandTable(capacity);
      for (let position = 0; position < 300; position++) table.add(position % 3, position);
      const expected = Array.from({ length: 100 }, (_, i) => 297 - 3 * i);
      expect(positionsAt(table, 0), `capacity ${capacity}`).toEqual(expected);
    }
  });
});

describe('widened', () => {
  it('copies into an array twice as long of the same type, the new slots zero, the old array untouched', () => {
    const signed = Int32Array.of(-1, 7);
    const grown = widened(signed, 4);
    expect(grown).toBeInstanceOf(Int32Array);
    expect([...grown]).toEqual([-1, 7, 0, 0]);
    expect([...signed]).toEqual([-1, 7]);
    const unsigned = widened(Uint32Array.of(0xffffffff), 2);
    expect(unsigned).toBeInstanceOf(Uint32Array);
    expect([...unsigned]).toEqual([0xffffffff, 0]);
  });
});
