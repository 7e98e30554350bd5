/**
 * Parse worker: rss-parser off the main thread, so a feed that makes it spin can be killed, and for
 * polls the pure stages after it as well (analyze-feed.ts: normalize, match, cluster features), so
 * a tick uses a second core and the main thread is left to store.
 *
 * Protocol (worker-pool.ts): { rules } sets the match rules for every later job; { id, xml } answers
 * { id, ok: true, feed } with the coerced feed; { id, xml, analyze } answers { id, ok: true, analyzed }
 * with analyzeFeed's result; a failure answers { id, ok: false, name, message }, with stage: 'analyze'
 * when the feed was read and the analysis failed. Sends { ready: true }
 * once loaded, so the pool's time limit does not count module loading.
 */
import { parentPort } from 'node:worker_threads';
import type { Matcher } from '../match/match-story';
import type { ParsedFeed } from '../model';
import { analyzeFeed, matcherFromRules, type AnalyzeRequest, type MatchRules } from '../pipeline/analyze-feed';
import { coerceFeed } from './coerce';
import { readFeed } from './read-feed';

export type WorkerRequest = { rules: MatchRules } | { id: number; xml: string; analyze?: AnalyzeRequest };

const port = parentPort!;
let matcher: Matcher | Error = new Error('the parse worker was given no match rules');

function describe(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name || 'Error', message: String(error.message) };
  return { name: 'Error', message: String(error) };
}

port.on('message', async (message: WorkerRequest) => {
  if ('rules' in message) {
    // Rules that do not compile fail the jobs that need them, not the worker (and its next parses).
    try {
      matcher = matcherFromRules(message.rules);
    } catch (error) {
      matcher = new Error(`the match rules could not be compiled (${describe(error).message})`);
    }
    return;
  }
  const { id, analyze } = message;
  let feed: ParsedFeed;
  try {
    feed = coerceFeed(await readFeed(String(message.xml ?? '')));
  } catch (error) {
    port.postMessage({ id, ok: false, ...describe(error) });
    return;
  }
  if (!analyze) {
    port.postMessage({ id, ok: true, feed });
    return;
  }
  try {
    if (matcher instanceof Error) throw matcher;
    port.postMessage({ id, ok: true, analyzed: analyzeFeed(feed, analyze, matcher) });
  } catch (error) {
    // The feed was read; what failed is ours, and the pool must not call the feed malformed.
    port.postMessage({ id, ok: false, stage: 'analyze', ...describe(error) });
  }
});

port.postMessage({ ready: true });
