import { describe, expect, it } from 'vitest';
import { mergeTrackedEntities, type TrackedEntity } from '../../src/config/merge-tracked-entities';
import { createMatcher, matchStory } from '../../src/match/match-story';
import { miniClaims, miniEntities } from '../support/mini-config';

const row = (overrides: Partial<TrackedEntity> & Pick<TrackedEntity, 'id' | 'name'>): TrackedEntity => ({
  kind: 'person',
  aliases: [],
  removed: false,
  addedBy: '123456789012345678',
  addedAt: 1,
  updatedAt: 1,
  ...overrides,
});

const ids = (entities: Array<{ id: string }>): string[] => entities.map((entity) => entity.id);

describe('mergeTrackedEntities', () => {
  it('gives entities.yaml unchanged when nothing was tracked', () => {
    expect(mergeTrackedEntities(miniEntities, [])).toEqual(miniEntities);
  });

  it('adds a new figure with its name and aliases, unambiguous, no context words', () => {
    const merged = mergeTrackedEntities(miniEntities, [row({ id: 'alex-saab', name: 'Alex Saab', aliases: ['Álex Saab', 'Saab Morán'] })]);
    expect(ids(merged)).toEqual([...ids(miniEntities), 'alex-saab']);
    expect(merged.at(-1)).toMatchObject({ id: 'alex-saab', name: 'Alex Saab', kind: 'person', aliases: ['Saab Morán'], context: [], negative: [] });
  });

  it('adds aliases to the entities.yaml figure with the same id, keeping its own rules', () => {
    const merged = mergeTrackedEntities(miniEntities, [row({ id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: ['Nico Maduro'] })]);
    const maduro = merged.find((entity) => entity.id === 'nicolas-maduro')!;
    expect(maduro.aliases).toEqual([...miniEntities[0]!.aliases, 'Nico Maduro']);
    expect(maduro.context).toEqual(miniEntities[0]!.context);
  });

  it('hides an entities.yaml figure with a tombstone', () => {
    const merged = mergeTrackedEntities(miniEntities, [row({ id: 'eln', name: 'ELN', kind: 'organization', removed: true })]);
    expect(ids(merged)).not.toContain('eln');
    expect(merged).toHaveLength(miniEntities.length - 1);
  });

  it('drops a removed run-time figure', () => {
    expect(ids(mergeTrackedEntities(miniEntities, [row({ id: 'alex-saab', name: 'Alex Saab', removed: true })]))).not.toContain('alex-saab');
  });

  it('never lets two figures share an alias: entities.yaml wins, then the earlier row', () => {
    const merged = mergeTrackedEntities(miniEntities, [
      row({ id: 'alex-saab', name: 'Alex Saab', aliases: ['Maduro Moros', 'El Socio'] }),
      row({ id: 'otro', name: 'Otro', aliases: ['el socio'] }),
      // Its name is now an alias of a yaml figure (entities.yaml changed after the /track).
      row({ id: 'flores', name: 'Flores' }),
    ]);
    expect(merged.find((entity) => entity.id === 'alex-saab')!.aliases).toEqual(['El Socio']);
    expect(merged.find((entity) => entity.id === 'otro')!.aliases).toEqual([]);
    expect(ids(merged)).not.toContain('flores');
  });

  it('skips a row edited by hand into something invalid instead of failing', () => {
    expect(ids(mergeTrackedEntities(miniEntities, [row({ id: 'Not A Slug', name: 'Bad' })]))).not.toContain('Not A Slug');
  });

  it('feeds the matcher: a tracked figure and a tracked alias match stories', () => {
    const merged = mergeTrackedEntities(miniEntities, [
      row({ id: 'alex-saab', name: 'Alex Saab', aliases: ['Saab Morán'] }),
      row({ id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: ['Nico Maduro'] }),
    ]);
    const result = matchStory(createMatcher(merged, miniClaims, 8), { title: 'Saab Moran y Nico Maduro', text: 'Alex Saab habló.' });
    expect(result.entities.map((entity) => [entity.id, entity.mentions])).toEqual([
      ['alex-saab', 2],
      ['nicolas-maduro', 1],
    ]);
  });
});
