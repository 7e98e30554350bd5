/**
 * Where a feed is polled: its own URL, or the address a permanent redirect (301, 308) moved it to,
 * once the same redirect was seen on MOVE_CONFIRMATIONS successful polls in a row. Pure. The feed's
 * url stays its identity (feeds.yaml and /feeds key on it) and its ground truth: a failed poll of
 * the new address goes back to it (FeedsRepo.recordFailure).
 */
import type { FeedRow } from '../store/feeds-repo';

/**
 * Successful polls in a row that must see the same permanent redirect before the feed is polled at
 * its target. One 301 proves little: a hijacked or misconfigured server, or a captive portal, can
 * send one, and following it for good would hand the feed to whoever sent it. Three polls span at
 * least two intervals; anything short of a lasting move breaks the run and starts it again.
 */
export const MOVE_CONFIRMATIONS = 3;

export type FeedAddress = Pick<FeedRow, 'url' | 'pollUrl' | 'movedTo' | 'movedSeen'>;

/** The next poll's request URL. */
export function pollUrlOf(feed: Pick<FeedRow, 'url' | 'pollUrl'>): string {
  return feed.pollUrl ?? feed.url;
}

export interface AddressAfterSuccess {
  pollUrl: string | null;
  movedTo: string | null;
  movedSeen: number;
  /** The target confirmed by this poll, which from now on is polled instead; null when none was. */
  confirmed: string | null;
}

/**
 * The address after a successful poll (a 304 included) that ended at `permanentUrl` through
 * permanent redirects only; null when it was not redirected or any hop was temporary, which ends
 * the run of sightings.
 */
export function addressAfterSuccess(before: FeedAddress, permanentUrl: string | null): AddressAfterSuccess {
  if (permanentUrl === null) return { pollUrl: before.pollUrl, movedTo: null, movedSeen: 0, confirmed: null };
  const seen = permanentUrl === before.movedTo ? before.movedSeen + 1 : 1;
  if (seen < MOVE_CONFIRMATIONS) return { pollUrl: before.pollUrl, movedTo: permanentUrl, movedSeen: seen, confirmed: null };
  // A poll URL that leads back to the feed's own url is no move: poll the url itself again.
  return { pollUrl: permanentUrl === before.url ? null : permanentUrl, movedTo: null, movedSeen: 0, confirmed: permanentUrl };
}
