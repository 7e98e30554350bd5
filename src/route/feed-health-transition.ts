/**
 * Feed health notices, decided by comparing a feed's row before and after a poll. Pure. Only a
 * change of state is news: the first failure, the poll that disabled the feed, the first success
 * after failures. Failing again, or succeeding again, says nothing new.
 */
import type { FeedRow } from '../store/feeds-repo';

export type HealthKind = 'failing' | 'disabled' | 'recovered';

export interface HealthNotice {
  kind: HealthKind;
  feedUrl: string;
  feedName: string;
  /** The error (failing), the reason (disabled), or null (recovered). */
  detail: string | null;
  /** Consecutive failures: after the poll for failing/disabled, before it for recovered. */
  failures: number;
  /** Epoch milliseconds of the poll that changed the state. */
  at: number;
}

export type FeedHealth = Pick<FeedRow, 'url' | 'name' | 'enabled' | 'consecutiveErrors' | 'lastError' | 'disabledReason'>;

export function feedHealthTransition(before: FeedHealth, after: FeedHealth): HealthKind | null {
  // Disabled outranks failing: a feed that fails and is disabled in one poll gets one notice.
  if (before.enabled && !after.enabled && after.consecutiveErrors > before.consecutiveErrors) return 'disabled';
  if (before.consecutiveErrors === 0 && after.consecutiveErrors > 0) return 'failing';
  if (before.consecutiveErrors > 0 && after.consecutiveErrors === 0) return 'recovered';
  return null;
}

export function healthNotice(before: FeedHealth, after: FeedHealth, at: number): HealthNotice | null {
  const kind = feedHealthTransition(before, after);
  if (!kind) return null;
  const detail = kind === 'failing' ? after.lastError : kind === 'disabled' ? after.disabledReason ?? after.lastError : null;
  const failures = kind === 'recovered' ? before.consecutiveErrors : after.consecutiveErrors;
  return { kind, feedUrl: after.url, feedName: after.name, detail, failures, at };
}
