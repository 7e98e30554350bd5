/**
 * One feed through the whole pipeline: fetch (conditionally) → parse → normalize → match → route →
 * store. Every failure ends here as a recorded feed error in words, with back-off, never as a throw
 * that could stop the other feeds of the tick. Recording the poll's outcome also queues the feed
 * health notice it causes, in the same transaction (FeedsRepo.recordSuccess / recordFailure); a feed
 * removed or disabled while it waited its turn is not fetched, and one removed while it was polled
 * gets nothing from the poll.
 */
import type { Logger } from 'pino';
import type { Settings } from '../config/schema';
import { CancelledError } from '../fetch/errors';
import type { AddressGuard } from '../fetch/address-guard';
import type { FetchOptions, FetchRequest, FetchResult } from '../fetch/fetch-feed';
import type { HealthNotice } from '../route/feed-health-transition';
import { selectAlerts, toPayload } from '../route/select-alerts';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from '../schedule/next-check';
import { pollUrlOf } from '../schedule/poll-address';
import type { FeedRow, FeedsRepo, SuccessRecord } from '../store/feeds-repo';
import type { StoriesRepo } from '../store/stories-repo';
import { unusableStore } from '../store/store-failure';
import type { AnalyzedFeed, AnalyzeRequest } from './analyze-feed';
import { closeSilentClusters, lazyClusterWindow, placeCandidates, type ClusterLookup, type ClusterWindow } from './prepare-stories';

/** How many of a feed's latest stored ids go with its body to the worker, which skips them unmatched. */
const KNOWN_IDS_SENT = 1_000;

export interface PollDeps {
  feeds: FeedsRepo;
  stories: StoriesRepo;
  clusters: ClusterLookup;
  fetchFeed: (request: FetchRequest, options: FetchOptions) => Promise<FetchResult>;
  /** Parse, normalize, match and cluster features, off the main thread (ParserPool.analyze with the tick's rules). */
  analyze: (xml: string, label: string, request: AnalyzeRequest) => Promise<AnalyzedFeed>;
  settings: Settings;
  now: () => number;
  log: Logger;
  signal?: AbortSignal;
  /** Applied to feeds added by Discord users: public addresses only. feeds.yaml is trusted. */
  guard?: AddressGuard;
}

export type PollOutcome =
  | { feedUrl: string; status: 'not-modified' }
  | { feedUrl: string; status: 'ok'; items: number; newStories: number; alerts: number; alertedStoryIds: string[]; firstPoll: boolean }
  | { feedUrl: string; status: 'error'; error: string; disabled: boolean }
  | { feedUrl: string; status: 'cancelled' }
  /** Removed or disabled (or removed and added back) before or while polled: nothing of this poll was recorded. */
  | { feedUrl: string; status: 'discarded' };

