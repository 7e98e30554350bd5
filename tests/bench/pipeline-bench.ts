/**
 * Pipeline overhead: stories per second through parse, normalize, match, cluster, summarize, route
 * and store, against rss-parser alone parsing the same feed documents in the same process. The
 * pipeline is production's own code: the poll tick (pollFeeds) with only the network fetch replaced
 * by the prepared document, the parse worker pool, the shipped figures and claims, and a fresh
 * SQLite file each repetition. Feeds count as polled before, so matching stories alert as in
 * steady state; some items are wire copies of another outlet's, so clustering joins stories too.
 *
 * Two shapes of feed, each with its own reference: long articles in one plain paragraph (cheap to
 * parse, dear to match) and items shaped like news outlets' (markup, categories, images, author,
 * around a kilobyte of text). The target applies to both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import Parser from 'rss-parser';
import { loadConfig, type AppConfig } from '../../src/config/load-config';
import type { FeedConfig } from '../../src/config/schema';
import type { FetchResult } from '../../src/fetch/fetch-feed';
import { createMatcher, type Matcher } from '../../src/match/match-story';
import type { MatchRules } from '../../src/pipeline/analyze-feed';
import { createParserPool, type ParserPool } from '../../src/parse/worker-pool';
import type { PollDeps, PollOutcome } from '../../src/pipeline/poll-feed';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { ClustersRepo } from '../../src/store/clusters-repo';
import { FeedsRepo, type FeedRow } from '../../src/store/feeds-repo';
import { openDatabase } from '../../src/store/open-database';
import { StoriesRepo } from '../../src/store/stories-repo';
import { SHIPPED_CONFIG } from '../support/config-dir';
import { median, timeMs, type BenchSection, type Figure } from './stats';
import { measureStageCosts, type StageCosts } from './stage-costs';
import { makeFeedItems, newsFeed, rssFeed, seededRandom, type FeedItem } from './synthetic';

const SECTION = 'pipeline';
const FEEDS = 40;
const ITEMS = 50;
const REPS = 5;
/** Every fifth item of an outlet is the previous outlet's story reprinted: the clusterer's work. */
const WIRE_COPY_EVERY = 5;
const NOW = Date.parse('2025-11-17T15:00:00Z');

interface FeedDoc {
  config: FeedConfig;
  xml: string;
}

/** What the feeds carry. The pipeline's cost follows the story's text; parsing's follows the XML. */
interface Workload {
  name: string;
  detail: string;
  /** Bytes of story text an item, by the feed's index. */
  bytes: (feed: number) => number;
  render: (name: string, items: readonly FeedItem[]) => string;
}

const WORKLOADS: readonly Workload[] = [
  { name: 'long articles', detail: '2–5 KB of text an item in one plain paragraph', bytes: (feed) => 2_000 + 1_000 * (feed % 4), render: rssFeed },
  {
    name: 'news-shaped',
    detail: '0.5–1.3 KB of text an item in HTML paragraphs, with categories, two images with credits and an author, as outlets send them',
    bytes: (feed) => 500 + 250 * (feed % 4),
    render: newsFeed,
  },
];

function makeFeedDocs(config: AppConfig, workload: Workload): FeedDoc[] {
  const random = seededRandom(40_50);
  const previous: FeedItem[][] = [];
  return Array.from({ length: FEEDS }, (_, index) => {
    const name = `outlet-${index}`;
    const items = makeFeedItems(random, name, config.entities, { count: ITEMS, bytes: workload.bytes(index), start: NOW - 3_600_000 });
    const source = previous[index - 1];
    const withCopies = source ? items.map((item, at) => (at % WIRE_COPY_EVERY === 0 ? { ...source[at]!, guid: item.guid } : item)) : items;
    previous.push(withCopies);
    return { config: { url: `https://${name}.example/rss`, name, enabled: true }, xml: workload.render(name, withCopies) };
  });
}

/** The reference: rss-parser alone, one document after another on this thread. */
async function parseAlone(docs: readonly FeedDoc[]): Promise<number> {
  const parser = new Parser();
  let items = 0;
  for (const doc of docs) items += (await parser.parseString(doc.xml)).items.length;
  return items;
}

interface Run {
  feeds: FeedRow[];
  deps: PollDeps;
  count(sql: string): number;
  close(): void;
}

