/**
 * Figure 3, a poll cycle at scale: 500 feeds of 50 items (~2.5 KB articles) served from 127.0.0.1,
 * polled by the bot's own code in a child process (poll-child.ts) with the shipped settings. The
 * first cycle stores everything; the second finds nothing changed, so every feed must answer 304 and
 * nothing may be parsed (both counted, by the server and by the poller, not assumed). Each run gets a
 * fresh database; the figures are medians of the runs.
 */
import { tempConfig, type TempConfig } from '../support/config-dir';
import { nextMessage, spawnNode, startCommand, stopChild, TSX_LOADER } from './child-process';
import { newsFigures, shippedSettings, startFeedFarm, syntheticFeeds, type FarmCounts, type FeedFarm } from './feed-farm';
import type { CycleReport } from './poll-child';
import { median, type BenchSection, type Figure } from './stats';
import { seededRandom } from './synthetic';

const FEEDS = 500;
const ITEMS_PER_FEED = 50;
const ARTICLE_BYTES = 2500;
/** 500 feeds over 100 outlet hosts, five feeds each (see feed-farm.ts for why several ports). */
const HOSTS = 100;
const RUNS = 3;
const CYCLE_TIMEOUT_MS = 90_000;

interface CycleResult {
  report: CycleReport;
  served: FarmCounts;
}

/** One child: both cycles on a fresh database, the server's counts taken around each cycle. */
async function pollTwice(farm: FeedFarm, config: TempConfig): Promise<CycleResult[]> {
  const env = { ...process.env, VIGIA_LOG_LEVEL: 'warn' };
  // The poller is a TypeScript script, so it runs under tsx's loader, which the deployed bot does not
  // carry: its peak memory is on the high side by the loader's share (the idle section measures it).
  const handle = spawnNode([...TSX_LOADER, ...startCommand().flags, 'tests/bench/poll-child.ts', config.dir, config.dbFile, '2'], { env, ipc: true });
  const results: CycleResult[] = [];
  try {
    for (let cycle = 1; cycle <= 2; cycle++) {
      await nextMessage(handle, (message) => ((message as { type?: string }).type === 'ready' ? true : undefined), 60_000);
      farm.resetCounts();
      const report = nextMessage(handle, (message) => ((message as CycleReport).type === 'cycle' ? (message as CycleReport) : undefined), CYCLE_TIMEOUT_MS);
      handle.child.send({ type: 'go' });
      // The child reports only after its last response arrived, so the counts are complete here.
      results.push({ report: await report, served: farm.counts() });
    }
  } finally {
    await stopChild(handle.child);
  }
  return results;
}

const seconds = (ms: number): number => ms / 1000;
const list = (values: readonly number[], digits = 1): string => values.map((value) => value.toFixed(digits)).join(', ');

export const pollSection: BenchSection = {
  name: 'poll',
  title: `Poll cycle at scale: ${FEEDS} feeds × ${ITEMS_PER_FEED} items from 127.0.0.1, then nothing changed`,
  async run(progress) {
    const random = seededRandom(3);
    const started = performance.now();
    const feeds = syntheticFeeds(random, newsFigures(), { count: FEEDS, itemsPerFeed: ITEMS_PER_FEED, bytes: ARTICLE_BYTES, start: Date.now() - 60_000 });
    const farm = await startFeedFarm({ feeds, hosts: HOSTS, modifiedAt: Date.now() - 3_600_000 });
    progress(`${FEEDS} feeds on ${HOSTS} ports of 127.0.0.1 (${FEEDS / HOSTS} feeds a host), made in ${seconds(performance.now() - started).toFixed(1)} s`);
    const runs: CycleResult[][] = [];
    try {
      for (let run = 1; run <= RUNS; run++) {
        const config = tempConfig(farm.urls, shippedSettings());
        try {
          const result = await pollTwice(farm, config);
          runs.push(result);
          const [first, second] = result.map((cycle) => cycle.report);
          progress(
            `run ${run}: first ${seconds(first!.wallMs).toFixed(2)} s (${first!.newStories} stories, ${first!.matchedStories} matched, peak ${Math.max(first!.peakRssMb, second!.peakRssMb).toFixed(0)} MB), ` +
              `second ${seconds(second!.wallMs).toFixed(2)} s (${second!.outcomes['not-modified']} not modified, ${second!.parses} parsed)`,
          );
        } finally {
          config.cleanup();
        }
      }
    } finally {
      await farm.close();
    }
    return figuresOf(runs);
  },
};

function figuresOf(runs: ReadonlyArray<readonly CycleResult[]>): Figure[] {
  const first = runs.map((run) => run[0]!);
  const second = runs.map((run) => run[1]!);
  const firstMs = first.map((cycle) => cycle.report.wallMs);
  const secondMs = second.map((cycle) => cycle.report.wallMs);
  const peaks = runs.map((run) => Math.max(...run.map((cycle) => cycle.report.peakRssMb)));
  const one = first[0]!;
  const failures = [...first, ...second].map((cycle) => cycle.report.firstError).find((error) => error !== null);
  const figure = (name: string, value: number, unit: string, target: Figure['target'], detail: string): Figure => ({ section: 'poll', name, value, unit, ...(target ? { target } : {}), detail });
  return [
    figure('first cycle: 500 feeds fetched, parsed, matched, stored', seconds(median(firstMs)), 's', { op: '<=', value: 15 },
      `runs ${list(firstMs.map(seconds))} s; ${one.report.outcomes.ok} ok, ${one.report.outcomes.error} failed${failures ? ` (${failures})` : ''}; ` +
        `${one.report.newStories} stories, ${one.report.matchedStories} naming a tracked figure, ${(one.served.bytes / 2 ** 20).toFixed(0)} MiB served; ${HOSTS} hosts, shipped settings`),
    figure('peak RSS of the poller process (both cycles)', median(peaks), 'MB', { op: '<=', value: 300 },
      `runs ${list(peaks, 0)} MB; getrusage maxRSS of the child (main thread + parse workers), run under tsx's loader`),
    figure('second cycle: nothing changed', seconds(median(secondMs)), 's', { op: '<=', value: 2 }, `runs ${list(secondMs.map(seconds), 2)} s`),
    figure('second cycle: feeds answered 304 (fewest of the runs)', Math.min(...second.map((cycle) => cycle.served.notModified)), 'feeds', { op: '>=', value: FEEDS },
      `server sent ${Math.max(...second.map((cycle) => cycle.served.full))} full bodies at most; poller saw ${Math.min(...second.map((cycle) => cycle.report.outcomes['not-modified']))} not-modified`),
    figure('second cycle: feeds parsed (most of the runs)', Math.max(...second.map((cycle) => cycle.report.parses)), 'parses', { op: '<=', value: 0 },
      `stories added: ${Math.max(...second.map((cycle) => cycle.report.newStories))}`),
  ];
}
