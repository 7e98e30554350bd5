/**
 * placeCandidates and lazyClusterWindow against a real SQLite store: stories the feed already gave
 * are dropped, copies of a stored link become duplicates, and matched stories join the cluster of
 * the first story of the same news from the last 72 hours, stored or placed earlier in the tick.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SIGNATURE_SIZE } from '../../src/cluster/minhash';
import { CLUSTER_WINDOW_MS } from '../../src/cluster/same-story';
import type { StoryFeatures } from '../../src/cluster/story-features';
import type { AnalyzedStory } from '../../src/pipeline/analyze-feed';
import { closeSilentClusters, lazyClusterWindow, placeCandidates, type ClusterLookup } from '../../src/pipeline/prepare-stories';
import { ClustersRepo } from '../../src/store/clusters-repo';
import { StoriesRepo } from '../../src/store/stories-repo';
import { addOtherFeed, makeMatch, makePayload, makeStory, openTempDb, type TempDb } from '../support/store-fixtures';

const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

/**
 * Features whose MinHash signature is the same for the same `news` and shares no position with any
 * other: equal signatures are near-duplicates, and with no shared numbers different ones never match.
 */
function featuresOf(storyId: string, news: number, at = NOW - HOUR): StoryFeatures {
  const signature = Array.from({ length: SIGNATURE_SIZE }, (_, position) => news * 1000 + position);
  return { storyId, at, signature, entities: ['nicolas-maduro'], claims: [], numbers: [] };
}

interface Item {
  url?: string | null;
  /** The headline; by default one of its own for each id. */
  title?: string;
  /** Which news the story tells, when it matched; unmatched stories carry no features. */
  news?: number;
  at?: number;
}

function analyzed(id: string, { url = `https://diario.example/${id}`, title = `Cabello y la fiscalía: ${id}`, news, at }: Item = {}): AnalyzedStory {
  const story = makeStory(id, { url, title });
  if (news === undefined) return { story, match: makeMatch({ entities: [], claims: [] }), features: null };
  return { story, match: makeMatch(), features: featuresOf(id, news, at) };
}

let t: TempDb;
let stories: StoriesRepo;
/** The real ClustersRepo, with each read's `since` noted: the window must be read once, and only when needed. */
let clusters: ClusterLookup;
let reads: number[];

/** Stores a story as an established feed would: the first of its cluster alerts, unless `silent` (a new feed's first poll). */
function store(id: string, item: Item & { clusterOf?: string; silent?: boolean; feedId?: number } = {}): void {
  const { story, match, features } = analyzed(id, item);
  const alert = item.clusterOf || item.silent ? null : makePayload(story, match);
  stories.saveAll(item.feedId ?? t.feedId, NOW - 2 * HOUR, [{ story, match, features, duplicateOf: null, clusterOf: item.clusterOf ?? null, alert }]);
}

const place = (items: AnalyzedStory[], window = lazyClusterWindow(clusters)) => placeCandidates(items, stories, window, NOW);
const placed = (items: AnalyzedStory[]) => place(items).map((c) => ({ id: c.story.id, duplicateOf: c.duplicateOf, clusterOf: c.clusterOf }));

beforeEach(() => {
  t = openTempDb();
  stories = new StoriesRepo(t.db);
  reads = [];
  const repo = new ClustersRepo(t.db);
  clusters = { recent: (since) => (reads.push(since), repo.recent(since)) };
});

afterEach(() => t.cleanup());

