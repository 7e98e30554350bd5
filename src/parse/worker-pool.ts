/**
 * A small pool of parse workers. rss-parser can block its thread for seconds on some malformed
 * descriptions, so a timer in the same thread cannot stop it: each parse runs in a worker thread
 * that is terminated and replaced when it passes the hard limit or dies. A poll's job also runs the
 * pure stages after parsing there (analyze), with the match rules the pool last sent its workers.
 */
import { Worker } from 'node:worker_threads';
import type { ParsedFeed } from '../model';
import type { AnalyzedFeed, AnalyzeRequest, MatchRules } from '../pipeline/analyze-feed';
import {
  AnalyzeError,
  NotAFeedError,
  ParseCrashError,
  ParseError,
  ParseMemoryError,
  ParseTimeoutError,
  parserFailure,
} from './errors';
import type { WorkerRequest } from './parse-worker';
import { describeNonFeed } from './sniff';
import { parseWorkerScript } from './worker-script';

export interface ParserPoolOptions {
  workers: number;
  timeoutMs: number;
  /** Old-generation heap limit of each worker. */
  maxMemoryMb: number;
}

export interface ParserPool {
  /** Parses one feed body; `label` (the feed URL or a file path) goes into every error message. */
  parse(xml: string, label: string): Promise<ParsedFeed>;
  /**
   * Parses and analyzes one feed body (analyze-feed.ts) in a worker, with these match rules. Rules
   * are sent to the workers only when they differ from the last ones sent.
   */
  analyze(xml: string, label: string, request: AnalyzeRequest, rules: MatchRules): Promise<AnalyzedFeed>;
  /** Terminates every worker and rejects every job not finished yet. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  xml: string;
  label: string;
  analyze: AnalyzeRequest | null;
  /** Takes the answer's feed or analysis, as the job asked. */
  resolve: (reply: OkReply) => void;
  reject: (error: ParseError) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded rss-parser; the time limit starts only then. */
  ready: boolean;
  /** Sent and not answered, in the order the worker takes them: the first is the one running. */
  jobs: Job[];
  /** The time limit of the running job. */
  timer: NodeJS.Timeout | null;
}

/**
 * Jobs a worker holds at once: the one it runs and the next, already copied over. With one, the
 * worker waits idle whenever its answer arrives while the main thread is busy storing the last feed.
 */
const JOBS_PER_WORKER = 2;

type WorkerReply =
  | { ready: true }
  | OkReply
  | { id: number; ok: false; stage?: 'analyze'; name?: string; message?: string };

type OkReply = { id: number; ok: true; feed?: ParsedFeed; analyzed?: AnalyzedFeed };

const MB = 1024 * 1024;

