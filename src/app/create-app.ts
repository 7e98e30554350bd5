/**
 * The composition root: the one place that opens the database, starts the parse workers, reads the
 * clock and builds the logger, and hands them to the stages. Nothing else reaches for globals.
 */
import type { DestinationStream, Logger } from 'pino';
import { loadConfig, type AppConfig } from '../config/load-config';
import { createAddressGuard } from '../fetch/address-guard';
import { fetchFeed } from '../fetch/fetch-feed';
import { createLogger } from '../log';
import { mergeTrackedEntities } from '../config/merge-tracked-entities';
import { createMatcher, type Matcher } from '../match/match-story';
import type { ParsedFeed } from '../model';
import type { MatchRules } from '../pipeline/analyze-feed';
import { TrackedEntitiesRepo } from '../store/tracked-entities-repo';
import { createParserPool, type ParserPool } from '../parse/worker-pool';
import type { PollDeps } from '../pipeline/poll-feed';
import { AlertsRepo } from '../store/alerts-repo';
import { ClustersRepo } from '../store/clusters-repo';
import { DeliveriesRepo } from '../store/deliveries-repo';
import { FeedsRepo } from '../store/feeds-repo';
import { NoticesRepo } from '../store/notices-repo';
import { openDatabase, type Db } from '../store/open-database';
import { StoriesRepo } from '../store/stories-repo';

export interface AppOptions {
  configDir: string;
  dbFile: string;
  env: NodeJS.ProcessEnv;
  logDestination?: DestinationStream;
  now?: () => number;
}

export interface App {
  config: AppConfig;
  log: Logger;
  db: Db;
  feeds: FeedsRepo;
  stories: StoriesRepo;
  alerts: AlertsRepo;
  /** Which channels each alert reached (Discord). */
  deliveries: DeliveriesRepo;
  /** Feed health notices waiting for delivery. */
  notices: NoticesRepo;
  now: () => number;
  /** Read per tick, so figures tracked at run time take effect at the next poll. */
  matchRules(): MatchRules;
  /** One feed body parsed in the worker pool, for /feeds test. */
  parse(xml: string, label: string): Promise<ParsedFeed>;
  pollDeps(signal?: AbortSignal): PollDeps;
  close(): Promise<void>;
}

export function createMatcherFor(config: AppConfig): Matcher {
  return createMatcher(config.entities, config.claims, config.settings.match.contextWindow);
}

export function createApp(options: AppOptions): App {
  const config = loadConfig(options.configDir, options.env);
  const log = createLogger(config.settings.log.level, options.logDestination, { secrets: [options.env.DISCORD_TOKEN] });
  const db = openDatabase(options.dbFile);
  const now = options.now ?? Date.now;
  let parser: ParserPool | null = null;
  const parserPool = (): ParserPool =>
    (parser ??= createParserPool({
      workers: config.settings.parse.workers,
      timeoutMs: config.settings.parse.timeout,
      maxMemoryMb: config.settings.parse.maxMemory,
    }));
  const feeds = new FeedsRepo(db);
  const stories = new StoriesRepo(db);
  const alerts = new AlertsRepo(db);
  const clusters = new ClustersRepo(db);
  // One guard (and its connection pool) for every fetch of a URL a Discord user supplied.
  const guard = createAddressGuard(config.settings.poll.allowPrivateHosts);
  const tracked = new TrackedEntitiesRepo(db);
  // entities.yaml merged with the /track rows on every call: a change applies at the next poll.
  const matchRules = (): MatchRules => ({
    entities: mergeTrackedEntities(config.entities, tracked.list()),
    claims: config.claims,
    contextWindow: config.settings.match.contextWindow,
  });
  feeds.syncFromConfig(config.feeds, now());
  return {
    config,
    log,
    db,
    feeds,
    stories,
    alerts,
    deliveries: new DeliveriesRepo(db),
    notices: new NoticesRepo(db),
    now,
    matchRules,
    parse: (xml, label) => parserPool().parse(xml, label),
    pollDeps: (signal) => {
      // One rules object for the whole tick: the pool compares it by identity before comparing text.
      const rules = matchRules();
      return {
        feeds,
        stories,
        clusters,
        guard,
        fetchFeed,
        analyze: (xml, label, request) => parserPool().analyze(xml, label, request, rules),
        settings: config.settings,
        now,
        log,
        ...(signal ? { signal } : {}),
      };
    },
    async close() {
      await parser?.close();
      if (db.open) db.close();
    },
  };
}