function retryAfterOf(error: unknown): number | null {
  const value = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof value === 'number' ? value : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function logHealthChange(log: Logger, notice: HealthNotice | null): void {
  if (notice) log.info({ feed: notice.feedUrl, notice: notice.kind }, 'feed health changed');
}

/** A move the poll's write confirmed: later polls request the new address (schedule/poll-address.ts). */
function logMove(log: Logger, written: SuccessRecord): void {
  if (written.recorded && written.moved) log.info({ pollUrl: written.moved }, 'feed moved permanently');
}

function discarded(feedLog: Logger, feed: FeedRow, when = 'while polled; nothing recorded'): PollOutcome {
  feedLog.info(`feed removed or disabled ${when}`);
  return { feedUrl: feed.url, status: 'discarded' };
}

/** `window`: the tick's cluster window (pollFeeds shares one); a feed polled alone reads its own. */
export async function pollFeed(deps: PollDeps, feed: FeedRow, window: ClusterWindow = lazyClusterWindow(deps.clusters)): Promise<PollOutcome> {
  const { settings } = deps;
  const log = deps.log.child({ feed: feed.url });
  const intervalS = feed.intervalS ?? settings.poll.interval;
  const firstPoll = feed.firstPolledAt === null;
  if (!deps.feeds.stillPolled(feed)) return discarded(log, feed, 'before its turn in the tick; not fetched');
  try {
    const fetched = await deps.fetchFeed(
      // The guard below still applies: fetchFeed checks it on every URL it requests, poll_url included.
      { url: pollUrlOf(feed), etag: feed.etag, lastModified: feed.lastModified },
      {
        timeoutMs: settings.poll.timeout * 1000,
        maxBytes: settings.poll.maxBytes,
        maxRedirects: settings.poll.maxRedirects,
        userAgent: settings.poll.userAgent,
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.guard && feed.origin === 'user' ? { guard: deps.guard } : {}),
      },
    );
    const timing = { intervalS, maxIntervalS: settings.poll.maxInterval, cacheMaxAgeS: fetched.cacheMaxAgeSeconds };
    if (fetched.kind === 'not-modified') {
      const now = deps.now();
      // A 304 to a request without validators (a confused cache) says nothing about this feed: it
      // neither counts as the first poll, which would make the first real body alert its whole back
      // catalogue, nor sets validators, which could earn 304s forever.
      const conditional = Boolean(feed.etag || feed.lastModified);
      // Validators the 304 carries replace the stored ones (RFC 9111 §4.3.4); undefined keeps one it left out.
      const renewed = conditional ? { etag: fetched.etag ?? undefined, lastModified: fetched.lastModified ?? undefined } : {};
      const nextCheckAt = nextCheckAfterSuccess({ ...timing, now, ttlMinutes: null });
      const written = deps.feeds.recordSuccess(feed, { now, nextCheckAt, ...renewed, firstPoll: conditional, permanentUrl: fetched.permanentUrl });
      if (!written.recorded) return discarded(log, feed);
      log.debug('not modified');
      logMove(log, written);
      logHealthChange(deps.log, written.notice);
      return { feedUrl: feed.url, status: 'not-modified' };
    }
    const analyzed = await deps.analyze(fetched.text, feed.url, {
      feed: { url: feed.url, name: feed.name, language: feed.language },
      now: deps.now(),
      known: deps.stories.latestIdsOfFeed(feed.id, KNOWN_IDS_SENT),
    });
    const now = deps.now();
    const candidates = placeCandidates(analyzed.stories, deps.stories, window, now);
    const alerting = selectAlerts(candidates, { firstPoll, backfill: settings.poll.backfill });
    closeSilentClusters(candidates, alerting, window, now);
    // Stories are stored with the health write, and only if it lands. A feed removed mid-poll keeps
    // none: /feeds remove only disables the row (stories keep its feed_id and stay searchable), but
    // storing them would queue alerts from a feed the user just stopped. Added back, the feed finds
    // them again at its next poll.
    const written = deps.feeds.recordSuccess(
      feed,
      {
        now,
        nextCheckAt: nextCheckAfterSuccess({ ...timing, now, ttlMinutes: analyzed.ttlMinutes }),
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        firstPoll: true,
        permanentUrl: fetched.permanentUrl,
      },
      () =>
        deps.stories.saveAll(
          feed.id,
          now,
          candidates.map((candidate) => ({ ...candidate, alert: alerting.has(candidate.story.id) ? toPayload(candidate) : null })),
        ),
    );
    if (!written.recorded) {
      // Its stories are in the tick's cluster window but not stored: no later feed may join them.
      closeSilentClusters(candidates, new Set(), window, now);
      return discarded(log, feed);
    }
    log.info({ items: analyzed.items, new: candidates.length, alerts: alerting.size, firstPoll }, 'polled');
    logMove(log, written);
    logHealthChange(deps.log, written.notice);
    const alertedStoryIds = [...alerting];
    return { feedUrl: feed.url, status: 'ok', items: analyzed.items, newStories: candidates.length, alerts: alertedStoryIds.length, alertedStoryIds, firstPoll };
  } catch (error) {
    if (error instanceof CancelledError) return { feedUrl: feed.url, status: 'cancelled' };
    // Not this feed's fault, and recording it would fail the same way: the tick stops here.
    const storeFailure = unusableStore(error);
    if (storeFailure) throw storeFailure;
    const now = deps.now();
    const errors = feed.consecutiveErrors + 1;
    const message = describe(error);
    const disabled = errors >= settings.poll.maxErrors;
    const written = deps.feeds.recordFailure(feed, {
      now,
      // A moved address that fails says nothing yet of the feed's own url: that is asked at the next
      // tick, not after a back-off earned elsewhere.
      nextCheckAt:
        feed.pollUrl !== null
          ? now
          : nextCheckAfterFailure({ now, intervalS, errors, retryAfterMs: retryAfterOf(error), backoffCapS: settings.poll.backoffCap }),
      error: message,
      disabledReason: disabled ? `disabled after ${errors} consecutive failures; last: ${message}` : null,
    });
    if (!written.recorded) return discarded(log, feed);
    log.warn({ errors, disabled, error: message }, 'poll failed');
    if (feed.pollUrl !== null) log.info({ pollUrl: feed.pollUrl }, 'moved address failed; back to the feed’s own URL');
    logHealthChange(deps.log, written.notice);
    return { feedUrl: feed.url, status: 'error', error: message, disabled };
  }
}
