/**
 * Matcher throughput: the figure-matching path (fold, tokenize, split sentences, walk the alias trie)
 * over ~5 KB stories with 10 to 10,000 tracked figures, side by side with the reference keyword
 * filters use: one RegExp per alias over the same folded text. Both sides are compiled and warmed up
 * before timing, alternate repetition by repetition, and are checked story by story against each
 * other and against the figures each story was written to name. Nothing is kept between stories.
 */
import { loadConfig, type AppConfig } from '../../src/config/load-config';
import type { EntityConfig } from '../../src/config/schema';
import { compileEntities, type CompiledEntities } from '../../src/match/compile-entities';
import { buildDocument } from '../../src/match/document';
import { entityHits, matchEntitySpans } from '../../src/match/match-entities';
import { createMatcher, matchStory } from '../../src/match/match-story';
import type { EntityHit } from '../../src/model';
import { SHIPPED_CONFIG } from '../support/config-dir';
import { compileReference, referenceMatch, type ReferenceFilter } from './reference-filter';
import { median, type BenchSection, type Figure } from './stats';
import { makeArticle, makeFigures, seededRandom, type Article } from './synthetic';

const SECTION = 'matcher';
const SIZES = [10, 100, 1_000, 10_000] as const;
const STORIES = 200;
const STORY_BYTES = 5_000;
const MENTIONS = 3;
const REPS = 9;
/** Time the reference may take per repetition; it runs on fewer stories where it is slow. */
const REFERENCE_REP_MS = 1_000;
const MIN_REFERENCE_STORIES = 3;
const MB = 2 ** 20;

interface Story extends Article {
  bytes: number;
}

interface SizeResult {
  figures: number;
  oursMbs: number;
  oursStoriesPerS: number;
  referenceMbs: number;
  referenceStoriesPerS: number;
  referenceStoriesPerRep: number;
  compileMs: number;
  referenceCompileMs: number;
  referenceFirstUseMs: number;
  patterns: number;
  comparedWithReference: number;
}

const now = (): number => performance.now();
const mbPerS = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);
const sortedIds = (hits: readonly EntityHit[]): string[] => hits.map((hit) => hit.id).sort();
const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, index) => id === b[index]);

function makeCorpus(figures: readonly EntityConfig[]): Story[] {
  const random = seededRandom(20_251_121 + figures.length);
  return Array.from({ length: STORIES }, (_, index) => {
    const article = makeArticle(random, figures, { lang: index % 2 === 0 ? 'en' : 'es', bytes: STORY_BYTES, mentions: MENTIONS });
    return { ...article, bytes: Buffer.byteLength(article.title) + Buffer.byteLength(article.text) };
  });
}

/** The path under test, whole: fold and tokenize the story, find figure spans, count hits. */
function matchFigures(compiled: CompiledEntities, story: Story): EntityHit[] {
  return entityHits(compiled, matchEntitySpans(compiled, buildDocument(story.title, story.text, compiled.starts.lexicon)));
}

function fail(figures: number, index: number, story: Story, found: Record<string, readonly string[]>): never {
  const lines = Object.entries(found).map(([who, ids]) => `${who}: [${ids.join(', ')}]`);
  throw new Error(`matcher bench at ${figures} figures, story ${index} (${story.lang}): results differ; ${lines.join('; ')}`);
}

/** One pass of the matcher over the whole corpus; every story's figures are checked after the clock stops. */
function timeOurs(compiled: CompiledEntities, corpus: readonly Story[], figures: number): number {
  const results: EntityHit[][] = new Array<EntityHit[]>(corpus.length);
  const start = now();
  for (let index = 0; index < corpus.length; index++) results[index] = matchFigures(compiled, corpus[index]!);
  const ms = now() - start;
  corpus.forEach((story, index) => {
    const ids = sortedIds(results[index]!);
    if (!sameIds(ids, story.named)) fail(figures, index, story, { matcher: ids, named: story.named });
  });
  return ms;
}

