/**
 * Everything about a feed's new items that needs no database: normalize them, drop repeats within
 * the feed and the ids the caller already stored, then match each story and take its cluster
 * features from the same tokens. Pure, so it runs in the parse worker beside parsing (parse-worker.ts)
 * and the main thread is left to store; prepare-stories.ts does what needs the database.
 */
import { featuresOfDocument, type StoryFeatures } from '../cluster/story-features';
import type { EntityConfig } from '../config/schema';
import type { ClaimsFile } from '../config/claims-schema';
import { buildDocument } from '../match/document';
import { createMatcher, matchDocument, type Matcher } from '../match/match-story';
import type { MatchResult, ParsedFeed, Story } from '../model';
import { parseFeedDate } from '../normalize/date';
import { identifyItems, normalizeItem } from '../normalize/normalize-item';
import { isMatched } from '../route/select-alerts';

export interface FeedIdentity {
  url: string;
  name: string;
  language: string | null;
}

/** What the matcher is built from: plain data, so it can be sent to a worker. */
export interface MatchRules {
  entities: readonly EntityConfig[];
  claims: ClaimsFile;
  contextWindow: number;
}

export function matcherFromRules(rules: MatchRules): Matcher {
  return createMatcher(rules.entities, rules.claims, rules.contextWindow);
}

export interface AnalyzeRequest {
  feed: FeedIdentity;
  now: number;
  /** Story ids of this feed stored before: skipped unmatched. The caller still checks what it gets back. */
  known: readonly string[];
}

export interface AnalyzedStory {
  story: Story;
  match: MatchResult;
  /** Taken for matched stories only: the others never join a cluster. */
  features: StoryFeatures | null;
}

export interface AnalyzedFeed {
  /** How many items the feed carried, known or not. */
  items: number;
  ttlMinutes: number | null;
  /** The new stories, oldest first. */
  stories: AnalyzedStory[];
}

/**
 * The feed's items as stories, oldest first, each id once, leaving out the ids in `known`. A known
 * item whose guid or link names it is skipped before its title and text are read (most of a feed,
 * once polled); its date still holds its place in the order, so the new stories sort as before.
 */
export function normalizeFeed(parsed: ParsedFeed, feed: FeedIdentity, now: number, known: ReadonlySet<string> = new Set()): Story[] {
  const info = { ...feed, link: parsed.link };
  const seen = new Set<string>();
  const identities = identifyItems(parsed.items, info);
  const entries: Array<{ story: Story | null; publishedAt: number | null }> = [];
  // Feeds list newest first; walking backwards gives oldest first when dates are missing.
  for (let index = parsed.items.length - 1; index >= 0; index--) {
    const item = parsed.items[index]!;
    const identity = identities[index]!;
    const linked = identity.linkedId;
    if (linked !== null && known.has(linked)) {
      if (!seen.has(linked)) entries.push({ story: null, publishedAt: parseFeedDate(item.published, now) });
      seen.add(linked);
      continue;
    }
    const story = normalizeItem(item, info, now, identity);
    if (!story || seen.has(story.id)) continue;
    seen.add(story.id);
    entries.push({ story: known.has(story.id) ? null : story, publishedAt: story.publishedAt });
  }
  // An undated story sorts with the dated one before it in the feed's order: comparing it as "equal"
  // to every dated story would make the order depend on the sort's steps, not on the dates.
  let previous = -Infinity;
  const keyed = entries.map((entry, order) => ({ story: entry.story, order, at: (previous = entry.publishedAt ?? previous) }));
  return keyed.sort((a, b) => a.at - b.at || a.order - b.order).flatMap(({ story }) => (story ? [story] : []));
}

/** The story's year, for the ages given with names: its date's, or the poll's for an undated story. */
export function storyYear(story: Story, now: number): number {
  return new Date(story.publishedAt ?? now).getUTCFullYear();
}

export function analyzeStory(story: Story, matcher: Matcher, now: number): AnalyzedStory {
  // One document for matching and clustering: the story is tokenized once.
  const doc = buildDocument(story.title, story.text, matcher.lexicon);
  const match = matchDocument(matcher, doc, story.declaredLanguage, storyYear(story, now));
  const features = isMatched({ match }) ? featuresOfDocument(story.id, story.publishedAt ?? now, doc, match) : null;
  return { story, match, features };
}

export function analyzeFeed(parsed: ParsedFeed, request: AnalyzeRequest, matcher: Matcher): AnalyzedFeed {
  const stories = normalizeFeed(parsed, request.feed, request.now, new Set(request.known));
  return { items: parsed.items.length, ttlMinutes: parsed.ttlMinutes, stories: stories.map((story) => analyzeStory(story, matcher, request.now)) };
}
