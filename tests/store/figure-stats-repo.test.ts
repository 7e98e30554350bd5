import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FigureStatsRepo } from '../../src/store/figure-stats-repo';
import { DAY_MS } from '../../src/store/story-time';
import { openTempDb, type TempDb } from '../support/store-fixtures';
import { CABELLO, MADURO, NOW, storeStories } from '../support/story-rows';

let t: TempDb;
let repo: FigureStatsRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new FigureStatsRepo(t.db);
  storeStories(t, [
    { id: 'h1', ago: 1, entities: [MADURO], claims: [['state-cartel', 'asserts'], ['drugs-as-weapon', 'mentions']] },
    { id: 'h1-copy', ago: 1, entities: [MADURO], duplicateOf: 'h1' },
    { id: 'd3', ago: 3 * 24, entities: [MADURO, CABELLO], claims: [['state-cartel', 'disputes']] },
    { id: 'd20', ago: 20 * 24, entities: [MADURO] },
    { id: 'd40', ago: 40 * 24, entities: [MADURO], claims: [['state-cartel', 'asserts']] },
    { id: 'cab', ago: 2, entities: [CABELLO] },
    // Dated in the future by a wrong time zone: counted when it was fetched, 10 days ago.
    { id: 'future', ago: -5, fetchedAgo: 10 * 24, entities: [MADURO] },
    // No date: counted when fetched.
    { id: 'undated', ago: 0, fetchedAgo: 12, publishedAt: null, entities: [MADURO] },
  ]);
});

afterEach(() => t.cleanup());

describe('FigureStatsRepo', () => {
  it('counts stories naming the figure in the last 24 h, 7 days and 30 days, each article once', () => {
    expect(repo.mentionCounts('nicolas-maduro', NOW)).toEqual({ day: 2, week: 3, month: 5 });
    expect(repo.mentionCounts('diosdado-cabello', NOW)).toEqual({ day: 1, week: 2, month: 2 });
    expect(repo.mentionCounts('nobody', NOW)).toEqual({ day: 0, week: 0, month: 0 });
  });

  it('counts the claims in the figure’s stories since a time, most frequent first', () => {
    expect(repo.claimCounts('nicolas-maduro', NOW - 30 * DAY_MS)).toEqual([
      { claimId: 'state-cartel', stories: 2 },
      { claimId: 'drugs-as-weapon', stories: 1 },
    ]);
  });

  it('lists the latest stories with each claim’s stance, newest first', () => {
    const latest = repo.latestStories('nicolas-maduro', 3);
    expect(latest.map((story) => story.id)).toEqual(['h1', 'undated', 'd3']);
    expect(latest[0]).toMatchObject({
      title: 'Story h1',
      url: 'https://example.com/news/h1',
      feedName: 'Example',
      claims: [
        { claimId: 'drugs-as-weapon', stance: 'mentions' },
        { claimId: 'state-cartel', stance: 'asserts' },
      ],
    });
    expect(latest[1]!.claims).toEqual([]);
  });

  it('uses the story-time index rather than scanning', () => {
    const plan = t.db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM stories s WHERE min(coalesce(s.published_at, s.fetched_at), s.fetched_at) >= 0")
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join(' ');
    expect(plan).toContain('stories_time');
  });

  it('answers counts and the latest stories from the figure timeline index, not by scanning stories', () => {
    const plan = (sql: string): string =>
      t.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join(' ');
    expect(plan("SELECT COUNT(*) FROM story_entities WHERE entity_id = 'x' AND original = 1 AND at >= 0")).toContain('story_entities_timeline');
    expect(plan("SELECT story_id FROM story_entities WHERE entity_id = 'x' AND original = 1 ORDER BY at DESC, story_id DESC LIMIT 5")).not.toContain('TEMP B-TREE');
  });

  it('orders by when a story happened, not when it was stored', () => {
    storeStories(t, [{ id: 'late-backfill', ago: 30 * 24, entities: [CABELLO] }, { id: 'fresh', ago: 0.5, entities: [CABELLO] }]);
    expect(repo.latestStories('diosdado-cabello', 5).map((story) => story.id)).toEqual(['fresh', 'cab', 'd3', 'late-backfill']);
  });
});
