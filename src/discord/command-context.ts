/**
 * Everything a slash command may read or change, built once from the app. Figures are merged with
 * the run-time /track rows on every call, so a change shows at once in commands and at the next poll.
 */
import type { Logger } from 'pino';
import type { AppConfig } from '../config/load-config';
import { mergeTrackedEntities } from '../config/merge-tracked-entities';
import type { EntityConfig, Settings } from '../config/schema';
import type { ClaimsFile } from '../config/claims-schema';
import { createMatcher } from '../match/match-story';
import type { ParsedFeed } from '../model';
import type { PollDeps } from '../pipeline/poll-feed';
import { testFeed, type FeedTestResult } from '../pipeline/test-feed';
import type { AlertsRepo } from '../store/alerts-repo';
import { ClaimStoriesRepo } from '../store/claim-stories-repo';
import { DeliveriesRepo } from '../store/deliveries-repo';
import { DigestRepo } from '../store/digest-repo';
import type { FeedsRepo } from '../store/feeds-repo';
import { FigureStatsRepo } from '../store/figure-stats-repo';
import type { Db } from '../store/open-database';
import { RecentRepo } from '../store/recent-repo';
import { SearchRepo } from '../store/search-repo';
import type { StoriesRepo } from '../store/stories-repo';
import { TrackedEntitiesRepo } from '../store/tracked-entities-repo';

export interface CommandContext {
  settings: Settings;
  claims: ClaimsFile;
  /** Figures as entities.yaml lists them, before /track. */
  configEntities: readonly EntityConfig[];
  /** Figures as the matcher sees them now: entities.yaml merged with /track. */
  figures(): EntityConfig[];
  feeds: FeedsRepo;
  stories: StoriesRepo;
  alerts: AlertsRepo;
  /** Where alerts went, and the channels Discord refused for good, for /status. */
  deliveries: DeliveriesRepo;
  tracked: TrackedEntitiesRepo;
  search: SearchRepo;
  figureStats: FigureStatsRepo;
  claimStories: ClaimStoriesRepo;
  recent: RecentRepo;
  digest: DigestRepo;
  testFeed(url: string): Promise<FeedTestResult>;
  now(): number;
  /** When the bot started, for /status. */
  startedAt: number;
  log: Logger;
}

/** The parts of App (src/app/create-app.ts) the commands use. */
export interface CommandAppParts {
  config: AppConfig;
  db: Db;
  feeds: FeedsRepo;
  stories: StoriesRepo;
  alerts: AlertsRepo;
  now: () => number;
  log: Logger;
  pollDeps(signal?: AbortSignal): Pick<PollDeps, 'fetchFeed' | 'guard'>;
  parse(xml: string, label: string): Promise<ParsedFeed>;
}

export function createCommandContext(app: CommandAppParts, options: { startedAt?: number } = {}): CommandContext {
  const { config } = app;
  const tracked = new TrackedEntitiesRepo(app.db);
  const figures = (): EntityConfig[] => mergeTrackedEntities(config.entities, tracked.list());
  return {
    settings: config.settings,
    claims: config.claims,
    configEntities: config.entities,
    figures,
    feeds: app.feeds,
    stories: app.stories,
    alerts: app.alerts,
    deliveries: new DeliveriesRepo(app.db),
    tracked,
    search: new SearchRepo(app.db),
    figureStats: new FigureStatsRepo(app.db),
    claimStories: new ClaimStoriesRepo(app.db),
    recent: new RecentRepo(app.db),
    digest: new DigestRepo(app.db),
    async testFeed(url) {
      const { fetchFeed, guard } = app.pollDeps();
      const matcher = createMatcher(figures(), config.claims, config.settings.match.contextWindow);
      return testFeed({ fetchFeed, parse: (xml, label) => app.parse(xml, label), matcher, settings: config.settings, now: app.now, ...(guard ? { guard } : {}) }, url);
    },
    now: app.now,
    startedAt: options.startedAt ?? app.now(),
    log: app.log,
  };
}