describe('placeCandidates', () => {
  it('drops the stories already stored and keeps the others in the order given, without reading the window when nothing matched', () => {
    store('seen-before');
    expect(placed([analyzed('lunes'), analyzed('seen-before'), analyzed('martes')])).toEqual([
      { id: 'lunes', duplicateOf: null, clusterOf: null },
      { id: 'martes', duplicateOf: null, clusterOf: null },
    ]);
    expect(reads).toEqual([]);
  });

  it('marks a story whose link was stored from another feed as a duplicate, and leaves it out of clustering', () => {
    store('wire', { url: 'https://agencia.example/cartel', news: 1, feedId: addOtherFeed(t) });
    const [copy] = place([analyzed('reprint', { url: 'https://agencia.example/cartel', news: 1 })]);
    expect(copy).toMatchObject({ duplicateOf: 'wire', clusterOf: null, features: null });
    expect(reads).toEqual([]);
  });

  it('marks a later story of the same batch with the same link as a duplicate of the first', () => {
    const link = 'https://agencia.example/recompensa';
    const title = 'EE. UU. eleva la recompensa por Maduro';
    expect(placed([analyzed('first', { url: link, title }), analyzed('second', { url: link, title }), analyzed('other')])).toEqual([
      { id: 'first', duplicateOf: null, clusterOf: null },
      { id: 'second', duplicateOf: 'first', clusterOf: null },
      { id: 'other', duplicateOf: null, clusterOf: null },
    ]);
  });

  it('keeps stories that share one link under different titles, even when one is already stored, and clusters them by their text', () => {
    const page = 'https://ministerio.example/noticias';
    store('lunes', { url: page, news: 1 });
    const items = [analyzed('lunes', { url: page, news: 1 }), analyzed('martes', { url: page, news: 2 }), analyzed('martes-bis', { url: page, news: 2 })];
    expect(placed(items)).toEqual([
      { id: 'martes', duplicateOf: null, clusterOf: null },
      { id: 'martes-bis', duplicateOf: null, clusterOf: 'martes' },
    ]);
  });

  it('keeps a story whose only shared link is a front page another feed stored', () => {
    store('portada', { url: 'https://ministerio.example/', feedId: addOtherFeed(t) });
    expect(placed([analyzed('comunicado', { url: 'https://ministerio.example/' })])).toEqual([{ id: 'comunicado', duplicateOf: null, clusterOf: null }]);
  });

  it('never calls stories without a link duplicates of each other', () => {
    expect(placed([analyzed('a', { url: null }), analyzed('b', { url: null })]).map((c) => c.duplicateOf)).toEqual([null, null]);
  });

  it('puts a matched story in the cluster of a stored story of the same news, reading the last 72 hours once', () => {
    store('root', { news: 1, at: NOW - 10 * HOUR });
    const rewrite = analyzed('rewrite', { news: 1 });
    const [candidate, unrelated] = place([rewrite, analyzed('unrelated', { news: 2 })]);
    expect(candidate).toMatchObject({ duplicateOf: null, clusterOf: 'root', features: rewrite.features });
    expect(unrelated).toMatchObject({ clusterOf: null });
    expect(reads).toEqual([NOW - CLUSTER_WINDOW_MS]);
  });

  it('joins the first story of the cluster when the similar stored story had itself joined one', () => {
    store('root', { news: 1, at: NOW - 20 * HOUR });
    store('joined', { news: 2, at: NOW - 10 * HOUR, clusterOf: 'root' });
    expect(placed([analyzed('third', { news: 2 })])).toEqual([{ id: 'third', duplicateOf: null, clusterOf: 'root' }]);
  });

  it("starts a new cluster when the similar stored story made no alert (a new feed's back catalogue): no alert to join", () => {
    store('back-catalogue', { news: 1, at: NOW - 10 * HOUR, silent: true });
    store('its-copy', { news: 1, at: NOW - 9 * HOUR, clusterOf: 'back-catalogue' });
    expect(placed([analyzed('fresh', { news: 1 })])).toEqual([{ id: 'fresh', duplicateOf: null, clusterOf: null }]);
  });

  it('starts a new cluster when the only similar story is older than the window', () => {
    store('stale', { news: 1, at: NOW - 80 * HOUR });
    const [fresh] = place([analyzed('fresh', { news: 1, at: NOW })]);
    expect(fresh).toMatchObject({ clusterOf: null, features: featuresOf('fresh', 1, NOW) });
  });

  it('clusters the stories of one batch with each other: a later one joins the first, other news stays apart', () => {
    expect(placed([analyzed('one', { news: 3 }), analyzed('two', { news: 3 }), analyzed('elsewhere', { news: 4 })])).toEqual([
      { id: 'one', duplicateOf: null, clusterOf: null },
      { id: 'two', duplicateOf: null, clusterOf: 'one' },
      { id: 'elsewhere', duplicateOf: null, clusterOf: null },
    ]);
  });
});

describe('lazyClusterWindow', () => {
  it('reads the window on first use only, and gives every later call the same index', () => {
    const window = lazyClusterWindow(clusters);
    expect(reads).toEqual([]);
    const first = window(NOW - CLUSTER_WINDOW_MS);
    expect(window(NOW)).toBe(first);
    expect(reads).toEqual([NOW - CLUSTER_WINDOW_MS]);
  });

  it('lets a feed polled later in the tick join a story an earlier feed placed, before either is read back', () => {
    const window = lazyClusterWindow(clusters);
    expect(place([analyzed('from-feed-a', { news: 5 })], window)[0]!.clusterOf).toBeNull();
    expect(place([analyzed('from-feed-b', { news: 5 })], window)[0]!.clusterOf).toBe('from-feed-a');
    expect(reads).toHaveLength(1);
  });
});

describe('closeSilentClusters', () => {
  it('closes the clusters this batch started without an alert, so a later feed of the tick starts its own', () => {
    const window = lazyClusterWindow(clusters);
    const batch = place([analyzed('silent', { news: 6 }), analyzed('its-copy', { news: 6 }), analyzed('loud', { news: 7 })], window);
    expect(batch.map((c) => c.clusterOf)).toEqual([null, 'silent', null]);
    closeSilentClusters(batch, new Set(['loud']), window, NOW);
    expect(place([analyzed('later', { news: 6 }), analyzed('loud-copy', { news: 7 })], window).map((c) => c.clusterOf)).toEqual([null, 'loud']);
  });

  it('reads no window when nothing in the batch matched', () => {
    closeSilentClusters(place([analyzed('unmatched')]), new Set(), lazyClusterWindow(clusters), NOW);
    expect(reads).toEqual([]);
  });
});