/** The reference over `indexes`; each story's set is compared with the matcher's after the clock stops. */
function timeReference(filter: ReferenceFilter, compiled: CompiledEntities, corpus: readonly Story[], indexes: readonly number[], figures: number): number {
  const results: string[][] = new Array<string[]>(indexes.length);
  const start = now();
  for (let k = 0; k < indexes.length; k++) {
    const story = corpus[indexes[k]!]!;
    results[k] = referenceMatch(filter, story.title, story.text);
  }
  const ms = now() - start;
  indexes.forEach((index, k) => {
    const story = corpus[index]!;
    const reference = [...results[k]!].sort();
    const ours = sortedIds(matchFigures(compiled, story));
    if (!sameIds(reference, ours) || !sameIds(reference, story.named)) fail(figures, index, story, { matcher: ours, reference, named: story.named });
  });
  return ms;
}

function medianOf(times: number, run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = now();
    run();
    samples.push(now() - start);
  }
  return median(samples);
}

function measureSize(count: number, window: number, progress: (line: string) => void): SizeResult {
  const figures = makeFigures(count);
  const corpus = makeCorpus(figures);
  const corpusBytes = corpus.reduce((sum, story) => sum + story.bytes, 0);
  const compileMs = medianOf(3, () => compileEntities(figures, window));
  const referenceCompileMs = medianOf(3, () => compileReference(figures));
  const compiled = compileEntities(figures, window);
  const filter = compileReference(figures);

  // Warm-up, untimed: the JIT for our side; for the reference, V8 compiles each RegExp on its first
  // two uses (bytecode, then native code), so the third story shows its steady cost.
  timeOurs(compiled, corpus, count);
  const firstTwo = timeReference(filter, compiled, corpus, [0, 1], count);
  const steady = timeReference(filter, compiled, corpus, [2], count);
  const perStory = Math.max(steady, 0.001);
  const referenceFirstUseMs = Math.max(0, firstTwo - 2 * perStory);
  const perRep = Math.min(STORIES, Math.max(MIN_REFERENCE_STORIES, Math.floor(REFERENCE_REP_MS / perStory)));

  const ours: number[] = [];
  const reference: number[] = [];
  const compared = new Set<number>([0, 1, 2]);
  for (let rep = 0; rep < REPS; rep++) {
    ours.push(mbPerS(corpusBytes, timeOurs(compiled, corpus, count)));
    // Each repetition takes the next stories, so a slow reference still checks many different ones.
    const indexes = Array.from({ length: perRep }, (_, k) => (rep * perRep + k) % STORIES);
    const bytes = indexes.reduce((sum, index) => sum + corpus[index]!.bytes, 0);
    reference.push(mbPerS(bytes, timeReference(filter, compiled, corpus, indexes, count)));
    for (const index of indexes) compared.add(index);
  }
  const oursMbs = median(ours);
  const referenceMbs = median(reference);
  const storyMb = corpusBytes / STORIES / MB;
  progress(
    `${count} figures: ${STORIES} stories (${(corpusBytes / 1024).toFixed(0)} KiB) matched ${REPS + 1} times, each checked against its named figures; ` +
      `reference on ${perRep} stories a repetition, ${compared.size} distinct stories compared with it, all identical`,
  );
  return {
    figures: count,
    oursMbs,
    oursStoriesPerS: oursMbs / storyMb,
    referenceMbs,
    referenceStoriesPerS: referenceMbs / storyMb,
    referenceStoriesPerRep: perRep,
    compileMs,
    referenceCompileMs,
    referenceFirstUseMs,
    patterns: filter.patternCount,
    comparedWithReference: compared.size,
  };
}

