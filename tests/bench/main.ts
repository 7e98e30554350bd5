/**
 * `npm run bench [-- section ...]`: every figure the performance targets name, each measured side by
 * side with its reference in the same run, medians of several repetitions. Exits 1 when a target is
 * missed. Sections: matcher, pipeline, poll, latency, search, idle.
 *
 * Each section runs in a process of its own: what one leaves on the heap (the matcher section's
 * 10,000-figure tries) made rss-parser, the pipeline section's reference, twice as slow in the next.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, TSX_LOADER } from './child-process';
import { idleSection } from './idle-bench';
import { latencySection } from './latency-bench';
import { matcherSection } from './matcher-bench';
import { pipelineSection } from './pipeline-bench';
import { pollSection } from './poll-bench';
import { searchSection } from './search-bench';
import { formatFigure, passes, type BenchSection, type Figure } from './stats';

const SECTIONS: readonly BenchSection[] = [matcherSection, pipelineSection, pollSection, latencySection, searchSection, idleSection];

/** Given before a section's name, runs that one section in this process and sends its figures to the parent. */
const SECTION_PROCESS = '--section-process';
const THIS_SCRIPT = fileURLToPath(import.meta.url);

async function runHere(section: BenchSection): Promise<Figure[]> {
  process.stdout.write(`\n## ${section.title}\n`);
  const found = await section.run((line) => process.stdout.write(`  · ${line}\n`));
  for (const figure of found) process.stdout.write(`${formatFigure(figure)}\n`);
  return found;
}

/** One section in a fresh node process, its output shown as it comes; resolves with its figures. */
function runApart(section: BenchSection): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX_LOADER, THIS_SCRIPT, SECTION_PROCESS, section.name], { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figures: Figure[] | null = null;
    child.on('message', (message) => (figures = message as Figure[]));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (figures && code === 0) resolve(figures);
      else reject(new Error(`section ${section.name} ended (${signal ?? `exit ${code}`}) without its figures`));
    });
  });
}

async function runOneForParent(name: string | undefined): Promise<number> {
  const section = SECTIONS.find((candidate) => candidate.name === name);
  if (!section || !process.send) throw new Error(`${SECTION_PROCESS} needs a section name and a parent: ${name ?? '(none)'}`);
  const figures = await runHere(section);
  await new Promise<void>((resolve, reject) => process.send!(figures, (error: Error | null) => (error ? reject(error) : resolve())));
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === SECTION_PROCESS) return runOneForParent(argv[1]);
  const unknown = argv.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')}; choose from ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = argv.length > 0 ? SECTIONS.filter((section) => argv.includes(section.name)) : SECTIONS;
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  process.stdout.write(`vigia bench · node ${process.version} · ${availableParallelism()} cores (${cpu}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  const figures: Figure[] = [];
  for (const section of chosen) figures.push(...(await runApart(section)));
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