/** A fresh database with every feed already polled once, and the poll's dependencies over it. */
function prepareRun(root: string, label: string, docs: readonly FeedDoc[], config: AppConfig, rules: MatchRules, pool: ParserPool): Run {
  const dir = path.join(root, label);
  const db = openDatabase(path.join(dir, 'vigia.db'));
  const feeds = new FeedsRepo(db);
  feeds.syncFromConfig(docs.map((doc) => doc.config), NOW);
  for (const feed of feeds.all()) feeds.recordSuccess(feed, { now: NOW - 600_000, nextCheckAt: NOW, firstPoll: true });
  const bodies = new Map(docs.map((doc) => [doc.config.url, doc.xml]));
  // Only the network is replaced: the body is handed over as fetchFeed would hand it over.
  const fetchFeed = (request: { url: string }): Promise<FetchResult> => {
    const text = bodies.get(request.url)!;
    return Promise.resolve({ kind: 'ok', finalUrl: request.url, permanentUrl: null, status: 200, text, charset: 'utf-8', charsetSource: 'xml', etag: null, lastModified: null, cacheMaxAgeSeconds: null, bytes: text.length, contentType: 'application/rss+xml' });
  };
  const deps: PollDeps = {
    feeds,
    stories: new StoriesRepo(db),
    clusters: new ClustersRepo(db),
    fetchFeed,
    analyze: (xml, feedLabel, request) => pool.analyze(xml, feedLabel, request, rules),
    settings: config.settings,
    now: () => NOW,
    log: pino({ level: 'silent' }),
  };
  const close = (): void => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { feeds: feeds.due(NOW), deps, count: (sql) => db.prepare(sql).pluck().get() as number, close };
}

interface Stored {
  stories: number;
  matched: number;
  alerts: number;
  clustered: number;
}

/** The work really happened: every item new and stored, some alerting, some joining a cluster. */
function checkRun(run: Run, outcomes: readonly PollOutcome[], how: string): Stored {
  const bad = outcomes.find((outcome) => outcome.status !== 'ok' || outcome.newStories !== ITEMS);
  if (bad) throw new Error(`pipeline bench (${how}): ${bad.feedUrl} ended ${JSON.stringify(bad)}`);
  const stored = {
    stories: run.count('SELECT COUNT(*) FROM stories'),
    matched: run.count('SELECT COUNT(DISTINCT story_id) FROM story_entities'),
    alerts: run.count('SELECT COUNT(*) FROM alerts'),
    clustered: run.count('SELECT COUNT(*) FROM stories WHERE cluster_of IS NOT NULL'),
  };
  if (stored.stories !== FEEDS * ITEMS || stored.alerts === 0 || stored.clustered === 0) {
    throw new Error(`pipeline bench (${how}): stored ${JSON.stringify(stored)}, expected ${FEEDS * ITEMS} stories, some alerts and some clustered`);
  }
  return stored;
}

type Mode = 'one feed at a time' | 'tick';

async function timePipeline(mode: Mode, root: string, label: string, docs: readonly FeedDoc[], config: AppConfig, rules: MatchRules, pool: ParserPool): Promise<{ ms: number; stored: Stored }> {
  const run = prepareRun(root, label, docs, config, rules, pool);
  try {
    let outcomes: PollOutcome[] = [];
    // One feed at a time is the same tick with concurrency 1: no two feeds overlap, so the worker's
    // parsing and matching never run beside the main thread's storing, and everything else (the
    // shared cluster window, the closing search index and checkpoint) is the tick's own.
    const deps = mode === 'tick' ? run.deps : { ...run.deps, settings: { ...config.settings, poll: { ...config.settings.poll, concurrency: 1 } } };
    const ms = await timeMs(async () => (outcomes = await pollFeeds(deps, run.feeds)));
    return { ms, stored: checkRun(run, outcomes, mode) };
  } finally {
    run.close();
  }
}

const perSecond = (stories: number, ms: number): number => stories / (ms / 1000);

/** Each stage's cost a story, beside parsing's; what the serial pipeline spends beyond them is the store's. */
function stageFigures(prefix: string, parseUs: number, stages: StageCosts, pipelineUs: number): Figure[] {
  const measured = parseUs + stages.normalize + stages.match + stages.clusterFeatures;
  const rows: Array<[string, number, string]> = [
    ['parse (rss-parser, main thread)', parseUs, 'the reference above'],
    ['normalize (HTML to text, dates, ids)', stages.normalize, 'timed here; polling runs it in the parse worker'],
    ['match (document, figures, claims, stance, language, summary)', stages.match, 'timed here; polling runs it in the parse worker'],
    ['cluster features (MinHash, numbers)', stages.clusterFeatures, 'timed here; polling runs it in the parse worker'],
    ['store, search index, cluster lookup, hand-over from the worker (the rest)', Math.max(0, pipelineUs - measured), `pipeline ${pipelineUs.toFixed(0)} µs a story one feed at a time, less the stages above`],
  ];
  return rows.map(([name, us, detail]) => ({
    section: SECTION,
    name: `${prefix}per story: ${name}`,
    value: us,
    unit: 'µs',
    detail: `${(us / parseUs).toFixed(1)}× parsing${detail ? `; ${detail}` : ''}`,
  }));
}