/** Full matchStory (figures, the shipped claims, language, summary) at 1,000 figures: informational. */
function measureFullMatch(config: AppConfig, progress: (line: string) => void): Figure {
  const figures = makeFigures(1_000);
  const corpus = makeCorpus(figures);
  const corpusBytes = corpus.reduce((sum, story) => sum + story.bytes, 0);
  const matcher = createMatcher(figures, config.claims, config.settings.match.contextWindow);
  const pass = (): number => {
    const results = new Array<EntityHit[]>(corpus.length);
    const start = now();
    for (let index = 0; index < corpus.length; index++) {
      const story = corpus[index]!;
      results[index] = matchStory(matcher, { title: story.title, text: story.text, declaredLanguage: story.lang }).entities;
    }
    const ms = now() - start;
    corpus.forEach((story, index) => {
      if (!sameIds(sortedIds(results[index]!), story.named)) fail(1_000, index, story, { matchStory: sortedIds(results[index]!), named: story.named });
    });
    return ms;
  };
  pass();
  const mbs = median(Array.from({ length: REPS }, () => mbPerS(corpusBytes, pass())));
  progress(`matchStory at 1,000 figures with ${config.claims.claims.length} shipped claims: ${STORIES} stories × ${REPS + 1}, figures checked`);
  return {
    section: SECTION,
    name: 'full matchStory, 1,000 figures + shipped claims',
    value: mbs,
    unit: 'MB/s',
    detail: `${(mbs / (corpusBytes / STORIES / MB)).toFixed(0)} stories/s; figures, claims, stance, language, summary`,
  };
}

const fmt = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const fmtRatio = (ratio: number): string => `${fmt(ratio, ratio < 10 ? 1 : 0)}×`;

function sizeFigures(result: SizeResult): Figure[] {
  const n = fmt(result.figures);
  const ratio = result.oursMbs / result.referenceMbs;
  const throughputTarget = result.figures === 1_000 ? 50 : result.figures === 10_000 ? 30 : undefined;
  const reference = `reference ${fmt(result.referenceMbs, 3)} MB/s (${fmt(result.patterns)} RegExps, ${result.referenceStoriesPerRep} stories/rep)`;
  return [
    {
      section: SECTION,
      name: `${n} figures: matcher throughput`,
      value: result.oursMbs,
      unit: 'MB/s',
      ...(throughputTarget ? { target: { op: '>=' as const, value: throughputTarget } } : {}),
      detail: `${reference}; ratio ${fmtRatio(ratio)}`,
    },
    { section: SECTION, name: `${n} figures: matcher stories`, value: result.oursStoriesPerS, unit: 'stories/s', detail: `reference ${fmt(result.referenceStoriesPerS, 1)} stories/s` },
    { section: SECTION, name: `${n} figures: reference (RegExp per alias)`, value: result.referenceMbs, unit: 'MB/s', detail: `${result.comparedWithReference} stories compared with the matcher, all identical` },
    {
      section: SECTION,
      name: `${n} figures: matcher / reference`,
      value: ratio,
      unit: '×',
      ...(result.figures === 1_000 ? { target: { op: '>=' as const, value: 100 } } : {}),
      detail: `${fmt(result.oursMbs, 1)} vs ${fmt(result.referenceMbs, 3)} MB/s, same run`,
    },
    {
      section: SECTION,
      name: `${n} figures: compile`,
      value: result.compileMs,
      unit: 'ms',
      detail: `reference: new RegExp ×${fmt(result.patterns)} ${fmt(result.referenceCompileMs, 1)} ms, + ~${fmt(result.referenceFirstUseMs)} ms compiling on first use`,
    },
  ];
}

export const matcherSection: BenchSection = {
  name: SECTION,
  title: `Matcher throughput: ~5 KB stories (EN/ES), ${SIZES.map((size) => fmt(size)).join(' / ')} figures × 5 aliases, vs one RegExp per alias; medians of ${REPS}`,
  run(progress) {
    const config = loadConfig(SHIPPED_CONFIG, {});
    const results = SIZES.map((size) => measureSize(size, config.settings.match.contextWindow, progress));
    const figures = results.flatMap(sizeFigures);
    const smallest = results[0]!;
    const largest = results[results.length - 1]!;
    figures.push({
      section: SECTION,
      name: `growth in time per MB, ${fmt(smallest.figures)} → ${fmt(largest.figures)} figures`,
      value: smallest.oursMbs / largest.oursMbs,
      unit: '×',
      target: { op: '<=', value: 2 },
      detail: `${fmt(smallest.oursMbs, 1)} → ${fmt(largest.oursMbs, 1)} MB/s; the reference slows ${fmtRatio(smallest.referenceMbs / largest.referenceMbs)}`,
    });
    figures.push(measureFullMatch(config, progress));
    return Promise.resolve(figures);
  },
};
