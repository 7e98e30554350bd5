/**
 * STORY_REF_COLUMNS, STORIES_WITH_FEED and joinStoriesOn: the SQL pieces every listing builds its
 * query from, run against real rows from two feeds, so each story shows its own outlet and time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimHit } from '../../src/model';
import { FeedsRepo } from '../../src/store/feeds-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { joinStoriesOn, STORIES_WITH_FEED, STORY_REF_COLUMNS, type StoryRef } from '../../src/store/story-ref';
import { makeMatch, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';

const HOUR = 3_600_000;
const FETCHED = 1_800_000_000_000;
const RADIO_URL = 'https://radio.example/maracaibo.xml';

const stateCartel: ClaimHit = { id: 'state-cartel', stance: 'asserts', evidence: 'Fiscales dicen que la cúpula dirige el cartel.', asserting: [], disputing: [] };
const weapon: ClaimHit = { id: 'drugs-as-weapon', stance: 'disputes', evidence: 'No evidence of a deliberate policy, analysts say.', asserting: [], disputing: [] };

let t: TempDb;

beforeEach(() => {
  t = openTempDb();
  const feeds = new FeedsRepo(t.db);
  feeds.addUserFeed({ url: RADIO_URL, name: 'Radio Maracaibo' }, 0);
  const radioId = feeds.byUrl(RADIO_URL)!.id;
  const stories = new StoriesRepo(t.db);
  stories.saveAll(t.feedId, FETCHED, [
    {
      story: makeStory('caracas', { title: 'Fiscalía acusa a altos mandos', publishedAt: FETCHED - 10 * HOUR }),
      match: makeMatch({ claims: [stateCartel, weapon] }),
      duplicateOf: null,
      alert: null,
    },
    {
      story: makeStory('future', { title: 'Strikes on boats continue', publishedAt: FETCHED + 5 * HOUR }),
      match: makeMatch({ lang: 'en', claims: [] }),
      duplicateOf: null,
      alert: null,
    },
  ]);
  stories.saveAll(radioId, FETCHED - HOUR, [
    {
      story: makeStory('undated', { title: 'Sin fecha: operativo en Zulia', url: null, publishedAt: null }),
      match: makeMatch({ claims: [weapon] }),
      duplicateOf: null,
      alert: null,
    },
  ]);
});

afterEach(() => t.cleanup());

describe('STORY_REF_COLUMNS from STORIES_WITH_FEED', () => {
  it('gives each story its title, link, own outlet, time and language', () => {
    const rows = t.db.prepare(`SELECT ${STORY_REF_COLUMNS} FROM ${STORIES_WITH_FEED} ORDER BY s.id`).all() as StoryRef[];
    expect(rows).toEqual([
      { id: 'caracas', title: 'Fiscalía acusa a altos mandos', url: 'https://example.com/news/caracas', feedName: 'Example', time: FETCHED - 10 * HOUR, lang: 'es' },
      // Dated after we fetched it: the fetch time stands in (see storyTime).
      { id: 'future', title: 'Strikes on boats continue', url: 'https://example.com/news/future', feedName: 'Example', time: FETCHED, lang: 'en' },
      // No date at all: when it was fetched; no link stays null rather than an empty string.
      { id: 'undated', title: 'Sin fecha: operativo en Zulia', url: null, feedName: 'Radio Maracaibo', time: FETCHED - HOUR, lang: 'es' },
    ]);
  });

  it('names columns a query can order and filter by', () => {
    const ids = t.db.prepare(`SELECT ${STORY_REF_COLUMNS} FROM ${STORIES_WITH_FEED} WHERE feedName = 'Example' ORDER BY time DESC`).all() as StoryRef[];
    expect(ids.map((row) => row.id)).toEqual(['future', 'caracas']);
  });
});

describe('joinStoriesOn', () => {
  it('joins each row of another table to its story and that story’s feed', () => {
    const rows = t.db
      .prepare(`SELECT c.claim_id AS claimId, ${STORY_REF_COLUMNS} FROM story_claims c ${joinStoriesOn('s.id = c.story_id')} ORDER BY c.claim_id, s.id`)
      .all() as Array<StoryRef & { claimId: string }>;
    expect(rows.map((row) => [row.claimId, row.id, row.feedName, row.time])).toEqual([
      ['drugs-as-weapon', 'caracas', 'Example', FETCHED - 10 * HOUR],
      ['drugs-as-weapon', 'undated', 'Radio Maracaibo', FETCHED - HOUR],
      ['state-cartel', 'caracas', 'Example', FETCHED - 10 * HOUR],
    ]);
  });

  it('keeps only the rows the condition joins', () => {
    const rows = t.db
      .prepare(`SELECT ${STORY_REF_COLUMNS} FROM story_claims c ${joinStoriesOn("s.id = c.story_id AND c.stance = 'asserts'")}`)
      .all() as StoryRef[];
    expect(rows.map((row) => row.id)).toEqual(['caracas']);
  });
});