/** One workload measured: the reference and both pipeline modes alternating, then the stage costs. */
async function measureWorkload(workload: Workload, config: AppConfig, rules: MatchRules, matcher: Matcher, pool: ParserPool, root: string, progress: (line: string) => void): Promise<Figure[]> {
  const docs = makeFeedDocs(config, workload);
  const stories = FEEDS * ITEMS;
  const megabytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.xml), 0) / 2 ** 20;
  const label = workload.name.replace(/\W+/g, '-');
  progress(`${workload.name}: ${FEEDS} feeds, ${stories} items, ${megabytes.toFixed(1)} MB of RSS (${workload.detail})`);
  await parseAlone(docs);
  await timePipeline('tick', root, `${label}-warm-up`, docs, config, rules, pool);
  const times: Record<'reference' | Mode, number[]> = { reference: [], 'one feed at a time': [], tick: [] };
  let stored: Stored | null = null;
  for (let rep = 0; rep < REPS; rep++) {
    // Alternating, so a slow moment of the machine falls on all three alike.
    let items = 0;
    times.reference.push(await timeMs(async () => (items = await parseAlone(docs))));
    if (items !== stories) throw new Error(`pipeline bench: rss-parser read ${items} items, expected ${stories}`);
    for (const mode of ['one feed at a time', 'tick'] as const) {
      const result = await timePipeline(mode, root, `${label}-rep-${rep}-${mode === 'tick' ? 'tick' : 'serial'}`, docs, config, rules, pool);
      times[mode].push(result.ms);
      stored = result.stored;
    }
    progress(`rep ${rep + 1}/${REPS}: rss-parser ${times.reference.at(-1)!.toFixed(0)} ms, pipeline ${times['one feed at a time'].at(-1)!.toFixed(0)} ms one feed at a time, ${times.tick.at(-1)!.toFixed(0)} ms as a tick`);
  }
  const reference = perSecond(stories, median(times.reference));
  const serial = perSecond(stories, median(times['one feed at a time']));
  const tick = perSecond(stories, median(times.tick));
  progress(`each run stored ${stored!.stories} stories: ${stored!.matched} matched, ${stored!.alerts} alerts, ${stored!.clustered} joined a cluster`);
  const sources = docs.map((doc) => ({ url: doc.config.url, name: doc.config.name ?? doc.config.url, xml: doc.xml }));
  const stages = await measureStageCosts(sources, matcher, NOW, REPS);
  const note = `parse pool of ${config.settings.parse.workers} created and warmed before timing`;
  const prefix = `${workload.name}: `;
  return [
    { section: SECTION, name: `${prefix}rss-parser alone (reference)`, value: reference, unit: 'stories/s', detail: `${(megabytes / (median(times.reference) / 1000)).toFixed(1)} MB/s of RSS, main thread` },
    { section: SECTION, name: `${prefix}pipeline, one feed at a time`, value: serial, unit: 'stories/s', detail: `ratio ${(serial / reference).toFixed(2)} of rss-parser alone; ${note}` },
    {
      section: SECTION,
      name: `${prefix}pipeline / rss-parser alone`,
      value: serial / reference,
      unit: '×',
      target: { op: '>=', value: 0.5 },
      detail: `${serial.toFixed(0)} vs ${reference.toFixed(0)} stories/s, one feed at a time (the worker's parse and match never beside the main thread's store)`,
    },
    {
      section: SECTION,
      name: `${prefix}pipeline as a tick (concurrency ${config.settings.poll.concurrency})`,
      value: tick,
      unit: 'stories/s',
      detail: `ratio ${(tick / reference).toFixed(2)}; the worker parses and matches one feed while the main thread stores another, as in production; ${note}`,
    },
    ...stageFigures(prefix, 1e6 / reference, stages, 1e6 / serial),
  ];
}

export const pipelineSection: BenchSection = {
  name: SECTION,
  title: `Pipeline overhead: ${FEEDS} RSS feeds × ${ITEMS} items (EN/ES) of two shapes, fetch replaced by the document, vs rss-parser alone; medians of ${REPS}`,
  async run(progress) {
    const config = loadConfig(SHIPPED_CONFIG, {});
    const rules: MatchRules = { entities: config.entities, claims: config.claims, contextWindow: config.settings.match.contextWindow };
    // For the stage costs, timed on this thread; the pipeline's own matchers are built in the workers.
    const matcher = createMatcher(rules.entities, rules.claims, rules.contextWindow);
    const { workers, timeout, maxMemory } = config.settings.parse;
    // Created and warmed outside the timed region, as a running bot's pool is.
    const pool = createParserPool({ workers, timeoutMs: timeout, maxMemoryMb: maxMemory });
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-bench-pipeline-'));
    try {
      progress(`${config.entities.length} shipped figures, ${config.claims.claims.length} claims; ${workers} parse workers`);
      const figures: Figure[] = [];
      for (const workload of WORKLOADS) figures.push(...(await measureWorkload(workload, config, rules, matcher, pool, root, progress)));
      return figures;
    } finally {
      await pool.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};
