import { describe, expect, it } from 'vitest';
import type { TrackedEntity } from '../../src/config/merge-tracked-entities';
import { planTrackAdd, planTrackRemove, type TrackAddRequest } from '../../src/config/plan-tracking';
import { miniEntities } from '../support/mini-config';

const BY = '123456789012345678';
const add = (request: Partial<TrackAddRequest> & { name: string }, tracked: TrackedEntity[] = []) =>
  planTrackAdd(miniEntities, tracked, { aliases: [], kind: undefined, by: BY, ...request });

const stored = (overrides: Partial<TrackedEntity> & Pick<TrackedEntity, 'id' | 'name'>): TrackedEntity => ({
  kind: 'person',
  aliases: [],
  removed: false,
  addedBy: BY,
  addedAt: 1,
  updatedAt: 1,
  ...overrides,
});

describe('planTrackAdd', () => {
  it('creates a new figure with an id from its name, a person by default', () => {
    expect(add({ name: 'Álex Saab', aliases: ['Alex Saab Morán', 'álex saab'] })).toEqual({
      ok: true,
      action: 'created',
      change: { id: 'alex-saab', name: 'Álex Saab', kind: 'person', aliases: ['Alex Saab Morán'], removed: false, addedBy: BY },
      added: ['Alex Saab Morán'],
      skipped: ['álex saab'],
    });
    expect(add({ name: 'Banco Central', kind: 'organization' })).toMatchObject({ ok: true, change: { id: 'banco-central', kind: 'organization' } });
  });

  it('adds aliases to an entities.yaml figure found by name, alias or id, accents optional', () => {
    for (const name of ['Nicolas Maduro', 'maduro moros', 'nicolas-maduro']) {
      expect(add({ name, aliases: ['Nico'] })).toMatchObject({
        ok: true,
        action: 'extended',
        change: { id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', aliases: ['Nico'] },
      });
    }
  });

  it('keeps the aliases added before', () => {
    const tracked = [stored({ id: 'nicolas-maduro', name: 'Nicolás Maduro', aliases: ['Nico'] })];
    expect(add({ name: 'Nicolás Maduro', aliases: ['Nico', 'El Conductor'] }, tracked)).toMatchObject({
      ok: true,
      change: { aliases: ['Nico', 'El Conductor'] },
      added: ['El Conductor'],
      skipped: ['Nico'],
    });
  });

  it('brings back a hidden entities.yaml figure', () => {
    const tracked = [stored({ id: 'eln', name: 'ELN', kind: 'organization', removed: true })];
    expect(add({ name: 'ELN' }, tracked)).toMatchObject({ ok: true, action: 'restored', change: { id: 'eln', removed: false, aliases: [] } });
  });

  it('refuses an alias that names another figure', () => {
    expect(add({ name: 'Alex Saab', aliases: ['Cilia Flores de Maduro'] })).toMatchObject({
      ok: false,
      problem: { kind: 'alias-taken', alias: 'Cilia Flores de Maduro', owner: { id: 'cilia-flores' } },
    });
    // An ambiguous alias of a figure is taken too: a plain copy would override its evidence rules.
    expect(add({ name: 'Alex Saab', aliases: ['Flores'] })).toMatchObject({ ok: false, problem: { kind: 'alias-taken' } });
  });

  it('refuses a name that means two figures', () => {
    expect(add({ name: 'Rodríguez', aliases: ['x y'] })).toMatchObject({ ok: false, problem: { kind: 'ambiguous', candidates: [{ id: 'delcy-rodriguez' }, { id: 'jorge-rodriguez' }] } });
  });

  it('refuses to change the kind of a tracked figure', () => {
    expect(add({ name: 'ELN', kind: 'person', aliases: ['Ejército'] })).toMatchObject({ ok: false, problem: { kind: 'kind-mismatch', requested: 'person' } });
  });

  it('says so when nothing would change', () => {
    expect(add({ name: 'Cilia Flores' })).toMatchObject({ ok: false, problem: { kind: 'nothing-new', aliasesGiven: false } });
    expect(add({ name: 'Cilia Flores', aliases: ['cilia flores de maduro'] })).toMatchObject({ ok: false, problem: { kind: 'nothing-new', aliasesGiven: true } });
  });

  it('refuses a name that cannot become an id', () => {
    expect(add({ name: 'Путин' })).toMatchObject({ ok: false, problem: { kind: 'bad-name' } });
  });
});

describe('planTrackRemove', () => {
  it('writes a tombstone for an entities.yaml figure', () => {
    expect(planTrackRemove(miniEntities, [], 'tren de aragua', BY)).toEqual({
      ok: true,
      fromConfig: true,
      change: { id: 'tren-de-aragua', name: 'Tren de Aragua', kind: 'organization', aliases: [], removed: true, addedBy: BY },
    });
  });

  it('removes a run-time figure', () => {
    const tracked = [stored({ id: 'alex-saab', name: 'Alex Saab', aliases: ['Saab Morán'] })];
    expect(planTrackRemove(miniEntities, tracked, 'Saab Moran', BY)).toMatchObject({ ok: true, fromConfig: false, change: { id: 'alex-saab', removed: true, aliases: [] } });
  });

  it('offers the closest names for an unknown one', () => {
    const plan = planTrackRemove(miniEntities, [], 'Nicolas Madur', BY);
    expect(plan.ok === false && plan.problem.kind === 'unknown' && plan.problem.closest.map((figure) => figure.id)).toEqual(['nicolas-maduro']);
  });

  it('cannot remove a figure already hidden', () => {
    const tracked = [stored({ id: 'eln', name: 'ELN', kind: 'organization', removed: true })];
    expect(planTrackRemove(miniEntities, tracked, 'ELN', BY)).toMatchObject({ ok: false, problem: { kind: 'unknown' } });
  });
});
