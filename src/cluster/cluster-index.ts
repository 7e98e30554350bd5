/**
 * The cluster window indexed, so a new story is compared only with the stories it could repeat
 * instead of with every matched story of the last 72 hours. It answers exactly as comparing with all
 * would, because it only narrows the field by what any match must have:
 * - near-duplicates agree in at least a share of their MinHash positions. The signature is cut into
 *   one more band than the positions two near-duplicates may differ in, so every near-duplicate
 *   agrees on a whole band (pigeonhole): only stories sharing a band with the new one can be one.
 * - rewrites and translations share at least `minSharedNumbers` stated numbers: counted through an
 *   index by number, so a story sharing fewer is never looked at.
 * The rule itself (sameStory) then decides on every candidate, and the earliest wins, as before.
 * Entries are filed under their cluster's first story; a closed cluster (closeCluster) is skipped.
 */
import { BandTable, widened } from './band-table';
import { SIGNATURE_SIZE } from './minhash';
import type { StoryFeatures } from './story-features';

/** What the index must know of the rule to narrow the field without changing its answers. */
export interface ClusterRule {
  sameStory(a: StoryFeatures, b: StoryFeatures): boolean;
  /** Near-duplicates agree in at least this share of signature positions (similarity). */
  nearDuplicate: number;
  /** A match that is not a near-duplicate shares at least this many of the new story's numbers. */
  minSharedNumbers: number;
}

/** Position ranges [start, end) cutting a signature of `size` into bands as even as can be. */
function bandLayout(size: number, nearDuplicate: number): Array<[number, number]> {
  let minAgreeing = 0;
  while (minAgreeing < size && minAgreeing / size < nearDuplicate) minAgreeing++;
  const bands = size - minAgreeing + 1;
  if (minAgreeing === 0 || bands > size) throw new Error(`cluster index: near-duplicate share ${nearDuplicate} leaves no band to index`);
  return Array.from({ length: bands }, (_, band) => [Math.floor((band * size) / bands), Math.floor(((band + 1) * size) / bands)]);
}

/** A small non-negative integer per band content; equal bands give equal keys, collisions are checked. */
function bandKey(signature: readonly number[], band: number, start: number, end: number): number {
  let hash = Math.imul(band + 1, 0x9e3779b1);
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ signature[i]!, 0x01000193) ^ (hash >>> 15);
  return hash >>> 2;
}

function append(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

export class ClusterIndex {
  private readonly entries: StoryFeatures[] = [];
  private readonly bands: Array<[number, number]>;
  private readonly byBand = new BandTable();
  private readonly byNumber = new Map<string, number[]>();
  /** Cluster roots nothing may join any more (see closeCluster). */
  private readonly closed = new Set<string>();
  /** Per entry: the last query that took it as a candidate, and that query's count of shared numbers. */
  private takenBy = new Uint32Array(64);
  private countedBy = new Uint32Array(64);
  private sharedNumbers = new Uint32Array(64);
  private query = 0;

  constructor(private readonly rule: ClusterRule) {
    this.bands = bandLayout(SIGNATURE_SIZE, rule.nearDuplicate);
    if (!Number.isInteger(rule.minSharedNumbers) || rule.minSharedNumbers < 1) {
      throw new Error('cluster index: a rewrite must share a whole number of stated numbers, at least one, to be indexed');
    }
  }

  add(features: StoryFeatures): void {
    const position = this.entries.length;
    this.entries.push(features);
    if (position >= this.takenBy.length) this.grow();
    // Signatures of another size never reach the near-duplicate share with a standard one.
    if (features.signature.length === SIGNATURE_SIZE) {
      this.bands.forEach(([start, end], band) => this.byBand.add(bandKey(features.signature, band, start, end), position));
    }
    for (const number of features.numbers) append(this.byNumber, number, position);
  }

  /**
   * No story joins the cluster filed under `root` from now on: its first story made no alert (a new
   * feed's first poll), so a story joining it would be gathered under an alert that does not exist.
   */
  closeCluster(root: string): void {
    this.closed.add(root);
  }

  /** The earliest indexed story of an open cluster that `story` repeats (the first added among equals), or null. */
  find(story: StoryFeatures): StoryFeatures | null {
    const candidates = story.signature.length === SIGNATURE_SIZE ? this.candidatesOf(story) : this.entries.map((_, position) => position);
    let best: StoryFeatures | null = null;
    let bestPosition = -1;
    for (const position of candidates) {
      const candidate = this.entries[position]!;
      if (candidate.storyId === story.storyId || this.closed.has(candidate.storyId) || !this.rule.sameStory(story, candidate)) continue;
      if (!best || candidate.at < best.at || (candidate.at === best.at && position < bestPosition)) {
        best = candidate;
        bestPosition = position;
      }
    }
    return best;
  }

  private candidatesOf(story: StoryFeatures): number[] {
    const query = this.nextQuery();
    const candidates: number[] = [];
    const take = (position: number): void => {
      if (this.takenBy[position] === query) return;
      this.takenBy[position] = query;
      candidates.push(position);
    };
    this.bands.forEach(([start, end], band) => this.byBand.forEachAt(bandKey(story.signature, band, start, end), take));
    // The rule's "shared" counts the candidate's numbers found among the new story's: with repeats.
    for (const number of new Set(story.numbers)) {
      for (const position of this.byNumber.get(number) ?? []) {
        if (this.countedBy[position] !== query) {
          this.countedBy[position] = query;
          this.sharedNumbers[position] = 0;
        }
        if (++this.sharedNumbers[position]! === this.rule.minSharedNumbers) take(position);
      }
    }
    return candidates;
  }

  private nextQuery(): number {
    if (this.query === 0xffffffff) {
      this.takenBy.fill(0);
      this.countedBy.fill(0);
      this.query = 0;
    }
    return ++this.query;
  }

  private grow(): void {
    const size = this.takenBy.length * 2;
    this.takenBy = widened(this.takenBy, size);
    this.countedBy = widened(this.countedBy, size);
    this.sharedNumbers = widened(this.sharedNumbers, size);
  }
}
