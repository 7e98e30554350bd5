/**
 * The cluster index only narrows which stories are compared: it must answer exactly as comparing
 * the new story with every story of the window does, near the thresholds too.
 */
import { describe, expect, it } from 'vitest';
import { BandTable } from '../../src/cluster/band-table';
import { similarity } from '../../src/cluster/minhash';
import { createClusterIndex, findCluster, sameStory } from '../../src/cluster/same-story';
import type { StoryFeatures } from '../../src/cluster/story-features';

const HOUR = 3600 * 1000;

/** mulberry32: the same stories on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Stories with one and the same signature: each is a reprint of the others. */
function reprint(storyId: string, at: number): StoryFeatures {
  return { storyId, at, signature: Array.from({ length: 64 }, (_, i) => i), entities: [], claims: [], numbers: [] };
}

/** The definition findCluster must keep: the earliest story of the window that `story` repeats. */
function compareWithAll(story: StoryFeatures, recent: readonly StoryFeatures[]): StoryFeatures | null {
  let best: StoryFeatures | null = null;
  for (const candidate of recent) {
    if (candidate.storyId === story.storyId || !sameStory(story, candidate)) continue;
    if (!best || candidate.at < best.at) best = candidate;
  }
  return best;
}

/**
 * Stories built to sit on both sides of every threshold: signatures copied with 24 to 40 of 64
 * positions changed (near-duplicate at 32 or fewer), shared numbers from none to three (with a
 * repeat now and then), the same or different figures and claims, 0 to 80 hours apart, equal times.
 */
function makeStories(count: number, seed: number): StoryFeatures[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const freshSignature = (): number[] => Array.from({ length: 64 }, () => Math.floor(random() * 2 ** 32));
  const figures = ['maduro', 'cabello', 'padrino', 'saab', 'tda'];
  const numbers = ['10', '25', '50', '2020', '2025', '300', '7'];
  const stories: StoryFeatures[] = [];
  for (let i = 0; i < count; i++) {
    const base = stories.length > 0 && random() < 0.7 ? pick(stories) : null;
    const signature = base ? [...base.signature] : freshSignature();
    if (base) for (let changed = 24 + Math.floor(random() * 17), k = 0; k < changed; k++) signature[Math.floor(random() * 64)] = Math.floor(random() * 2 ** 32);
    const entities = base && random() < 0.6 ? [...base.entities] : figures.filter(() => random() < 0.3).sort();
    const claims = base && random() < 0.7 ? [...base.claims] : random() < 0.5 ? [] : [pick(['state-cartel', 'tda-export'])];
    const own = numbers.filter(() => random() < 0.25);
    const inherited = base ? base.numbers.filter(() => random() < 0.6) : [];
    const all = [...new Set([...own, ...inherited])].sort();
    if (random() < 0.05 && all.length > 0) all.push(all[0]!);
    const at = base && random() < 0.2 ? base.at : Date.UTC(2025, 10, 1) + Math.floor(random() * 80) * HOUR;
    stories.push({ storyId: random() < 0.02 && base ? base.storyId : `s${i}`, at, signature: random() < 0.02 ? signature.slice(0, 32) : signature, entities, claims, numbers: all });
  }
  return stories;
}

describe('ClusterIndex', () => {
  it('finds the same story as comparing with every story of the window', () => {
    const stories = makeStories(600, 7);
    const index = createClusterIndex();
    const joined = { nearDuplicate: 0, rewrite: 0 };
    stories.forEach((story, position) => {
      const window = stories.slice(0, position);
      const expected = compareWithAll(story, window);
      expect(index.find(story), `story ${position}`).toBe(expected);
      if (expected) joined[similarity(story.signature, expected.signature) >= 0.5 ? 'nearDuplicate' : 'rewrite']++;
      index.add(story);
    });
    // The stories really exercise both ways of agreeing.
    expect(joined.nearDuplicate).toBeGreaterThan(50);
    expect(joined.rewrite).toBeGreaterThan(10);
  });

  it('finds the same story when the index is added to between searches, as prepareCandidates does', () => {
    const stories = makeStories(300, 11);
    const window: StoryFeatures[] = [];
    const index = createClusterIndex();
    for (const story of stories) {
      const expected = compareWithAll(story, window);
      expect(index.find(story)).toBe(expected);
      const kept = { ...story, storyId: expected?.storyId ?? story.storyId };
      window.push(kept);
      index.add(kept);
    }
  });

  it('finds near-duplicates that agree in exactly half the positions, however the other half is spread', () => {
    const random = seededRandom(5);
    const base = Array.from({ length: 64 }, () => Math.floor(random() * 2 ** 32));
    const story = (storyId: string, signature: number[]): StoryFeatures => ({ storyId, at: 0, signature, entities: [], claims: [], numbers: [] });
    const changed = (positions: readonly number[]): number[] => base.map((value, i) => (positions.includes(i) ? value ^ 0x5bd1e995 : value));
    const every = (step: number, from: number): number[] => Array.from({ length: 64 }, (_, i) => i).filter((i) => i % step === from);
    const shuffled = (): number[] => Array.from({ length: 64 }, (_, i) => i).sort(() => random() - 0.5);
    const spreads = [every(2, 1), every(2, 0), ...Array.from({ length: 40 }, () => shuffled().slice(0, 32))];
    for (const positions of spreads) {
      const index = createClusterIndex([story('original', base)]);
      expect(index.find(story('half', changed(positions)))?.storyId).toBe('original');
      const oneMore = [...positions, shuffled().find((i) => !positions.includes(i))!];
      expect(index.find(story('less-than-half', changed(oneMore)))).toBeNull();
    }
  });

  it('prefers the first listed of equally early stories', () => {
    const index = createClusterIndex([reprint('late', 2 * HOUR), reprint('first', HOUR), reprint('second', HOUR)]);
    expect(index.find(reprint('new', 3 * HOUR))?.storyId).toBe('first');
  });

  it('never answers with a story of a closed cluster, however early, but still with the earliest of an open one', () => {
    // Entries carry their cluster's first story as id, as the cluster window files them.
    const index = createClusterIndex([reprint('silent', HOUR), reprint('silent', 2 * HOUR), reprint('alerted', 3 * HOUR), reprint('alerted', 4 * HOUR)]);
    index.closeCluster('silent');
    expect(index.find(reprint('new', 5 * HOUR))).toEqual(reprint('alerted', 3 * HOUR));
    index.closeCluster('alerted');
    expect(index.find(reprint('new', 5 * HOUR))).toBeNull();
  });
});

describe('BandTable', () => {
  it('gives back every position filed under a key, and only those, across growth', () => {
    const table = new BandTable(16);
    const filed = new Map<number, number[]>();
    for (let position = 0; position < 500; position++) {
      const key = (position * 7919) % 97; // many keys sharing slots
      table.add(key, position);
      filed.set(key, [...(filed.get(key) ?? []), position]);
    }
    for (const [key, positions] of filed) {
      const found: number[] = [];
      table.forEachAt(key, (position) => found.push(position));
      expect(found.sort((a, b) => a - b)).toEqual(positions);
    }
    const none: number[] = [];
    table.forEachAt(1000, (position) => none.push(position));
    expect(none).toEqual([]);
  });
});
