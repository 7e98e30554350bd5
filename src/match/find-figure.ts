/**
 * Finds a tracked figure from what someone typed: its id (what autocomplete sends), its name or any
 * alias, accents, case and punctuation ignored. When nothing matches, the closest names are offered;
 * when an alias is shared ("Rodríguez"), every figure it names is.
 */
import { nameKey, namesOf } from '../config/name-key';
import type { EntityConfig } from '../config/schema';
import { editDistance } from './edit-distance';

export type FigureLookup =
  | { kind: 'found'; figure: EntityConfig }
  | { kind: 'ambiguous'; candidates: EntityConfig[] }
  | { kind: 'unknown'; closest: EntityConfig[] };

export function findFigure(figures: readonly EntityConfig[], query: string): FigureLookup {
  const byId = figures.find((figure) => figure.id === query.trim());
  if (byId) return { kind: 'found', figure: byId };
  const key = nameKey(query);
  const byName = figures.find((figure) => nameKey(figure.name) === key);
  if (byName) return { kind: 'found', figure: byName };
  const byAlias = figures.filter((figure) => namesOf(figure).some((name) => nameKey(name) === key));
  if (byAlias.length === 1) return { kind: 'found', figure: byAlias[0]! };
  if (byAlias.length > 1) return { kind: 'ambiguous', candidates: byAlias };
  return { kind: 'unknown', closest: closestFigures(figures, key, 3) };
}

/** The figures whose name or alias is nearest to `key` in edit distance, a name containing it first. */
export function closestFigures(figures: readonly EntityConfig[], key: string, limit: number): EntityConfig[] {
  const scored = figures.map((figure) => {
    const distances = namesOf(figure).map((name) => {
      const candidate = nameKey(name);
      return key && candidate.includes(key) ? 0 : editDistance(key, candidate) / Math.max(1, candidate.length, key.length);
    });
    return { figure, score: Math.min(...distances) };
  });
  return scored
    // Past 40% of the letters changed, a suggestion is noise rather than help.
    .filter((item) => item.score <= 0.4)
    .sort((a, b) => a.score - b.score || a.figure.name.localeCompare(b.figure.name))
    .slice(0, limit)
    .map((item) => item.figure);
}

export interface FigureSuggestion {
  figure: EntityConfig;
  /** The alias that matched, when it was not the canonical name. */
  via: string | null;
}

/** Autocomplete: figures with a name or alias word starting with what was typed, names first. */
export function suggestFigures(figures: readonly EntityConfig[], typed: string, limit = 25): FigureSuggestion[] {
  const key = nameKey(typed);
  const ranked: Array<FigureSuggestion & { rank: number }> = [];
  for (const figure of figures) {
    if (!key) {
      ranked.push({ figure, via: null, rank: 0 });
      continue;
    }
    const names = namesOf(figure);
    const rankOf = (name: string): number => {
      const candidate = nameKey(name);
      if (candidate.startsWith(key)) return 0;
      if (candidate.split(' ').some((word) => word.startsWith(key)) || candidate.includes(` ${key}`)) return 1;
      return candidate.includes(key) ? 2 : Number.POSITIVE_INFINITY;
    };
    const best = names.map((name, index) => ({ name, rank: rankOf(name) + (index === 0 ? 0 : 0.5) })).sort((a, b) => a.rank - b.rank)[0]!;
    if (best.rank !== Number.POSITIVE_INFINITY) ranked.push({ figure, via: best.name === figure.name ? null : best.name, rank: best.rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.figure.name.localeCompare(b.figure.name))
    .slice(0, limit)
    .map(({ figure, via }) => ({ figure, via }));
}
