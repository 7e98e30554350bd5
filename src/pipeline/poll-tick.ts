/** One tick: every given feed polled with bounded concurrency, at most `perHost` per host at once. */
import { pollUrlOf } from '../schedule/poll-address';
import { runLimited } from '../schedule/run-limited';
import { hostOf, type FeedRow } from '../store/feeds-repo';
import { unusableStore } from '../store/store-failure';
import { pollFeed, type PollDeps, type PollOutcome } from './poll-feed';
import { lazyClusterWindow } from './prepare-stories';

/**
 * Once per tick, after every feed stored: the new stories go into the search index, then the log into
 * the database file. A database that cannot be written stops the tick as a feed's store failure does;
 * anything else is logged, and what was not indexed waits for the next tick.
 */
function finishTick(deps: PollDeps): void {
  for (const [step, run] of [
    ['search index', () => deps.stories.indexForSearch()],
    ['checkpoint', () => deps.stories.checkpoint()],
  ] as const) {
    try {
      run();
    } catch (error) {
      const storeFailure = unusableStore(error);
      if (storeFailure) throw storeFailure;
      deps.log.warn({ error: (error as Error).message }, `${step} after the tick failed; the next tick tries again`);
    }
  }
}

export async function pollFeeds(deps: PollDeps, feeds: readonly FeedRow[]): Promise<PollOutcome[]> {
  const window = lazyClusterWindow(deps.clusters);
  // The host actually requested: a feed moved to another host counts against that one.
  const tasks = feeds.map((feed) => ({ host: hostOf(pollUrlOf(feed)), run: () => pollFeed(deps, feed, window) }));
  const settled = await runLimited(tasks, deps.settings.poll.concurrency, deps.settings.poll.perHost);
  const storeFailure = settled.map((result) => (result.status === 'rejected' ? unusableStore(result.reason) : null)).find(Boolean);
  if (storeFailure) throw storeFailure;
  finishTick(deps);
  // pollFeed records its own failures; a rejection here is a bug (say, the database went away).
  return settled.map((result, index) =>
    result.status === 'fulfilled'
      ? result.value
      : { feedUrl: feeds[index]!.url, status: 'error', error: String((result.reason as Error)?.message ?? result.reason), disabled: false },
  );
}
