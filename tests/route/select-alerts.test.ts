import { describe, expect, it } from 'vitest';
import type { MatchResult, Story } from '../../src/model';
import { isAlertWorthy, selectAlerts, toPayload, type Candidate } from '../../src/route/select-alerts';

const story = (id: string, publishedAt: number | null = null): Story => ({
  id,
  feedUrl: 'https://example.com/feed',
  feedName: 'Example',
  guid: id,
  url: `https://example.com/${id}`,
  title: `Title ${id}`,
  text: 'Body',
  publishedAt,
  author: null,
  declaredLanguage: null,
});

const figure: MatchResult = { lang: 'es', entities: [{ id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 1 }], claims: [], summary: 'S' };
const claimOnly: MatchResult = {
  lang: 'en',
  entities: [],
  claims: [{ id: 'cartel-de-los-soles', stance: 'disputes', evidence: 'No evidence, he said.', asserting: [], disputing: [] }],
  summary: 'S',
};
const nothing: MatchResult = { lang: 'en', entities: [], claims: [], summary: '' };

const candidate = (id: string, match: MatchResult, publishedAt: number | null = null, duplicateOf: string | null = null): Candidate => ({
  story: story(id, publishedAt),
  match,
  duplicateOf,
});

const ids = (set: Set<string>): string[] => [...set].sort();

describe('isAlertWorthy', () => {
  it('needs a matched figure or claim', () => {
    expect(isAlertWorthy(candidate('a', figure))).toBe(true);
    expect(isAlertWorthy(candidate('b', claimOnly))).toBe(true);
    expect(isAlertWorthy(candidate('c', nothing))).toBe(false);
  });

  it('refuses a story already stored from another feed', () => {
    expect(isAlertWorthy(candidate('a', figure, null, 'original'))).toBe(false);
  });
});

describe('selectAlerts', () => {
  const mixed = [candidate('match', figure), candidate('claim', claimOnly), candidate('none', nothing), candidate('dup', figure, null, 'match')];

  it('alerts every worthy story after the first poll', () => {
    expect(ids(selectAlerts(mixed, { firstPoll: false, backfill: 0 }))).toEqual(['claim', 'match']);
  });

  it('alerts nothing on a first poll with no backfill', () => {
    expect(selectAlerts(mixed, { firstPoll: true, backfill: 0 }).size).toBe(0);
  });

  it('alerts the newest `backfill` worthy stories on a first poll, by date', () => {
    const list = [candidate('jan', figure, Date.UTC(2025, 0, 1)), candidate('mar', figure, Date.UTC(2025, 2, 1)), candidate('feb', claimOnly, Date.UTC(2025, 1, 1))];
    expect(ids(selectAlerts(list, { firstPoll: true, backfill: 2 }))).toEqual(['feb', 'mar']);
  });

  it('falls back to feed order (last is newest) when there are no dates', () => {
    const list = [candidate('first', figure), candidate('second', figure), candidate('third', figure)];
    expect(ids(selectAlerts(list, { firstPoll: true, backfill: 1 }))).toEqual(['third']);
  });

  it('ranks undated stories behind dated ones', () => {
    const list = [candidate('dated', figure, Date.UTC(2020, 0, 1)), candidate('undated', figure)];
    expect(ids(selectAlerts(list, { firstPoll: true, backfill: 1 }))).toEqual(['dated']);
  });

  it('breaks date ties by feed order', () => {
    const when = Date.UTC(2025, 5, 1);
    const list = [candidate('earlier', figure, when), candidate('later', figure, when)];
    expect(ids(selectAlerts(list, { firstPoll: true, backfill: 1 }))).toEqual(['later']);
  });

  it('spends the backfill only on worthy stories', () => {
    const list = [candidate('old-match', figure, 1000), candidate('new-none', nothing, 3000), candidate('new-dup', figure, 4000, 'old-match')];
    expect(ids(selectAlerts(list, { firstPoll: true, backfill: 1 }))).toEqual(['old-match']);
  });

  it('alerts all worthy stories when the backfill exceeds them', () => {
    expect(ids(selectAlerts(mixed, { firstPoll: true, backfill: 100 }))).toEqual(['claim', 'match']);
  });

  it('returns nothing for no candidates', () => {
    expect(selectAlerts([], { firstPoll: false, backfill: 0 }).size).toBe(0);
  });
});

describe('toPayload', () => {
  it('carries the story and what matched', () => {
    const c = candidate('a', claimOnly, 1234);
    expect(toPayload(c)).toEqual({
      storyId: 'a',
      feedName: 'Example',
      feedUrl: 'https://example.com/feed',
      url: 'https://example.com/a',
      title: 'Title a',
      publishedAt: 1234,
      lang: 'en',
      entities: [],
      claims: claimOnly.claims,
      summary: 'S',
    });
  });
});
