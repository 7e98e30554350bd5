/**
 * Where a story's time goes in the pipeline: the pure stages after parsing timed one by one over the
 * same feed documents the pipeline section polls, each a median of several passes in the same run.
 * Parsing itself is the section's reference, measured there. What the pipeline costs beyond the sum
 * is storing, clustering and the poll's own bookkeeping.
 */
import Parser from 'rss-parser';
import { featuresOfDocument } from '../../src/cluster/story-features';
import { buildDocument, type MatchDocument } from '../../src/match/document';
import { matchDocument, type Matcher } from '../../src/match/match-story';
import type { Story } from '../../src/model';
import { normalizeItem } from '../../src/normalize/normalize-item';
import { coerceFeed } from '../../src/parse/coerce';
import { median, timeMs } from './stats';

export interface StageCosts {
  /** Microseconds per story, by stage. */
  normalize: number;
  match: number;
  clusterFeatures: number;
}

interface FeedSource {
  url: string;
  name: string;
  xml: string;
}

export async function measureStageCosts(feeds: readonly FeedSource[], matcher: Matcher, now: number, reps: number): Promise<StageCosts> {
  const parser = new Parser();
  const parsed: unknown[] = [];
  for (const feed of feeds) parsed.push(await parser.parseString(feed.xml));
  let stories: Story[] = [];
  const normalize = (): void => {
    stories = parsed.flatMap((raw, index) => {
      const feed = feeds[index]!;
      return coerceFeed(raw).items.flatMap((item) => normalizeItem(item, { url: feed.url, name: feed.name, link: null, language: null }, now) ?? []);
    });
  };
  normalize();
  const count = stories.length;
  const perStory = async (run: () => unknown): Promise<number> => {
    await run(); // warm
    const times: number[] = [];
    for (let rep = 0; rep < reps; rep++) times.push(await timeMs(run));
    return (median(times) * 1000) / count;
  };
  const normalizeUs = await perStory(normalize);
  let docs: MatchDocument[] = [];
  const matchUs = await perStory(() => {
    docs = stories.map((story) => buildDocument(story.title, story.text, matcher.lexicon));
    for (const doc of docs) matchDocument(matcher, doc);
  });
  const results = docs.map((doc) => matchDocument(matcher, doc));
  const featuresUs = await perStory(() => docs.forEach((doc, index) => featuresOfDocument(stories[index]!.id, now, doc, results[index]!)));
  return { normalize: normalizeUs, match: matchUs, clusterFeatures: featuresUs };
}
