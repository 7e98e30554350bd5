import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/match/edit-distance';
import { closestFigures, findFigure, suggestFigures } from '../../src/match/find-figure';
import { miniEntities } from '../support/mini-config';

const ids = (figures: Array<{ id: string }>): string[] => figures.map((figure) => figure.id);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('maduro', 'maduro')).toBe(0);
    expect(editDistance('madur', 'maduro')).toBe(1);
    expect(editDistance('cabelo', 'cabello')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('findFigure', () => {
  it('finds by id, name or any alias, ignoring accents, case and punctuation', () => {
    for (const query of ['nicolas-maduro', 'Nicolás Maduro', 'NICOLAS MADURO', 'maduro moros', 'Maduro', '  nicolas   maduro ']) {
      expect(findFigure(miniEntities, query)).toMatchObject({ kind: 'found', figure: { id: 'nicolas-maduro' } });
    }
  });

  it('prefers the canonical name over a shared alias', () => {
    expect(findFigure(miniEntities, 'Delcy Rodriguez')).toMatchObject({ kind: 'found', figure: { id: 'delcy-rodriguez' } });
  });

  it('lists every figure a shared alias names', () => {
    const found = findFigure(miniEntities, 'rodriguez');
    expect(found.kind === 'ambiguous' && ids(found.candidates)).toEqual(['delcy-rodriguez', 'jorge-rodriguez']);
  });

  it('offers the closest names when nothing matches', () => {
    const found = findFigure(miniEntities, 'Tren de Aragwa');
    expect(found.kind === 'unknown' && ids(found.closest)).toEqual(['tren-de-aragua']);
    const nothing = findFigure(miniEntities, 'zzzzzzzz');
    expect(nothing).toEqual({ kind: 'unknown', closest: [] });
  });
});

describe('closestFigures', () => {
  it('ranks a name that contains what was typed first', () => {
    expect(ids(closestFigures(miniEntities, 'cilia', 2))).toEqual(['cilia-flores']);
  });
});

describe('suggestFigures', () => {
  it('offers every figure, by name, for empty input', () => {
    expect(suggestFigures(miniEntities, '')).toHaveLength(miniEntities.length);
  });

  it('matches the start of any word of a name or alias, accents optional', () => {
    expect(suggestFigures(miniEntities, 'nicol').map((s) => s.figure.id)).toEqual(['nicolas-maduro']);
    expect(suggestFigures(miniEntities, 'rodrí').map((s) => s.figure.id)).toEqual(['delcy-rodriguez', 'jorge-rodriguez']);
    expect(suggestFigures(miniEntities, 'suns')).toEqual([{ figure: expect.objectContaining({ id: 'cartel-de-los-soles' }), via: 'Cartel of the Suns' }]);
  });

  it('puts names starting with the text before names merely containing it', () => {
    expect(suggestFigures(miniEntities, 'flores').map((s) => s.figure.id)).toEqual(['cilia-flores']);
    expect(suggestFigures(miniEntities, 'maduro').map((s) => s.figure.id)).toEqual(['nicolas-maduro', 'cilia-flores']);
  });

  it('stops at the limit and finds nothing for nonsense', () => {
    expect(suggestFigures(miniEntities, '', 3)).toHaveLength(3);
    expect(suggestFigures(miniEntities, 'qqq')).toEqual([]);
  });
});
