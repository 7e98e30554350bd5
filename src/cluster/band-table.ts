/**
 * A multimap from integer keys to entry positions, chained through typed arrays. The cluster index
 * files every story under 33 band keys; a Map with an array per key made indexing a story cost
 * about as much as comparing it with a hundred others, this costs a few array writes.
 */

const NONE = -1;

/** A copy of `from` in an array of `size` slots of the same type, the new ones zero. */
export function widened<T extends Int32Array | Uint32Array>(from: T, size: number): T {
  const to = new (from.constructor as new (length: number) => T)(size);
  to.set(from);
  return to;
}

export class BandTable {
  /** Slot → its most recent link. */
  private heads: Int32Array;
  /** Link → the previous link of the same slot; and each link's key and position. */
  private chain: Int32Array;
  private keys: Int32Array;
  private positions: Int32Array;
  private links = 0;

  constructor(capacity = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.heads = new Int32Array(size).fill(NONE);
    this.chain = new Int32Array(size);
    this.keys = new Int32Array(size);
    this.positions = new Int32Array(size);
  }

  /** Files `position` under `key` (a non-negative 31-bit integer, already well mixed). */
  add(key: number, position: number): void {
    if (this.links === this.chain.length) this.grow();
    const slot = key & (this.heads.length - 1);
    const link = this.links++;
    this.keys[link] = key;
    this.positions[link] = position;
    this.chain[link] = this.heads[slot]!;
    this.heads[slot] = link;
  }

  /** Calls `take` with every position filed under `key`, most recent first. */
  forEachAt(key: number, take: (position: number) => void): void {
    for (let link = this.heads[key & (this.heads.length - 1)]!; link !== NONE; link = this.chain[link]!) {
      if (this.keys[link] === key) take(this.positions[link]!);
    }
  }

  /** Twice the room, and twice the slots so chains stay short. */
  private grow(): void {
    const size = this.chain.length * 2;
    this.chain = widened(this.chain, size);
    this.keys = widened(this.keys, size);
    this.positions = widened(this.positions, size);
    this.heads = new Int32Array(size).fill(NONE);
    for (let link = 0; link < this.links; link++) {
      const slot = this.keys[link]! & (size - 1);
      this.chain[link] = this.heads[slot]!;
      this.heads[slot] = link;
    }
  }
}
