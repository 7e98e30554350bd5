/**
 * npm run check:corpus -- [DIR] [--http] [--config DIR]
 *
 * Feeds every file under DIR (default ../shared/corpora/feeds) through the same decode, parse and
 * analysis path a poll uses (with --http, through the real fetch stage first, served from 127.0.0.1):
 * the parse worker reads the feed, then normalizes and matches its items with the rules in config/.
 * Proves each file ends in a known outcome: items, no items, a clear error or a timeout. A failure
 * of normalizing or matching is ours, never the feed's, so it counts as unexpected. Exit 0 when
 * every file ends well; exit 1 on anything else, or when the whole run takes too long.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config';
import { settingsSchema } from '../config/schema';
import { decodeBody } from '../fetch/decode';
import { FetchError } from '../fetch/errors';
import { fetchFeed } from '../fetch/fetch-feed';
import { serveDirectory } from './corpus-server';
import { AnalyzeError, ParseError, ParseTimeoutError } from '../parse/errors';
import { createParserPool } from '../parse/worker-pool';
import type { AnalyzeRequest, MatchRules } from '../pipeline/analyze-feed';

/** Nothing in a corpus run may take longer than this, whatever the files do. */
const SAFETY_CAP_MS = 10 * 60_000;
const TOP = 10;

type Outcome = 'with items' | 'no items' | 'clear error' | 'timeout';

interface Tally {
  outcomes: Record<Outcome, number>;
  errorKinds: Map<string, number>;
  /** Stories the analysis kept, and how many of them named a tracked figure. */
  stories: number;
  matched: number;
  timings: { file: string; ms: number }[];
  unexpected: string[];
}

function isSkipped(name: string): boolean {
  return name === '.LICENSE' || name.startsWith('LICENSE') || name.startsWith('README');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !isSkipped(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Errors of one kind differ only in numbers (lines, columns) and the file, which is left out. */
function errorKind(error: ParseError | FetchError): string {
  const reason = error instanceof ParseError ? error.reason : error.message.replace(/https?:\/\/\S+/g, 'URL');
  return `${error.name}: ${reason.replace(/\d+/g, '#')}`;
}

type Loader = (file: string, name: string) => Promise<string>;

const readAndDecode: Loader = async (file) => decodeBody(await readFile(file), null).text;

function fetchOver(server: { urlOf(name: string): string }): Loader {
  const poll = settingsSchema.parse({}).poll;
  return async (_file, name) => {
    const fetched = await fetchFeed(
      { url: server.urlOf(name) },
      { timeoutMs: poll.timeout * 1000, maxBytes: poll.maxBytes, maxRedirects: poll.maxRedirects, userAgent: poll.userAgent },
    );
    return fetched.kind === 'ok' ? fetched.text : '';
  };
}

/** A first poll of the file as a feed of its own: nothing known yet. */
function requestFor(name: string): AnalyzeRequest {
  return { feed: { url: `file:///${name}`, name, language: null }, now: Date.now(), known: [] };
}

async function checkAll(dir: string, files: string[], tally: Tally, load: Loader, rules: MatchRules): Promise<void> {
  const settings = settingsSchema.parse({}).parse;
  const pool = createParserPool({ workers: settings.workers, timeoutMs: settings.timeout, maxMemoryMb: settings.maxMemory });
  // Start every worker and build its matcher first, so no file's time includes loading either.
  const warmUp = '<rss version="2.0"><channel><title>warm-up</title></channel></rss>';
  await Promise.all(Array.from({ length: settings.workers }, () => pool.analyze(warmUp, 'warm-up', requestFor('warm-up'), rules)));
  let next = 0;
  // As many files in flight as workers, so each time measured is the file's own work, not the queue.
  async function runner(): Promise<void> {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] ?? '';
      const name = relative(dir, file);
      const started = performance.now();
      try {
        const analyzed = await pool.analyze(await load(file, name), name, requestFor(name), rules);
        tally.outcomes[analyzed.items > 0 ? 'with items' : 'no items']++;
        tally.stories += analyzed.stories.length;
        tally.matched += analyzed.stories.filter(({ match }) => match.entities.length > 0).length;
      } catch (error) {
        if (error instanceof AnalyzeError) tally.unexpected.push(`${name}: ${error.message}`);
        else if (error instanceof ParseTimeoutError) tally.outcomes.timeout++;
        else if (error instanceof ParseError || error instanceof FetchError) {
          tally.outcomes['clear error']++;
          const kind = errorKind(error);
          tally.errorKinds.set(kind, (tally.errorKinds.get(kind) ?? 0) + 1);
        } else tally.unexpected.push(`${name}: ${error instanceof Error ? error.stack : String(error)}`);
      }
      tally.timings.push({ file: name, ms: performance.now() - started });
    }
  }
  try {
    await Promise.all(Array.from({ length: settings.workers }, runner));
  } finally {
    await pool.close();
  }
}

