/**
 * Why /track refused, in words: one sentence per kind of problem, figure names in bold and what the
 * person typed in quotes, both made safe for Discord, typed text cut to 100 characters.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TRACKED_ALIASES, planTrackAdd } from '../../src/config/plan-tracking';
import type { EntityConfig } from '../../src/config/schema';
import { describeTrackProblem } from '../../src/discord/describe-track-problem';
import { miniEntities } from '../support/mini-config';

const figure = (id: string): EntityConfig => miniEntities.find((entity) => entity.id === id)!;
const maduro = figure('nicolas-maduro');

describe('describeTrackProblem', () => {
  it('names every figure an ambiguous name could mean', () => {
    expect(describeTrackProblem({ kind: 'ambiguous', name: 'Rodríguez', candidates: [figure('delcy-rodriguez'), figure('jorge-rodriguez')] })).toBe(
      '“Rodríguez” names more than one figure: **Delcy Rodríguez**, **Jorge Rodríguez**. Use the full name.',
    );
  });

  it('offers the closest figures for an unknown name, when there are any', () => {
    expect(describeTrackProblem({ kind: 'unknown', name: 'Nicolas Madur', closest: [maduro] })).toBe('No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
    expect(describeTrackProblem({ kind: 'unknown', name: 'Hugo Carvajal', closest: [] })).toBe('No tracked figure is called “Hugo Carvajal”.');
  });

  it('names the owner of an alias that is taken', () => {
    expect(describeTrackProblem({ kind: 'alias-taken', alias: 'Maduro Moros', owner: maduro })).toBe(
      'The alias “Maduro Moros” already names **Nicolás Maduro**; two figures cannot share an alias.',
    );
  });

  it('says a figure keeps its kind', () => {
    expect(describeTrackProblem({ kind: 'kind-mismatch', figure: maduro, requested: 'place' })).toBe(
      '**Nicolás Maduro** is tracked as a person, not a place; /track cannot change that.',
    );
    const cartel = { ...maduro, name: 'Tren de Aragua', kind: 'organization' as const };
    expect(describeTrackProblem({ kind: 'kind-mismatch', figure: cartel, requested: 'person' })).toBe(
      '**Tren de Aragua** is tracked as an organization, not a person; /track cannot change that.',
    );
    expect(describeTrackProblem({ kind: 'kind-mismatch', figure: maduro, requested: 'organization' })).toContain('not an organization;');
  });

  it('says there was nothing new, pointing to aliases: when none were given', () => {
    expect(describeTrackProblem({ kind: 'nothing-new', figure: maduro, aliasesGiven: true })).toBe('**Nicolás Maduro** already answers to every alias given.');
    expect(describeTrackProblem({ kind: 'nothing-new', figure: maduro, aliasesGiven: false })).toBe('**Nicolás Maduro** is already tracked. Give `aliases:` to add some.');
  });

  it('explains a name that cannot become an id', () => {
    expect(describeTrackProblem({ kind: 'bad-name', name: '京都' })).toBe('“京都” cannot become a figure id: use a name with Latin letters or digits.');
  });

  it('sends too many aliases to entities.yaml, with the limit', () => {
    expect(describeTrackProblem({ kind: 'too-many-aliases', figure: 'Tren de Aragua' })).toBe(
      `**Tren de Aragua** would have more than ${MAX_TRACKED_ALIASES} aliases added with /track; edit entities.yaml instead.`,
    );
  });

  it('makes typed text and figure names safe: no markdown, no mentions', () => {
    expect(describeTrackProblem({ kind: 'unknown', name: '@everyone **Saab**', closest: [] })).toBe('No tracked figure is called “@\u200beveryone \\*\\*Saab\\*\\*”.');
    expect(describeTrackProblem({ kind: 'alias-taken', alias: '<@123456789012345678>', owner: { ...maduro, name: 'Los_Soles' } })).toBe(
      'The alias “<\u200b@123456789012345678\\>” already names **Los\\_Soles**; two figures cannot share an alias.',
    );
    expect(describeTrackProblem({ kind: 'too-many-aliases', figure: '`Tren`' })).toMatch(/^\*\*\\`Tren\\`\*\* would have/);
  });

  it('cuts typed text to 100 characters at a word', () => {
    const text = describeTrackProblem({ kind: 'bad-name', name: 'Saab '.repeat(40) });
    // 99 characters fit before the ellipsis: exactly 20 words and the 19 spaces between them.
    expect(text).toBe(`“${Array.from({ length: 20 }, () => 'Saab').join(' ')}…” cannot become a figure id: use a name with Latin letters or digits.`);
  });

  it('describes what planTrackAdd refuses', () => {
    const plan = planTrackAdd(miniEntities, [], { name: 'Rodríguez', aliases: [], kind: undefined, by: '123456789012345678' });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(describeTrackProblem(plan.problem)).toMatch(/^“Rodríguez” names more than one figure: \*\*Delcy Rodríguez\*\*, \*\*Jorge Rodríguez\*\*/);
  });
});
