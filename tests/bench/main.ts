/**
 * `npm run bench [-- section ...]`: every figure the performance targets name, each measured side by
 * side with its reference in the same run, medians of several repetitions. Exits 1 when a target is
 * missed. Sections: matcher, pipeline, poll, latency, search, idle.
 */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { idleSection } from './idle-bench';
import { latencySection } from './latency-bench';
import { matcherSection } from './matcher-bench';
import { pipelineSection } from './pipeline-bench';
import { pollSection } from './poll-bench';
import { searchSection } from './search-bench';
import { formatFigure, passes, type BenchSection, type Figure } from './stats';

const SECTIONS: readonly BenchSection[] = [matcherSection, pipelineSection, pollSection, latencySection, searchSection, idleSection];

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')}; choose from ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = argv.length > 0 ? SECTIONS.filter((section) => argv.includes(section.name)) : SECTIONS;
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  process.stdout.write(`vigia bench · node ${process.version} · ${availableParallelism()} cores (${cpu}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  const figures: Figure[] = [];
  for (const section of chosen) {
    process.stdout.write(`\n## ${section.title}\n`);
    const found = await section.run((line) => process.stdout.write(`  · ${line}\n`));
    for (const figure of found) process.stdout.write(`${formatFigure(figure)}\n`);
    figures.push(...found);
  }
  const missed = figures.filter((figure) => passes(figure) === false);
  const judged = figures.filter((figure) => passes(figure) !== null);
  process.stdout.write(`\n${judged.length - missed.length}/${judged.length} targets met${missed.length ? `; missed: ${missed.map((f) => `${f.section}: ${f.name}`).join('; ')}` : ''}\n`);
  return missed.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
