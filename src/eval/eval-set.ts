/** The labelled evaluation set: one invented story a line, with the figures and claims it really carries. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeIssues } from '../config/zod-issues';
import { formatPath } from '../config/errors';

const labelledStory = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['en', 'es']),
    title: z.string(),
    text: z.string(),
    entities: z.array(z.string()),
    claims: z.array(z.object({ id: z.string(), stance: z.enum(['asserts', 'disputes', 'mentions']), both: z.boolean().optional() })),
    note: z.string().optional(),
  })
  .strict();

export type LabelledStory = z.infer<typeof labelledStory>;

export class EvalSetError extends Error {
  constructor(message: string) {
    super(`eval: ${message}`);
    this.name = 'EvalSetError';
  }
}

export function parseEvalSet(text: string, source: string): LabelledStory[] {
  const stories: LabelledStory[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new EvalSetError(`${source}: line ${index + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = labelledStory.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      const report = describeIssues(parsed.error.issues)[0]!;
      throw new EvalSetError(`${source}: line ${index + 1}: ${formatPath(report.path) || 'story'}: ${report.message}`);
    }
    stories.push(parsed.data);
  });
  // Scores over nothing would meet every target.
  if (stories.length === 0) throw new EvalSetError(`${source}: no labelled stories in it`);
  return stories;
}

export function readEvalSet(path: string): LabelledStory[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalSetError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseEvalSet(text, path);
}