export function createParserPool(options: ParserPoolOptions): ParserPool {
  const size = Math.max(1, Math.floor(options.workers));
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let rules: { given: MatchRules; json: string } | null = null;
  const send = (worker: Worker, request: WorkerRequest): void => worker.postMessage(request);

  function useRules(given: MatchRules): void {
    if (rules?.given === given) return;
    const json = JSON.stringify(given);
    const changed = rules?.json !== json;
    rules = { given, json };
    // A worker handles messages in order: every job posted after this sees the new rules.
    if (changed) for (const slot of slots) send(slot.worker, { rules: given });
  }

  function spawn(): Slot {
    const worker = new Worker(parseWorkerScript(), {
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxMemoryMb,
        // A quarter of the limit, up to 32 MB: rss-parser's tree for a feed outlives a smaller young
        // generation and is copied into the old one, and the worker spent a sixth of a tick collecting it.
        maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.round(options.maxMemoryMb / 4))),
      },
    });
    const slot: Slot = { worker, ready: false, jobs: [], timer: null };
    // An idle worker must not keep a finished process alive; a busy one is ref'd while it works.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => onReply(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const label = slot.jobs[0]?.label ?? '';
      const failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ParseMemoryError(options.maxMemoryMb, label, { cause: error })
          : new ParseCrashError(`the parse worker crashed (${error.message})`, label, { cause: error });
      retire(slot, failure);
    });
    worker.on('exit', (code) => {
      retire(slot, new ParseCrashError(`the parse worker exited with code ${code}`, slot.jobs[0]?.label ?? ''));
    });
    if (rules) send(worker, { rules: rules.given });
    slots.add(slot);
    return slot;
  }

  /** Times the running job; a job queued behind it starts its time when it starts running. */
  function startTimer(slot: Slot): void {
    const job = slot.jobs[0];
    if (!job || !slot.ready || slot.timer) return;
    slot.timer = setTimeout(() => {
      retire(slot, new ParseTimeoutError(options.timeoutMs, job.label));
    }, options.timeoutMs);
  }

  function onReply(slot: Slot, reply: WorkerReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      startTimer(slot);
      return;
    }
    const job = slot.jobs[0];
    if (!job || reply.id !== job.id) return; // a stale answer; nothing waits for it
    finishJob(slot);
    startTimer(slot);
    if (reply.ok) {
      job.resolve(reply);
    } else {
      const name = reply.name ?? 'Error';
      const message = reply.message ?? 'unknown error';
      job.reject(reply.stage === 'analyze' ? new AnalyzeError(`analysis failed after parsing (${name}: ${message})`, job.label) : parserFailure(name, message, job.label));
    }
    dispatch();
  }

  /** The running job is done: its timer stops, and a worker left without jobs no longer holds the process. */
  function finishJob(slot: Slot): Job | undefined {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs.shift();
    if (slot.jobs.length === 0) slot.worker.unref();
    return job;
  }

  /**
   * Takes a worker out of the pool for good, failing the job it was running, and moves on. The job
   * queued behind it was never started, so it goes back to the front of the queue for another worker.
   * A worker's answers all arrive before its 'error' or 'exit', so the running job is the one to blame.
   */
  function retire(slot: Slot, failure: ParseError): void {
    if (!slots.delete(slot)) return; // already retired: 'error' is followed by 'exit'
    const job = finishJob(slot);
    const waiting = slot.jobs.splice(0);
    if (closed) for (const next of waiting) next.reject(new ParseError('the parser pool was closed first', next.label));
    else queue.unshift(...waiting);
    void slot.worker.terminate().catch(() => undefined);
    job?.reject(failure);
    dispatch();
  }

  /** An idle worker first, then a new one while the pool may grow, then one with room behind its job. */
  function freeSlot(): Slot | null {
    const all = [...slots];
    const idle = all.find((slot) => slot.jobs.length === 0);
    if (idle) return idle;
    if (slots.size < size) return spawn();
    return all.find((slot) => slot.jobs.length < JOBS_PER_WORKER) ?? null;
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const slot = freeSlot();
      if (!slot) return;
      const job = queue.shift()!;
      slot.jobs.push(job);
      slot.worker.ref();
      send(slot.worker, job.analyze ? { id: job.id, xml: job.xml, analyze: job.analyze } : { id: job.id, xml: job.xml });
      startTimer(slot);
    }
  }

  function submit<T>(xml: string, label: string, analyze: AnalyzeRequest | null, read: (reply: OkReply) => T): Promise<T> {
    if (closed) return Promise.reject(new ParseError('the parser pool is closed', label));
    const nonFeed = describeNonFeed(xml);
    if (nonFeed) return Promise.reject(new NotAFeedError(nonFeed, label));
    // A body bigger than the worker's heap kills the whole process while it is copied in, before
    // the worker can fail on its own; refuse it here. Two bytes a character is the worst case.
    const inputMb = (xml.length * 2) / MB;
    if (inputMb > options.maxMemoryMb) {
      return Promise.reject(new ParseMemoryError(options.maxMemoryMb, label, { inputMb: Math.ceil(inputMb) }));
    }
    return new Promise<T>((resolve, reject) => {
      queue.push({ id: nextId++, xml, label, analyze, resolve: (reply) => resolve(read(reply)), reject });
      dispatch();
    });
  }

  return {
    parse: (xml, label) => submit(xml, label, null, (reply) => reply.feed!),
    analyze(xml, label, request, given) {
      useRules(given);
      return submit(xml, label, request, (reply) => reply.analyzed!);
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new ParseError('the parser pool was closed first', job.label));
      const retiring = [...slots];
      for (const slot of retiring) retire(slot, new ParseError('the parser pool was closed first', slot.jobs[0]?.label ?? ''));
      await Promise.all(retiring.map((slot) => slot.worker.terminate().catch(() => undefined)));
    },
  };
}

