/**
 * One abort signal for a whole request (every redirect hop, headers and body) that fires at the
 * deadline or when the caller's own signal fires, and remembers which of the two came first, so a
 * failure can be blamed on the right thing whatever error undici rejects with.
 */

export type AbortCause = 'timeout' | 'cancelled';

export interface Deadline {
  readonly signal: AbortSignal;
  /** Why the signal fired (the deadline or the caller), or null while neither has fired. */
  cause(): AbortCause | null;
  /**
   * Tears down any request still using the signal; used on failure so no socket lingers. It is not a
   * cause: cause() keeps what it said, so classify a failure before tearing down.
   */
  abort(): void;
  /** Stops the timer and detaches from the outer signal. Call exactly once, in a finally. */
  dispose(): void;
}

export function startDeadline(timeoutMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let firedBy: AbortCause | null = null;
  const fire = (cause: AbortCause): void => {
    if (firedBy !== null) return;
    firedBy = cause;
    controller.abort();
  };

  const timer = setTimeout(() => fire('timeout'), timeoutMs);
  const onOuterAbort = (): void => fire('cancelled');
  if (outer?.aborted) fire('cancelled');
  else outer?.addEventListener('abort', onOuterAbort, { once: true });

  return {
    signal: controller.signal,
    cause: () => firedBy,
    abort: () => controller.abort(),
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
