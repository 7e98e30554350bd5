/**
 * Runs a job at start and then on every cron tick, never two at once: a tick that finds the previous
 * one still running is skipped (and logged), so a slow poll cannot pile up behind itself.
 */
import cron from 'node-cron';
import type { Logger } from 'pino';

export interface Scheduler {
  stop(): Promise<void>;
  /** Resolves when the job currently running (if any) has finished. */
  idle(): Promise<void>;
  /** Resolves with the fatal error after which the scheduler stopped itself; pending otherwise. */
  failed: Promise<Error>;
}

export interface SchedulerOptions {
  /** The error as a fatal one when no later tick could succeed either (the store is unusable). */
  fatal?: (error: unknown) => Error | null;
}

export function startScheduler(expression: string, job: () => Promise<void>, log: Logger, options: SchedulerOptions = {}): Scheduler {
  let running: Promise<void> | null = null;
  let reportFailure: (error: Error) => void = () => {};
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));
  const tick = (reason: string): void => {
    if (running) {
      log.warn({ reason }, 'previous tick still running; skipping this one');
      return;
    }
    running = job()
      .catch((error: unknown) => {
        const fatal = options.fatal?.(error) ?? null;
        log.error({ err: error, fatal: fatal !== null }, 'tick failed');
        if (!fatal) return;
        // Retrying every tick would fail the same way, quietly; stop and let the owner exit.
        void task.stop();
        reportFailure(fatal);
      })
      .finally(() => {
        running = null;
      });
  };
  const task = cron.schedule(expression, () => tick('cron'));
  tick('start');
  return {
    failed,
    async stop() {
      await task.stop();
      await running;
    },
    async idle() {
      await running;
    },
  };
}
