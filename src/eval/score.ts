/**
 * Scores matcher output against labels: entity precision and recall (per figure and overall), claim
 * recall, stance accuracy on the claims found, false claim alarms (a claim on a story labelled with
 * none), and every miss, so a regression can be read story by story.
 */
import type { MatchResult } from '../model';
import type { LabelledStory } from './eval-set';

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Miss {
  story: string;
  kind: 'entity-extra' | 'entity-missed' | 'claim-extra' | 'claim-missed' | 'stance';
  detail: string;
}

export interface EvalReport {
  stories: number;
  entities: Counts;
  perEntity: Map<string, Counts>;
  claimsFound: number;
  claimsLabelled: number;
  stanceCorrect: number;
  extraClaims: number;
  falseClaimAlarms: number;
  misses: Miss[];
}

const emptyCounts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export const precision = (counts: Counts): number =>
  counts.truePositives + counts.falsePositives === 0 ? 1 : counts.truePositives / (counts.truePositives + counts.falsePositives);
export const recall = (counts: Counts): number =>
  counts.truePositives + counts.falseNegatives === 0 ? 1 : counts.truePositives / (counts.truePositives + counts.falseNegatives);
export const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreEval(labelled: readonly LabelledStory[], results: ReadonlyMap<string, MatchResult>): EvalReport {
  const report: EvalReport = {
    stories: labelled.length,
    entities: emptyCounts(),
    perEntity: new Map(),
    claimsFound: 0,
    claimsLabelled: 0,
    stanceCorrect: 0,
    extraClaims: 0,
    falseClaimAlarms: 0,
    misses: [],
  };
  const tally = (id: string, key: keyof Counts): void => {
    const counts = report.perEntity.get(id) ?? emptyCounts();
    counts[key]++;
    report.perEntity.set(id, counts);
    report.entities[key]++;
  };
  for (const story of labelled) {
    const result = results.get(story.id);
    if (!result) throw new Error(`eval: no result for story ${story.id}`);
    const found = new Set(result.entities.map((entity) => entity.id));
    const expected = new Set(story.entities);
    for (const id of found) {
      tally(id, expected.has(id) ? 'truePositives' : 'falsePositives');
      if (!expected.has(id)) report.misses.push({ story: story.id, kind: 'entity-extra', detail: id });
    }
    for (const id of expected) {
      if (found.has(id)) continue;
      tally(id, 'falseNegatives');
      report.misses.push({ story: story.id, kind: 'entity-missed', detail: id });
    }
    const claims = new Map(result.claims.map((claim) => [claim.id, claim]));
    if (story.claims.length === 0 && claims.size > 0) report.falseClaimAlarms++;
    for (const label of story.claims) {
      report.claimsLabelled++;
      const claim = claims.get(label.id);
      if (!claim) {
        report.misses.push({ story: story.id, kind: 'claim-missed', detail: `${label.id} (${label.stance})` });
        continue;
      }
      report.claimsFound++;
      if (claim.stance === label.stance) report.stanceCorrect++;
      else report.misses.push({ story: story.id, kind: 'stance', detail: `${label.id}: ${claim.stance}, labelled ${label.stance}` });
    }
    const labelledIds = new Set(story.claims.map((claim) => claim.id));
    for (const claim of result.claims) {
      if (labelledIds.has(claim.id)) continue;
      report.extraClaims++;
      report.misses.push({ story: story.id, kind: 'claim-extra', detail: `${claim.id} (${claim.stance})` });
    }
  }
  return report;
}
