/** What a config schema says about a value, as check-config prints it, for the schema tests. */
import type { ZodType } from 'zod';
import { formatPath } from '../../src/config/errors';

/** Each problem: the path, then zod's message; nothing when valid. */
export function problemsOf(schema: ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message));
}

export const SLUG_MESSAGE = 'must be lowercase words joined by hyphens, like "nicolas-maduro"';
