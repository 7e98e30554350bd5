/**
 * Decides whether two stories are the same news. Two ways to agree:
 * - near-duplicate text: a wire story reprinted or lightly edited (MinHash similarity of headline and
 *   lead at or above NEAR_DUPLICATE);
 * - a rewrite or translation: MinHash cannot see across languages, so the same figures (at least two,
 *   or the only one each names), the same claims, at least two of the same stated numbers, and close
 *   in time.
 * Two different stories about the same figure on the same day share a figure but not their numbers
 * and wording, so they stay apart.
 * A window of stories is searched through an index (cluster-index.ts) that narrows the candidates by
 * what RULE says every match has: change sameStory, and keep RULE true to it.
 */
import { ClusterIndex, type ClusterRule } from './cluster-index';
import { similarity } from './minhash';
import type { StoryFeatures } from './story-features';

export const CLUSTER_WINDOW_MS = 72 * 3600 * 1000;
const REWRITE_WINDOW_MS = 36 * 3600 * 1000;
const NEAR_DUPLICATE = 0.5;
const MIN_SHARED_NUMBERS = 2;

function shared(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((item) => set.has(item)).length;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && shared(a, b) === a.length;
}

export function sameStory(a: StoryFeatures, b: StoryFeatures): boolean {
  const gap = Math.abs(a.at - b.at);
  if (gap > CLUSTER_WINDOW_MS) return false;
  if (similarity(a.signature, b.signature) >= NEAR_DUPLICATE) return true;
  if (gap > REWRITE_WINDOW_MS || a.entities.length === 0) return false;
  const sharedEntities = shared(a.entities, b.entities);
  const entitiesAgree = sameSet(a.entities, b.entities) || sharedEntities >= Math.min(3, Math.max(a.entities.length, b.entities.length));
  if (!entitiesAgree || (sharedEntities < 2 && a.entities.length > 1)) return false;
  return sameSet(a.claims, b.claims) && shared(a.numbers, b.numbers) >= MIN_SHARED_NUMBERS;
}

const RULE: ClusterRule = { sameStory, nearDuplicate: NEAR_DUPLICATE, minSharedNumbers: MIN_SHARED_NUMBERS };

/** An index of cluster-window stories under this rule, holding `features`; `add` takes more. */
export function createClusterIndex(features: Iterable<StoryFeatures> = []): ClusterIndex {
  const index = new ClusterIndex(RULE);
  for (const item of features) index.add(item);
  return index;
}

/** The earliest story in `recent` that `story` repeats (the first listed among equals), or null. */
export function findCluster(story: StoryFeatures, recent: readonly StoryFeatures[]): StoryFeatures | null {
  return createClusterIndex(recent).find(story);
}
