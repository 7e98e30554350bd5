/** A config problem names the file (or environment variable), the path inside it, and what is wrong. */

export interface ConfigProblem {
  /** "feeds.yaml" or "environment VIGIA_POLL_SCHEDULE". */
  where: string;
  /** "feeds[3].url"; empty when the problem is the whole file. */
  path: string;
  message: string;
}

export function describeProblem(problem: ConfigProblem): string {
  return problem.path ? `${problem.where}: ${problem.path}: ${problem.message}` : `${problem.where}: ${problem.message}`;
}

export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    super(`config: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map(describeProblem).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** zod paths as people write them: feeds[3].url */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