function report(tally: Tally, files: number, elapsedMs: number): void {
  const line = (text: string) => process.stdout.write(`${text}\n`);
  line(`checked ${files} files in ${(elapsedMs / 1000).toFixed(1)} s`);
  for (const [outcome, count] of Object.entries(tally.outcomes)) line(`  ${outcome}: ${count}`);
  line(`  unexpected: ${tally.unexpected.length}`);
  line(`stories analyzed: ${tally.stories}, naming a tracked figure: ${tally.matched}`);
  const kinds = [...tally.errorKinds].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  if (kinds.length > 0) line(`most common errors:`);
  for (const [kind, count] of kinds) line(`  ${String(count).padStart(5)}  ${kind}`);
  const slowest = [...tally.timings].sort((a, b) => b.ms - a.ms).slice(0, TOP);
  if (slowest.length > 0) line(`slowest files:`);
  for (const { file, ms } of slowest) line(`  ${ms.toFixed(0).padStart(6)} ms  ${file}`);
  for (const problem of tally.unexpected) line(`UNEXPECTED ${problem}`);
}

function failHard(what: string, error: unknown): never {
  process.stdout.write(`check:corpus: ${what}: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { http: { type: 'boolean', default: false }, config: { type: 'string', default: 'config' } },
    allowPositionals: true,
  });
  const http = values.http;
  const configDir = values.config;
  const dir = resolve(process.cwd(), positionals[0] ?? '../shared/corpora/feeds');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stdout.write(`check:corpus: ${dir} does not exist, skipped\n`);
    return 0;
  }
  process.on('unhandledRejection', (reason) => failHard('unhandled rejection', reason));
  process.on('uncaughtException', (error) => failHard('uncaught exception', error));
  setTimeout(() => failHard('gave up', `the run passed its safety cap of ${SAFETY_CAP_MS / 1000} s`), SAFETY_CAP_MS).unref();

  const started = performance.now();
  const files = await listFiles(dir);
  const tally: Tally = {
    outcomes: { 'with items': 0, 'no items': 0, 'clear error': 0, timeout: 0 },
    errorKinds: new Map(),
    stories: 0,
    matched: 0,
    timings: [],
    unexpected: [],
  };
  const config = loadConfig(configDir, process.env);
  const rules: MatchRules = { entities: config.entities, claims: config.claims, contextWindow: config.settings.match.contextWindow };
  const server = http ? await serveDirectory(dir) : null;
  try {
    await checkAll(dir, files, tally, server ? fetchOver(server) : readAndDecode, rules);
  } finally {
    await server?.close();
  }
  process.stdout.write(http ? 'through fetch (HTTP on 127.0.0.1), decode, parse and analysis\n' : 'through decode, parse and analysis\n');
  report(tally, files.length, performance.now() - started);
  return tally.unexpected.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => failHard('failed', error),
);
