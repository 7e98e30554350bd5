/**
 * The poller of the poll figure, in its own process so its peak memory is the bot's alone: builds
 * the app like `poll --once` (createApp over the given config and database), then runs what that
 * command runs (pollFeeds over every enabled feed, then delivery) once per cycle. Before each cycle
 * it asks the parent to go (so the feed server can count per cycle), and after it reports over IPC.
 *
 * Usage (from poll-bench.ts): node --import tsx tests/bench/poll-child.ts CONFIG_DIR DB_FILE CYCLES
 */
import { Writable } from 'node:stream';
import { createApp } from '../../src/app/create-app';
import { createConsoleSink } from '../../src/deliver/console-sink';
import { deliverOutletUpdates, deliverPending } from '../../src/deliver/deliver-pending';
import type { PollOutcome } from '../../src/pipeline/poll-feed';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { rssMb } from './stats';

export interface CycleReport {
  type: 'cycle';
  cycle: number;
  wallMs: number;
  /** CPU time of the whole process in the cycle (main thread and parse workers), user + system. */
  cpuMs: number;
  outcomes: Record<PollOutcome['status'], number>;
  newStories: number;
  alerts: number;
  /** Calls to the parser: a cycle of 304s must make none. */
  parses: number;
  firstError: string | null;
  /** Peak resident memory of this process so far, MB (getrusage ru_maxrss). */
  peakRssMb: number;
  rssMb: number;
  storedStories: number;
  matchedStories: number;
}

const send = (message: unknown): Promise<void> =>
  new Promise((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));

function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown): void => {
      if ((message as { type?: string }).type !== 'go') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
  });
}

async function main(): Promise<void> {
  const [configDir, dbFile, cyclesArg] = process.argv.slice(2);
  if (!configDir || !dbFile || !process.send) throw new Error('poll-child: run by poll-bench.ts with CONFIG_DIR DB_FILE CYCLES and an IPC channel');
  const app = createApp({ configDir, dbFile, env: process.env });
  // Alerts go where `poll --once --jsonl` prints them; nobody reads them here.
  const sink = createConsoleSink(new Writable({ write: (_chunk, _encoding, done) => done() }), 'jsonl');
  try {
    for (let cycle = 1; cycle <= Number(cyclesArg ?? 2); cycle++) {
      const go = waitForGo();
      await send({ type: 'ready', cycle });
      await go;
      const deps = app.pollDeps();
      let parses = 0;
      const counted: typeof deps = { ...deps, analyze: (xml, label, request) => (parses++, deps.analyze(xml, label, request)) };
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const outcomes = await pollFeeds(counted, app.feeds.enabled());
      const delivered = await deliverPending(app.alerts, sink, app.now, app.log);
      await deliverOutletUpdates(app.alerts, sink, app.log);
      const wallMs = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      const byStatus: CycleReport['outcomes'] = { ok: 0, 'not-modified': 0, error: 0, cancelled: 0, discarded: 0 };
      for (const outcome of outcomes) byStatus[outcome.status]++;
      const oks = outcomes.flatMap((outcome) => (outcome.status === 'ok' ? [outcome] : []));
      const report: CycleReport = {
        type: 'cycle',
        cycle,
        wallMs,
        cpuMs: (cpu.user + cpu.system) / 1000,
        outcomes: byStatus,
        newStories: oks.reduce((sum, outcome) => sum + outcome.newStories, 0),
        alerts: delivered.delivered,
        parses,
        firstError: outcomes.flatMap((outcome) => (outcome.status === 'error' ? [outcome.error] : []))[0] ?? null,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        rssMb: rssMb(),
        storedStories: app.stories.count(),
        matchedStories: app.db.prepare('SELECT COUNT(DISTINCT story_id) FROM story_entities').pluck().get() as number,
      };
      await send(report);
    }
  } finally {
    await app.close();
  }
}

main().then(
  () => process.disconnect?.(),
  (error: unknown) => {
    process.stderr.write(`poll-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
