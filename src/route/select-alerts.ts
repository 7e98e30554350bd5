/**
 * Which new stories become alerts. A story alerts when it matched a figure or a claim, was not
 * already stored from another feed, does not repeat news another outlet already brought, and, on a feed's first poll, is among the latest `backfill`
 * matching items (0 by default: a new feed's back catalogue is recorded, not announced).
 */
import type { StoryFeatures } from '../cluster/story-features';
import type { AlertPayload, MatchResult, Story } from '../model';

export interface Candidate {
  story: Story;
  match: MatchResult;
  duplicateOf: string | null;
  /** The first story of the same news from another outlet: this one joins that alert instead. */
  clusterOf?: string | null;
  features?: StoryFeatures | null;
}

export interface AlertPolicy {
  firstPoll: boolean;
  backfill: number;
}

export function isMatched(candidate: Pick<Candidate, 'match'>): boolean {
  return candidate.match.entities.length > 0 || candidate.match.claims.length > 0;
}

export function isAlertWorthy(candidate: Candidate): boolean {
  return candidate.duplicateOf === null && !candidate.clusterOf && isMatched(candidate);
}

export function toPayload({ story, match }: Candidate): AlertPayload {
  return {
    storyId: story.id,
    feedName: story.feedName,
    feedUrl: story.feedUrl,
    url: story.url,
    title: story.title,
    publishedAt: story.publishedAt,
    lang: match.lang,
    entities: match.entities,
    claims: match.claims,
    summary: match.summary,
  };
}

/**
 * `candidates` come oldest first. Returns the ids that alert.
 * On a first poll the newest `backfill` worthy items alert; dates decide "newest" where known,
 * feed order otherwise.
 */
export function selectAlerts(candidates: readonly Candidate[], policy: AlertPolicy): Set<string> {
  const worthy = candidates.filter(isAlertWorthy);
  if (!policy.firstPoll) return new Set(worthy.map((candidate) => candidate.story.id));
  if (policy.backfill <= 0) return new Set();
  const newestFirst = worthy
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => (b.candidate.story.publishedAt ?? -Infinity) - (a.candidate.story.publishedAt ?? -Infinity) || b.order - a.order);
  return new Set(newestFirst.slice(0, policy.backfill).map(({ candidate }) => candidate.story.id));
}
