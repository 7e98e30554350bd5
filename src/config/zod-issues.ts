/**
 * zod's issues in the words a config problem needs. Two of zod's own messages say too little for
 * someone editing YAML: a union's "Invalid input" hides which part of an alias mapping was wrong, and
 * a missing key reads "expected string, received undefined" where "required" is meant.
 */
import type { ZodError } from 'zod';

type Issue = ZodError['issues'][number];

export interface IssueReport {
  path: PropertyKey[];
  message: string;
}

const KINDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  return KINDS[typeof value] ?? typeof value;
}

/** Only with `reportInput`: without it, an issue carries no input at all. */
function missing(issue: Issue): boolean {
  return 'input' in issue && issue.input === undefined;
}

/** A branch the value was never meant for: its only complaint is the value itself, not a part of it. */
function notMeant(branch: readonly Issue[]): boolean {
  return branch.every((issue) => (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.path.length === 0);
}

/** What a branch takes, in words: "text", "a mapping", or its allowed values quoted. */
function takes(issue: Issue): string[] {
  if (issue.code === 'invalid_type') return [KINDS[issue.expected] ?? issue.expected];
  if (issue.code === 'invalid_value') return issue.values.map((value) => JSON.stringify(value));
  return [];
}

function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>, at: PropertyKey[]): IssueReport[] {
  if (missing(issue)) return [{ path: at, message: 'required' }];
  const meant = issue.errors.filter((branch) => !notMeant(branch));
  if (meant.length > 0) {
    // The branch with the fewest complaints is the nearest to what was written.
    const nearest = meant.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return describeIssues(nearest, at);
  }
  const names = [...new Set(issue.errors.flat().flatMap(takes))];
  const received = 'input' in issue ? `, not ${kindOf(issue.input)}` : '';
  return [{ path: at, message: names.length > 0 ? `must be ${names.join(' or ')}${received}` : issue.message }];
}

/**
 * One report per problem, each with its full path. Parse with `reportInput: true` so a missing value
 * can be told from a value of the wrong type.
 */
export function describeIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): IssueReport[] {
  return issues.flatMap((issue): IssueReport[] => {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') return describeUnion(issue, at);
    if (issue.code === 'invalid_type' && missing(issue)) return [{ path: at, message: 'required' }];
    return [{ path: at, message: issue.message }];
  });
}
