/** The shipped entities.yaml and claims.yaml as one matcher, and what it finds in a story, for tests. */
import { createMatcherFor } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/load-config';
import { matchStory } from '../../src/match/match-story';
import { SHIPPED_CONFIG } from './config-dir';

export const shippedMatcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));

/** The ids of the figures the shipped rules find, sorted. */
export const figures = (title: string, text: string): string[] => matchStory(shippedMatcher, { title, text }).entities.map((entity) => entity.id).sort();

/** The claims the shipped rules find, as `id:stance`, in the matcher's order. */
export const claims = (title: string, text: string): string[] => matchStory(shippedMatcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);
