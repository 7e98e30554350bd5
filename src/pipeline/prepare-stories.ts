/**
 * From analyzed stories (analyze-feed.ts) to candidates, with what needs the database: drop what this
 * feed already gave us, note cross-feed duplicates (the same canonical URL stored from another feed),
 * and put each matched story in the cluster of the first story of the same news from the last 72
 * hours. Oldest first, as given. Only a cluster whose first story alerted can be joined: see
 * closeSilentClusters.
 */
import { DuplicateFinder, type DuplicateLookup } from '../cluster/find-duplicate';
import type { ClusterIndex } from '../cluster/cluster-index';
import { CLUSTER_WINDOW_MS, createClusterIndex } from '../cluster/same-story';
import type { StoryFeatures } from '../cluster/story-features';
import type { Candidate } from '../route/select-alerts';
import type { AnalyzedStory } from './analyze-feed';

export interface StoryLookup extends DuplicateLookup {
  knownIds(ids: readonly string[]): Set<string>;
}

export interface ClusterLookup {
  recent(since: number): StoryFeatures[];
}

/**
 * The cluster window as clustering uses it: read and indexed on first use, then given every matched
 * story placeCandidates keeps. One window serves a whole tick (pollFeeds makes it): pollFeed
 * stores what it placed without yielding, so a feed polled later sees what earlier feeds stored,
 * as a fresh read would. Reading the 72 hours again for every feed made a big first poll quadratic.
 */
export type ClusterWindow = (since: number) => ClusterIndex;

export function lazyClusterWindow(clusters: ClusterLookup): ClusterWindow {
  let index: ClusterIndex | null = null;
  return (since) => (index ??= createClusterIndex(clusters.recent(since)));
}

export function placeCandidates(analyzed: readonly AnalyzedStory[], lookup: StoryLookup, window: ClusterWindow, now: number): Candidate[] {
  const known = lookup.knownIds(analyzed.map(({ story }) => story.id));
  const duplicates = new DuplicateFinder(lookup, analyzed.map(({ story }) => story));
  let recent: ClusterIndex | null = null;
  const candidates: Candidate[] = [];
  for (const { story, match, features } of analyzed) {
    if (known.has(story.id)) continue;
    const duplicateOf = duplicates.duplicateOf(story);
    const candidate: Candidate = { story, match, duplicateOf, clusterOf: null, features: null };
    if (duplicateOf === null && features) {
      // Loaded only when something matched: most polls bring nothing new.
      recent ??= window(now - CLUSTER_WINDOW_MS);
      const root = recent.find(features);
      candidate.features = features;
      candidate.clusterOf = root?.storyId ?? null;
      recent.add({ ...features, storyId: candidate.clusterOf ?? story.id });
    }
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * Once the feed's alerts are chosen (selectAlerts): a story placed as the first of its cluster that
 * makes no alert (a new feed's first poll) closes its cluster for the rest of the tick. A later copy
 * from an established feed then starts a cluster of its own and alerts, and the copies after it
 * gather under that alert; joining the silent story would have gathered them under no alert at all.
 * ClustersRepo.recent leaves such clusters out of the windows of later ticks.
 */
export function closeSilentClusters(candidates: readonly Candidate[], alerting: ReadonlySet<string>, window: ClusterWindow, now: number): void {
  const silentRoots = candidates.filter((candidate) => candidate.features && !candidate.clusterOf && !alerting.has(candidate.story.id));
  if (silentRoots.length === 0) return;
  const recent = window(now - CLUSTER_WINDOW_MS);
  for (const { story } of silentRoots) recent.closeCluster(story.id);
}
