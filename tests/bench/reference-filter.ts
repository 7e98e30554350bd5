/**
 * The reference the matcher is measured against: what keyword-filter bots do. Every alias becomes
 * one RegExp (whole words, over folded text); a story is folded once and every pattern is tested on
 * it. The story names a figure when any of that figure's patterns matches.
 */
import type { EntityConfig } from '../../src/config/schema';
import { foldText } from '../../src/match/fold';
import { aliasesOf } from './synthetic';

export interface ReferenceFilter {
  figures: Array<{ id: string; patterns: RegExp[] }>;
  patternCount: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole word: no letter or digit just before or just after the folded alias. */
function wholeWordPattern(alias: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(alias))}(?![\\p{L}\\p{N}])`, 'u');
}

export function compileReference(figures: readonly EntityConfig[]): ReferenceFilter {
  const compiled = figures.map((figure) => ({ id: figure.id, patterns: aliasesOf(figure).map(wholeWordPattern) }));
  return { figures: compiled, patternCount: compiled.reduce((sum, figure) => sum + figure.patterns.length, 0) };
}

/** Ids of the figures the story names, in figure order. Title and text are joined as the matcher joins them. */
export function referenceMatch(filter: ReferenceFilter, title: string, text: string): string[] {
  const folded = foldText(`${title.trim()}\n\n${text}`);
  const ids: string[] = [];
  for (const figure of filter.figures) {
    // No `g` flag, so test() keeps no state between stories.
    if (figure.patterns.some((pattern) => pattern.test(folded))) ids.push(figure.id);
  }
  return ids;
}
