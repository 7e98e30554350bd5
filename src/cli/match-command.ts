/**
 * match --jsonl: one story a line in, one result a line out. A bad line gets an error on stderr that
 * names its line number; the other lines are still matched.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createMatcherFor } from '../app/create-app';
import { loadConfig } from '../config/load-config';
import { describeIssues } from '../config/zod-issues';
import { formatPath } from '../config/errors';
import { matchStory } from '../match/match-story';
import { htmlToText } from '../normalize/html-text';
import { UsageError, type CliArgs } from './args';
import type { CliIo } from './io';

const inputLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().default(''),
  text: z.string().default(''),
  language: z.string().optional(),
  /** The story's year, for ages given with names; this year when left out. */
  year: z.number().int().min(1800).max(2200).optional(),
});

export async function matchCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (!args.jsonl) throw new UsageError('match reads and writes JSON lines: add --jsonl');
  const config = loadConfig(args.configDir, io.env);
  const matcher = createMatcherFor(config);
  let bad = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      bad++;
      io.stderr.write(`match: line ${lineNumber}: not JSON (${(error as Error).message})\n`);
      continue;
    }
    const parsed = inputLine.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      bad++;
      const report = describeIssues(parsed.error.issues)[0]!;
      io.stderr.write(`match: line ${lineNumber}: ${formatPath(report.path) || 'line'}: ${report.message}\n`);
      continue;
    }
    const { id, title, text, language, year } = parsed.data;
    const result = matchStory(matcher, { title: htmlToText(title), text: htmlToText(text), declaredLanguage: language ?? null, year: year ?? new Date().getUTCFullYear() });
    const out = {
      id,
      lang: result.lang,
      entities: result.entities,
      claims: result.claims.map(({ id: claimId, stance, evidence, asserting, disputing }) => ({ id: claimId, stance, evidence, asserting, disputing })),
      summary: result.summary,
    };
    io.stdout.write(JSON.stringify(out) + '\n');
  }
  return bad > 0 ? 1 : 0;
}
