/**
 * `npm run eval -- [FILE] [--config DIR]`: runs the matcher over the labelled set and prints
 * precision and recall per figure and overall, claim recall, stance accuracy, false claim alarms,
 * the targets, and every miss. Exit 0 when every target is met, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { createMatcherFor } from '../app/create-app';
import { loadConfig } from '../config/load-config';
import { ConfigError } from '../config/errors';
import { EvalSetError, readEvalSet } from '../eval/eval-set';
import { precision, ratio, recall, scoreEval, type EvalReport } from '../eval/score';
import { matchStory } from '../match/match-story';
import type { MatchResult } from '../model';
import { htmlToText } from '../normalize/html-text';

const pct = (value: number): string => value.toFixed(3);

/** Name, value as printed, target, met. Ratios print with three decimals even when exactly 1 or 0. */
function targets(report: EvalReport): Array<[string, string, string, boolean]> {
  const entityPrecision = precision(report.entities);
  const entityRecall = recall(report.entities);
  const claimRecall = ratio(report.claimsFound, report.claimsLabelled);
  const stance = ratio(report.stanceCorrect, report.claimsFound);
  return [
    ['entity precision', pct(entityPrecision), '≥ 0.98', entityPrecision >= 0.98],
    ['entity recall', pct(entityRecall), '≥ 0.97', entityRecall >= 0.97],
    ['claim recall', pct(claimRecall), '≥ 0.90', claimRecall >= 0.9],
    ['stance accuracy', pct(stance), '≥ 0.85', stance >= 0.85],
    ['false claim alarms', String(report.falseClaimAlarms), '= 0', report.falseClaimAlarms === 0],
  ];
}

function print(report: EvalReport): boolean {
  const out: string[] = [`stories: ${report.stories}`, '', 'per figure            precision  recall   tp  fp  fn'];
  for (const [id, counts] of [...report.perEntity].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${id.padEnd(24)} ${pct(precision(counts)).padStart(6)}  ${pct(recall(counts)).padStart(6)}  ${String(counts.truePositives).padStart(3)} ${String(counts.falsePositives).padStart(3)} ${String(counts.falseNegatives).padStart(3)}`);
  }
  out.push('', `claims labelled ${report.claimsLabelled}, found ${report.claimsFound}, extra ${report.extraClaims}`, '', 'targets');
  let allMet = true;
  for (const [name, value, target, met] of targets(report)) {
    allMet &&= met;
    out.push(`  ${name.padEnd(20)} ${value.padStart(6)}  ${target}  ${met ? 'met' : 'MISSED'}`);
  }
  out.push('', `misses (${report.misses.length})`);
  for (const miss of report.misses) out.push(`  ${miss.story.padEnd(8)} ${miss.kind.padEnd(14)} ${miss.detail}`);
  process.stdout.write(out.join('\n') + '\n');
  return allMet;
}

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { config: { type: 'string', default: 'config' } } });
  if (positionals.length > 1) throw new EvalSetError(`one labelled file at a time, not ${positionals.length}: ${positionals.join(' ')}`);
  const stories = readEvalSet(positionals[0] ?? 'tests/fixtures/eval/stories.jsonl');
  const matcher = createMatcherFor(loadConfig(values.config, process.env));
  // The labelled stories are undated news: read as this year's.
  const year = new Date().getUTCFullYear();
  const results = new Map<string, MatchResult>(
    stories.map((story) => [story.id, matchStory(matcher, { title: htmlToText(story.title), text: htmlToText(story.text), year })]),
  );
  return print(scoreEval(stories, results)) ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  // Bad config or a bad label line: say which, no stack trace.
  if (!(error instanceof ConfigError || error instanceof EvalSetError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
