/**
 * A tick's polls, plus a health notice for every feed whose state changed: each feed's row before
 * the poll is compared with its row after, so a feed failing tick after tick is noticed once.
 */
import { healthNotice } from '../route/feed-health-transition';
import type { FeedRow } from '../store/feeds-repo';
import type { NoticesRepo } from '../store/notices-repo';
import type { PollDeps, PollOutcome } from './poll-feed';
import { pollFeeds } from './poll-tick';

export async function pollFeedsWithHealth(deps: PollDeps, notices: NoticesRepo, feeds: readonly FeedRow[]): Promise<PollOutcome[]> {
  const outcomes = await pollFeeds(deps, feeds);
  for (const before of feeds) {
    const after = deps.feeds.byUrl(before.url);
    const notice = after && healthNotice(before, after, after.lastCheckedAt ?? deps.now());
    if (!notice) continue;
    notices.add(notice);
    deps.log.info({ feed: notice.feedUrl, notice: notice.kind }, 'feed health changed');
  }
  return outcomes;
}
