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
}

export function startScheduler(expression: string, job: () => Promise<void>, log: Logger): Scheduler {
  let running: Promise<void> | null = null;
  const tick = (reason: string): void => {
    if (running) {
      log.warn({ reason }, 'previous tick still running; skipping this one');
      return;
    }
    running = job()
      .catch((error: unknown) => log.error({ err: error }, 'tick failed'))
      .finally(() => {
        running = null;
      });
  };
  const task = cron.schedule(expression, () => tick('cron'));
  tick('start');
  return {
    async stop() {
      await task.stop();
      await running;
    },
    async idle() {
      await running;
    },
  };
}
