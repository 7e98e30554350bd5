/**
 * Figure 6, memory at rest: the real bot (`vigia run` from the built bundle, as `npm start` runs
 * it) logged in to the fake Discord, with 500 feeds and 100,000 stored stories. The feeds were all
 * polled before (their ETags are stored) and are due again, as after a restart: the start tick sends
 * 500 conditional requests, every one answers 304, and then the bot has nothing to do until the
 * feeds' interval is up. Its resident memory is sampled once it is idle.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/config/load-config';
import { FeedsRepo } from '../../src/store/feeds-repo';
import { openDatabase } from '../../src/store/open-database';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { seedArchive } from './archive';
import { builtStartCommand, hasExited, procMemoryMb, sleep, spawnNode, stopChild, TSX_LOADER, type NodeChild, type StartCommand } from './child-process';
import { newsFigures, shippedSettings, startFeedFarm, syntheticFeeds, type FeedFarm } from './feed-farm';
import { median, type BenchSection, type Figure } from './stats';
import { seededRandom } from './synthetic';

const FEEDS = 500;
const HOSTS = 100;
const STORIES = 100_000;
const SAMPLES = 10;
const SAMPLE_EVERY_MS = 500;
const START_TIMEOUT_MS = 60_000;

/** The archive, and every feed as polled an interval ago (validators stored) and due now. */
function seedDatabase(config: TempConfig, farm: FeedFarm, now: number): number {
  const { feeds: feedConfigs, entities, claims } = loadConfig(config.dir, {});
  const db = openDatabase(config.dbFile);
  try {
    const feeds = new FeedsRepo(db);
    feeds.syncFromConfig(feedConfigs, now);
    const rows = feeds.all();
    const stored = seedArchive(db, { count: STORIES, feeds: rows, figures: entities, claimIds: claims.claims.map((claim) => claim.id), now, random: seededRandom(6) });
    rows.forEach((row, index) => {
      const validators = farm.validators(farm.urls.indexOf(row.url));
      feeds.recordSuccess(row, { now: now - 600_000, nextCheckAt: now - index, ...validators, firstPoll: true });
    });
    return stored;
  } finally {
    db.close();
  }
}

/** CPU seconds the process has used (utime + stime from /proc/<pid>/stat). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // fields 14 and 15 of stat, in clock ticks (USER_HZ 100)
}

/** Waits until `done()` holds and the process then used under 2% of a core over a whole second. */
async function untilIdle(handle: NodeChild, done: () => boolean, timeoutMs: number): Promise<number> {
  const pid = handle.child.pid!;
  const started = Date.now();
  for (;;) {
    if (hasExited(handle.child)) throw new Error(`bench idle: the bot exited; stderr: ${handle.stderr().trim() || '(empty)'}`);
    if (Date.now() - started > timeoutMs) throw new Error(`bench idle: the bot was not idle within ${timeoutMs} ms; stderr: ${handle.stderr().trim() || '(empty)'}`);
    if (done()) {
      const before = cpuSeconds(pid);
      await sleep(1000);
      if (cpuSeconds(pid) - before < 0.02) return Date.now() - started;
    } else {
      await sleep(100);
    }
  }
}

async function sampleRss(pid: number, count = SAMPLES): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(procMemoryMb(pid, 'VmRSS'));
    await sleep(SAMPLE_EVERY_MS);
  }
  return samples;
}

/** Resident memory of an idle `node -e` timer, with and without tsx's loader: what the loader itself costs. */
async function baselineMb(loader: boolean): Promise<number> {
  const handle = spawnNode([...(loader ? TSX_LOADER : []), '-e', 'setInterval(() => {}, 1000)']);
  try {
    await sleep(1500);
    return median(await sampleRss(handle.child.pid!, 4));
  } finally {
    await stopChild(handle.child);
  }
}

function startBot(start: StartCommand, config: TempConfig, fake: FakeDiscord): NodeChild {
  const env = {
    ...process.env,
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    VIGIA_DISCORD_ALERT_CHANNEL: fake.channels.alerts,
    VIGIA_DISCORD_HEALTH_CHANNEL: fake.channels.health,
    VIGIA_LOG_LEVEL: 'warn',
  };
  return spawnNode([...start.flags, start.script, 'run', '--config', config.dir, '--db', config.dbFile], { env });
}

export const idleSection: BenchSection = {
  name: 'idle',
  title: `Memory at rest: the bot idle with ${FEEDS} feeds and ${STORIES.toLocaleString('en')} stories stored`,
  async run(progress) {
    const now = Date.now();
    const feeds = syntheticFeeds(seededRandom(5), newsFigures(), { count: FEEDS, itemsPerFeed: 10, bytes: 1000, start: now - 60_000 });
    const farm = await startFeedFarm({ feeds, hosts: HOSTS, modifiedAt: now - 3_600_000 });
    const fake = await startFakeDiscord();
    const config = tempConfig(farm.urls, shippedSettings());
    let bot: NodeChild | null = null;
    try {
      const seedStart = performance.now();
      const stored = seedDatabase(config, farm, now);
      progress(`${stored.toLocaleString('en')} stories seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; ${FEEDS} feeds on ${HOSTS} ports of 127.0.0.1`);
      bot = startBot(await builtStartCommand(), config, fake);
      const pid = bot.child.pid!;
      const answered = (): boolean => farm.counts().notModified + farm.counts().full >= FEEDS && fake.identifies.length > 0;
      const idleAfterMs = await untilIdle(bot, answered, START_TIMEOUT_MS);
      const served = farm.counts();
      progress(`start tick done and idle after ${(idleAfterMs / 1000).toFixed(1)} s: ${served.notModified} answered 304, ${served.full} full bodies`);
      const samples = await sampleRss(pid);
      const peak = procMemoryMb(pid, 'VmHWM');
      await stopChild(bot.child);
      const [bare, withLoader] = [await baselineMb(false), await baselineMb(true)];
      progress(`idle node: ${bare.toFixed(0)} MB; with tsx's loader: ${withLoader.toFixed(0)} MB`);
      const figures: Figure[] = [
        {
          section: 'idle',
          name: 'RSS of the idle bot (median of samples)',
          value: median(samples),
          unit: 'MB',
          target: { op: '<=', value: 150 },
          detail: `${SAMPLES} samples over ${(SAMPLES * SAMPLE_EVERY_MS) / 1000} s: ${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)} MB; built bundle, no loader (idle node ${bare.toFixed(0)} MB; tsx's loader, which the bundle avoids, adds ${(withLoader - bare).toFixed(0)} MB)`,
        },
        {
          section: 'idle',
          name: 'peak RSS of the bot since start (VmHWM)',
          value: peak,
          unit: 'MB',
          detail: `start tick: ${served.notModified} × 304, ${served.full} full bodies; logged in to the fake Discord`,
        },
        { section: 'idle', name: 'feeds answered 304 in the start tick', value: served.notModified, unit: 'feeds', target: { op: '>=', value: FEEDS } },
      ];
      return figures;
    } finally {
      if (bot) await stopChild(bot.child);
      config.cleanup();
      await fake.close();
      await farm.close();
    }
  },
};
