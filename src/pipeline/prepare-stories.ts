/**
 * From parsed items to candidates: normalize, drop what this feed already gave us, match the rest,
 * note cross-feed duplicates (the same canonical URL stored from another feed), and put each matched
 * story in the cluster of the first story of the same news from the last 72 hours. Oldest first.
 */
import { DuplicateFinder } from '../cluster/find-duplicate';
import type { ClusterIndex } from '../cluster/cluster-index';
import { CLUSTER_WINDOW_MS, createClusterIndex } from '../cluster/same-story';
import { featuresOfDocument, type StoryFeatures } from '../cluster/story-features';
import { buildDocument } from '../match/document';
import type { Matcher } from '../match/match-story';
import { matchDocument } from '../match/match-story';
import type { ParsedFeed, Story } from '../model';
import { normalizeItem } from '../normalize/normalize-item';
import { isMatched, type Candidate } from '../route/select-alerts';

export interface FeedIdentity {
  url: string;
  name: string;
  language: string | null;
}

export interface StoryLookup {
  knownIds(ids: readonly string[]): Set<string>;
  idByUrl(url: string): string | null;
}

export function normalizeFeed(parsed: ParsedFeed, feed: FeedIdentity, now: number): Story[] {
  const seen = new Set<string>();
  const stories: Story[] = [];
  // Feeds list newest first; walking backwards gives oldest first when dates are missing.
  for (let index = parsed.items.length - 1; index >= 0; index--) {
    const story = normalizeItem(parsed.items[index]!, { ...feed, link: parsed.link }, now);
    if (!story || seen.has(story.id)) continue;
    seen.add(story.id);
    stories.push(story);
  }
  return stories
    .map((story, order) => ({ story, order }))
    .sort((a, b) => (a.story.publishedAt !== null && b.story.publishedAt !== null ? a.story.publishedAt - b.story.publishedAt : 0) || a.order - b.order)
    .map(({ story }) => story);
}

export interface ClusterLookup {
  recent(since: number): StoryFeatures[];
}

/**
 * The cluster window as clustering uses it: read and indexed on first use, then given every matched
 * story prepareCandidates keeps. One window serves a whole tick (pollFeeds makes it): pollFeed
 * stores what it prepared without yielding, so a feed polled later sees what earlier feeds stored,
 * as a fresh read would. Reading the 72 hours again for every feed made a big first poll quadratic.
 */
export type ClusterWindow = (since: number) => ClusterIndex;

export function lazyClusterWindow(clusters: ClusterLookup): ClusterWindow {
  let index: ClusterIndex | null = null;
  return (since) => (index ??= createClusterIndex(clusters.recent(since)));
}

export function prepareCandidates(stories: readonly Story[], lookup: StoryLookup, matcher: Matcher, window: ClusterWindow, now: number): Candidate[] {
  const known = lookup.knownIds(stories.map((story) => story.id));
  const duplicates = new DuplicateFinder(lookup);
  let recent: ClusterIndex | null = null;
  const candidates: Candidate[] = [];
  for (const story of stories) {
    if (known.has(story.id)) continue;
    const duplicateOf = duplicates.duplicateOf(story.id, story.url);
    // One document for matching and clustering: the story is tokenized once.
    const doc = buildDocument(story.title, story.text);
    const match = matchDocument(matcher, doc, story.declaredLanguage);
    const candidate: Candidate = { story, match, duplicateOf, clusterOf: null, features: null };
    if (duplicateOf === null && isMatched(candidate)) {
      // Loaded only when something matched: most polls bring nothing new.
      recent ??= window(now - CLUSTER_WINDOW_MS);
      const features = featuresOfDocument(story.id, story.publishedAt ?? now, doc, match);
      const root = recent.find(features);
      candidate.features = features;
      candidate.clusterOf = root?.storyId ?? null;
      recent.add({ ...features, storyId: candidate.clusterOf ?? story.id });
    }
    candidates.push(candidate);
  }
  return candidates;
}
