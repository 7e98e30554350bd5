/**
 * Figure 4, alert latency: the real bot (startBot, its scheduler ticking every second, the real
 * discord.js client and the Discord sink) against the fake Discord on 127.0.0.1, one 50-item feed.
 * Each trial puts one new story naming a tracked figure at the top of the feed and makes the feed
 * due; the time runs from the start of the tick that finds it to the fake Discord having read the
 * alert's POST. Between trials the bot is idle, as it is between ticks.
 */
import type { Bot } from '../../src/app/start-bot';
import { loadConfig } from '../../src/config/load-config';
import type { EntityConfig } from '../../src/config/schema';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { SHIPPED_CONFIG } from '../support/config-dir';
import type { FakeDiscord, FakeMessage } from '../support/fake-discord';
import { rssDocument, type FixtureItem } from '../support/rss';
import { sleep } from './child-process';
import { median, type BenchSection, type Figure } from './stats';
import { makeArticle, makeFeedItems, makeFigures, seededRandom, type FeedItem, type Random } from './synthetic';

const TRIALS = 12;
const ITEMS = 50;
const ARTICLE_BYTES = 2500;
const TRIAL_TIMEOUT_MS = 15_000;

/** Wall-clock ms with sub-ms precision; the fake Discord stamps messages the same way. */
const wallNow = (): number => performance.timeOrigin + performance.now();

/** Shipped settings but a tick every second (so a trial waits at most a second for its tick). */
function settings(fake: FakeDiscord): string {
  return [
    'poll:',
    '  schedule: "* * * * * *"',
    'log:',
    '  level: warn',
    'discord:',
    `  alertChannel: "${fake.channels.alerts}"`,
    `  healthChannel: "${fake.channels.health}"`,
  ].join('\n');
}

const toFixture = (item: FeedItem): FixtureItem => ({ guid: item.guid, title: item.title, text: item.text, pubDate: new Date(item.publishedAt).toUTCString() });

/** Tracked figures whose canonical name counts on its own (not an ambiguous alias like "Jorge Rodríguez"). */
function namedOnTheirOwn(entities: readonly EntityConfig[]): EntityConfig[] {
  return entities.filter((entity) => !entity.aliases.some((alias) => typeof alias !== 'string' && alias.ambiguous && alias.text === entity.name));
}

/** A new story that names `figure` in full in its headline and lead, otherwise unlike any other. */
function breakingItem(random: Random, figure: EntityConfig, trial: number): FixtureItem {
  const article = makeArticle(random, [], { lang: trial % 2 === 0 ? 'en' : 'es', bytes: ARTICLE_BYTES, mentions: 0 });
  return { guid: `breaking-${trial}`, title: `${figure.name}: ${article.title}`, text: `${figure.name}. ${article.text}`, pubDate: new Date().toUTCString() };
}

interface Trial {
  /** Tick start → alert POST read by the fake. */
  totalMs: number;
  /** Tick start → the feed server got the request. */
  fetchStartMs: number;
}

/** Resolves with the first alert-channel message carrying `guid` once the fake has it. */
async function alertFor(fake: FakeDiscord, guid: string, from: number): Promise<FakeMessage> {
  const deadline = Date.now() + TRIAL_TIMEOUT_MS;
  for (;;) {
    const found = fake.messagesIn(fake.channels.alerts).slice(from).find((message) => JSON.stringify(message.body).includes(guid));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`bench latency: no alert for ${guid} within ${TRIAL_TIMEOUT_MS} ms`);
    await sleep(5);
  }
}

async function runTrial(harness: BotHarness, bot: Bot, item: FixtureItem, marks: { tickStarts: number[]; fetches: number[] }): Promise<Trial> {
  await bot.idle();
  harness.items = [item, ...harness.items.slice(0, ITEMS - 1)];
  const before = harness.fake.messagesIn(harness.fake.channels.alerts).length;
  marks.tickStarts.length = 0;
  marks.fetches.length = 0;
  // Due now: the next tick (within a second) polls it, as it would when its interval is up.
  harness.sql('UPDATE feeds SET next_check_at = 0');
  const message = await alertFor(harness.fake, item.guid, before);
  const tickStart = marks.tickStarts[0];
  const fetchStart = marks.fetches[0];
  if (tickStart === undefined || fetchStart === undefined) throw new Error('bench latency: the alert came without a tick that polled the feed');
  return { totalMs: message.receivedAt - tickStart, fetchStartMs: fetchStart - tickStart };
}

export const latencySection: BenchSection = {
  name: 'latency',
  title: 'Alert latency: the tick that finds a new story → its POST at a fake Discord on 127.0.0.1',
  async run(progress) {
    const random = seededRandom(4);
    const tracked = loadConfig(SHIPPED_CONFIG, {}).entities;
    const figures = namedOnTheirOwn(tracked);
    const harness = await startBotHarness(settings);
    const marks = { tickStarts: [] as number[], fetches: [] as number[] };
    const trials: Trial[] = [];
    try {
      harness.items = makeFeedItems(random, 'latency', [...tracked, ...makeFigures(tracked.length * 3)], { count: ITEMS, bytes: ARTICLE_BYTES, start: Date.now() - 60_000 }).map(toFixture);
      // The harness's feed route again, plus the time each request arrives.
      harness.server.route('/feed.xml', (_req, res) => {
        marks.fetches.push(wallNow());
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument(harness.items));
      });
      const bot = await harness.start();
      await bot.idle(); // the start tick: the feed's first poll, stored silently (backfill 0)
      // The tick's first step is asking which feeds are due: its start, seen without changing the bot.
      const due = bot.app.feeds.due.bind(bot.app.feeds);
      bot.app.feeds.due = (now) => {
        const at = wallNow();
        const rows = due(now);
        if (rows.length > 0) marks.tickStarts.push(at);
        return rows;
      };
      for (let trial = 0; trial < TRIALS; trial++) {
        const item = breakingItem(random, figures[trial % figures.length]!, trial);
        const result = await runTrial(harness, bot, item, marks);
        trials.push(result);
        progress(`trial ${trial + 1}: ${result.totalMs.toFixed(0)} ms (feed request at +${result.fetchStartMs.toFixed(1)} ms)`);
      }
    } finally {
      await harness.cleanup();
    }
    const totals = trials.map((trial) => trial.totalMs);
    return [
      {
        section: 'latency',
        name: `alert latency, median of ${TRIALS} new stories`,
        value: median(totals),
        unit: 'ms',
        target: { op: '<=', value: 500 },
        detail: `runs ${totals.map((ms) => ms.toFixed(0)).join(', ')} ms; one ${ITEMS}-item feed: fetch, parse, match, store, discord.js POST`,
      },
      { section: 'latency', name: 'alert latency, slowest trial', value: Math.max(...totals), unit: 'ms', detail: `feed request at +${median(trials.map((trial) => trial.fetchStartMs)).toFixed(1)} ms (median)` },
    ];
  },
};
