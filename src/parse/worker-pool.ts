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
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

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
        maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.round(options.maxMemoryMb / 8))),
      },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    // An idle worker must not keep a finished process alive; a busy one is ref'd while it works.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => onReply(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const label = slot.job?.label ?? '';
      const failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ParseMemoryError(options.maxMemoryMb, label, { cause: error })
          : new ParseCrashError(`the parse worker crashed (${error.message})`, label, { cause: error });
      retire(slot, failure);
    });
    worker.on('exit', (code) => {
      retire(slot, new ParseCrashError(`the parse worker exited with code ${code}`, slot.job?.label ?? ''));
    });
    if (rules) send(worker, { rules: rules.given });
    slots.add(slot);
    return slot;
  }

  function startTimer(slot: Slot): void {
    const job = slot.job;
    if (!job || slot.timer) return;
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
    const job = slot.job;
    if (!job || reply.id !== job.id) return; // a stale answer; nothing waits for it
    finishJob(slot);
    if (reply.ok) {
      job.resolve(reply);
    } else {
      const name = reply.name ?? 'Error';
      const message = reply.message ?? 'unknown error';
      job.reject(reply.stage === 'analyze' ? new AnalyzeError(`analysis failed after parsing (${name}: ${message})`, job.label) : parserFailure(name, message, job.label));
    }
    dispatch();
  }

  function finishJob(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  /** Takes a worker out of the pool for good, failing its job if it had one, and moves on. */
  function retire(slot: Slot, failure: ParseError): void {
    if (!slots.delete(slot)) return; // already retired: 'error' is followed by 'exit'
    const job = slot.job;
    finishJob(slot);
    void slot.worker.terminate().catch(() => undefined);
    job?.reject(failure);
    dispatch();
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const slot = [...slots].find((candidate) => candidate.job === null) ?? (slots.size < size ? spawn() : null);
      if (!slot) return;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      send(slot.worker, job.analyze ? { id: job.id, xml: job.xml, analyze: job.analyze } : { id: job.id, xml: job.xml });
      if (slot.ready) startTimer(slot);
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
      for (const slot of retiring) retire(slot, new ParseError('the parser pool was closed first', slot.job?.label ?? ''));
      await Promise.all(retiring.map((slot) => slot.worker.terminate().catch(() => undefined)));
    },
  };
}

