/**
 * Decides whether two stories are the same news. Two ways to agree:
 * - near-duplicate text: a wire story reprinted or lightly edited (MinHash similarity of headline and
 *   lead at or above NEAR_DUPLICATE);
 * - a rewrite or translation: MinHash cannot see across languages, so the same figures (at least two,
 *   or the only one each names), the same claims, at least two of the same stated numbers, and close
 *   in time.
 * Two different stories about the same figure on the same day share a figure but not their numbers
 * and wording, so they stay apart.
 */
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

/** The earliest story in `recent` that `story` repeats, or null. */
export function findCluster(story: StoryFeatures, recent: readonly StoryFeatures[]): StoryFeatures | null {
  let best: StoryFeatures | null = null;
  for (const candidate of recent) {
    if (candidate.storyId === story.storyId || !sameStory(story, candidate)) continue;
    if (!best || candidate.at < best.at) best = candidate;
  }
  return best;
}
