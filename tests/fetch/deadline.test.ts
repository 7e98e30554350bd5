/**
 * startDeadline: one abort signal for a whole request that fires at the deadline or with the
 * caller's signal, remembering which came first. No test races the clock: deadlines here are either
 * already due (0 ms, awaited through the abort event) or far away, and the caller's signal is
 * aborted by hand.
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { startDeadline, type Deadline } from '../../src/fetch/deadline';

const FAR = 3_600_000;
const started: Deadline[] = [];

/** Every deadline is disposed after its test, as fetchFeed does in its finally. */
function start(timeoutMs: number, outer?: AbortSignal): Deadline {
  const deadline = startDeadline(timeoutMs, outer);
  started.push(deadline);
  return deadline;
}

const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));

/** Resolves after every timer due before now + ms has run: Node runs timers in order of their due time. */
const afterTimers = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  for (const deadline of started.splice(0)) deadline.dispose();
});

describe('startDeadline', () => {
  it('starts unfired, with no cause', () => {
    const deadline = start(FAR, new AbortController().signal);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.cause()).toBeNull();
  });

  it('fires at the deadline and blames the timeout', async () => {
    const deadline = start(0);
    await aborted(deadline.signal);
    expect(deadline.cause()).toBe('timeout');
  });

  it('fires at once, blaming the caller, when the caller’s signal was already aborted', () => {
    const shutdown = new AbortController();
    shutdown.abort();
    const deadline = start(FAR, shutdown.signal);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.cause()).toBe('cancelled');
  });

  it('fires as soon as the caller’s signal does, blaming the caller', () => {
    const shutdown = new AbortController();
    const deadline = start(FAR, shutdown.signal);
    shutdown.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.cause()).toBe('cancelled');
  });

  it('keeps the first cause: a caller aborting after the deadline does not take the blame', async () => {
    const shutdown = new AbortController();
    const deadline = start(0, shutdown.signal);
    await aborted(deadline.signal);
    shutdown.abort();
    expect(deadline.cause()).toBe('timeout');
  });

  it('keeps the first cause: a deadline passing after the caller aborted does not take the blame', async () => {
    const shutdown = new AbortController();
    const deadline = start(0, shutdown.signal);
    shutdown.abort();
    await afterTimers(20);
    expect(deadline.cause()).toBe('cancelled');
  });

  it('abort tears the request down without blaming the deadline or the caller', () => {
    const deadline = start(FAR, new AbortController().signal);
    deadline.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.cause()).toBeNull();
  });
});

describe('Deadline.dispose', () => {
  it('stops the timer: a disposed deadline never fires', async () => {
    const kept = start(0);
    const disposed = startDeadline(0);
    disposed.dispose();
    await afterTimers(20);
    // The same wait was long enough for the deadline left running.
    expect(kept.cause()).toBe('timeout');
    expect(disposed.signal.aborted).toBe(false);
    expect(disposed.cause()).toBeNull();
  });

  it('detaches from the caller’s signal, so one shutdown signal shared by many requests collects no listeners', () => {
    const shutdown = new AbortController();
    for (let i = 0; i < 50; i++) startDeadline(FAR, shutdown.signal).dispose();
    const live = start(FAR, shutdown.signal);
    expect(getEventListeners(shutdown.signal, 'abort')).toHaveLength(1);

    const done = startDeadline(FAR, shutdown.signal);
    done.dispose();
    shutdown.abort();
    expect(live.cause()).toBe('cancelled');
    expect(done.signal.aborted).toBe(false);
    expect(done.cause()).toBeNull();
  });
});
