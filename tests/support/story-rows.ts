/** Stories with chosen times, figures and claims, stored through StoriesRepo, for the query tests. */
import type { ClaimHit, EntityHit, Stance } from '../../src/model';
import { StoriesRepo } from '../../src/store/stories-repo';
import { makeMatch, makeStory, type TempDb } from './store-fixtures';

export const NOW = 1_800_000_000_000;
export const HOUR = 3_600_000;

export interface StoryInput {
  id: string;
  /** Hours before NOW the story was published (and fetched, unless fetchedAgo says otherwise). */
  ago: number;
  fetchedAgo?: number;
  /** null: the feed gave no date. */
  publishedAt?: number | null;
  title?: string;
  text?: string;
  entities?: Array<[id: string, name: string]>;
  claims?: Array<[id: string, stance: Stance, evidence?: string, source?: string]>;
  duplicateOf?: string;
  feedId?: number;
}

function claimHit([id, stance, evidence = `Evidence for ${id}.`, source]: NonNullable<StoryInput['claims']>[number]): ClaimHit {
  const item = { sentence: evidence, source: source ?? null };
  return { id, stance, evidence, asserting: stance === 'asserts' ? [item] : [], disputing: stance === 'disputes' ? [item] : [] };
}

export function storeStories(t: TempDb, inputs: readonly StoryInput[]): void {
  const repo = new StoriesRepo(t.db);
  for (const input of inputs) {
    const fetchedAt = NOW - (input.fetchedAgo ?? input.ago) * HOUR;
    const story = makeStory(input.id, {
      publishedAt: input.publishedAt === undefined ? NOW - input.ago * HOUR : input.publishedAt,
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.text === undefined ? {} : { text: input.text }),
    });
    const entities: EntityHit[] = (input.entities ?? []).map(([id, name]) => ({ id, name, mentions: 1 }));
    const match = makeMatch({ entities, claims: (input.claims ?? []).map(claimHit) });
    repo.saveAll(input.feedId ?? t.feedId, fetchedAt, [{ story, match, duplicateOf: input.duplicateOf ?? null, alert: null }]);
  }
  // As the end of a poll tick does.
  repo.indexForSearch();
}

export const MADURO: [string, string] = ['nicolas-maduro', 'Nicolás Maduro'];
export const CABELLO: [string, string] = ['diosdado-cabello', 'Diosdado Cabello'];
