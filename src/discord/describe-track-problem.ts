/** Why /track refused, in words for the person who ran it. */
import type { TrackProblem } from '../config/plan-tracking';
import { MAX_TRACKED_ALIASES } from '../config/plan-tracking';
import { inlineText, safeInline } from './safe-message';

const quoted = (text: string): string => `“${inlineText(text, 100)}”`;
const bold = (text: string): string => `**${safeInline(text)}**`;
/** "a person", "an organization": the kinds are fixed words, so the first letter decides. */
const withArticle = (kind: string): string => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

export function describeTrackProblem(problem: TrackProblem): string {
  switch (problem.kind) {
    case 'ambiguous':
      return `${quoted(problem.name)} names more than one figure: ${problem.candidates.map((figure) => bold(figure.name)).join(', ')}. Use the full name.`;
    case 'unknown': {
      const closest = problem.closest.length > 0 ? ` Closest: ${problem.closest.map((figure) => bold(figure.name)).join(', ')}.` : '';
      return `No tracked figure is called ${quoted(problem.name)}.${closest}`;
    }
    case 'alias-taken':
      return `The alias ${quoted(problem.alias)} already names ${bold(problem.owner.name)}; two figures cannot share an alias.`;
    case 'kind-mismatch':
      return `${bold(problem.figure.name)} is tracked as ${withArticle(problem.figure.kind)}, not ${withArticle(problem.requested)}; /track cannot change that.`;
    case 'nothing-new':
      return problem.aliasesGiven
        ? `${bold(problem.figure.name)} already answers to every alias given.`
        : `${bold(problem.figure.name)} is already tracked. Give \`aliases:\` to add some.`;
    case 'bad-name':
      return `${quoted(problem.name)} cannot become a figure id: use a name with Latin letters or digits.`;
    case 'too-many-aliases':
      return `${bold(problem.figure)} would have more than ${MAX_TRACKED_ALIASES} aliases added with /track; edit entities.yaml instead.`;
  }
}
