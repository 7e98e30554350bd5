/**
 * /feeds test: one URL through fetch → parse → normalize → match, now, storing nothing. The same
 * stages and limits as a poll, so what it shows is what polling the feed would alert on.
 */
import type { Settings } from '../config/schema';
import type { FetchOptions, FetchRequest, FetchResult } from '../fetch/fetch-feed';
import { hostOf } from '../store/feeds-repo';
import type { AddressGuard } from '../fetch/address-guard';
import { matchStory, type Matcher } from '../match/match-story';
import type { MatchResult, ParsedFeed, Story } from '../model';
import { normalizeFeed, storyYear } from './analyze-feed';

export interface FeedTestDeps {
  fetchFeed: (request: FetchRequest, options: FetchOptions) => Promise<FetchResult>;
  parse: (xml: string, label: string) => Promise<ParsedFeed>;
  matcher: Matcher;
  settings: Settings;
  now: () => number;
  /** A user typed this URL: public addresses only. */
  guard?: AddressGuard;
}

export interface TestedStory {
  story: Story;
  match: MatchResult;
}

export interface FeedTestResult {
  url: string;
  /** Where the feed was found after redirects. */
  finalUrl: string;
  feedTitle: string | null;
  /** Items in the feed, before dropping those that could not become a story. */
  items: number;
  /** Every story, newest first, with what matched in it. */
  stories: TestedStory[];
}

export async function testFeed(deps: FeedTestDeps, url: string): Promise<FeedTestResult> {
  const { poll } = deps.settings;
  const fetched = await deps.fetchFeed(
    { url }, // no validators: always the whole feed, never a 304
    {
      timeoutMs: poll.timeout * 1000,
      maxBytes: poll.maxBytes,
      maxRedirects: poll.maxRedirects,
      userAgent: poll.userAgent,
      ...(deps.guard ? { guard: deps.guard } : {}),
    },
  );
  if (fetched.kind === 'not-modified') return { url, finalUrl: fetched.finalUrl, feedTitle: null, items: 0, stories: [] };
  const parsed = await deps.parse(fetched.text, url);
  const name = parsed.title?.trim() || hostOf(fetched.finalUrl);
  const now = deps.now();
  const stories = normalizeFeed(parsed, { url, name, language: null }, now).reverse();
  return {
    url,
    finalUrl: fetched.finalUrl,
    feedTitle: parsed.title,
    items: parsed.items.length,
    stories: stories.map((story) => ({ story, match: matchStory(deps.matcher, { title: story.title, text: story.text, declaredLanguage: story.declaredLanguage, year: storyYear(story, now) }) })),
  };
}
