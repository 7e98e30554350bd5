import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, type Scheduler } from '../../src/schedule/scheduler';

const EVERY_SECOND = '* * * * * *';
const EVERY_YEAR = '0 0 1 1 *';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

let scheduler: Scheduler | undefined;

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
});

describe('startScheduler', () => {
  it('runs the job at start, without waiting for a tick', () => {
    let runs = 0;
    scheduler = startScheduler(EVERY_YEAR, async () => void runs++, pino({ level: 'silent' }));
    expect(runs).toBe(1);
  });

  it('runs the job again on later ticks', async () => {
    let runs = 0;
    scheduler = startScheduler(EVERY_SECOND, async () => void runs++, pino({ level: 'silent' }));
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 5000, interval: 50 });
  });

  it('skips ticks while the job is still running, then resumes', async () => {
    const log = pino({ level: 'silent' });
    const skipped = vi.spyOn(log, 'warn');
    const first = gate();
    let runs = 0;
    scheduler = startScheduler(
      EVERY_SECOND,
      async () => {
        runs++;
        if (runs === 1) await first.promise;
      },
      log,
    );

    await vi.waitFor(() => expect(skipped).toHaveBeenCalled(), { timeout: 5000, interval: 50 });
    expect(skipped.mock.calls[0]?.[0]).toEqual({ reason: 'cron' });
    expect(runs).toBe(1);

    first.open();
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 5000, interval: 50 });
  });

  it('logs a failed job and keeps ticking', async () => {
    const log = pino({ level: 'silent' });
    const failed = vi.spyOn(log, 'error');
    let runs = 0;
    scheduler = startScheduler(
      EVERY_SECOND,
      async () => {
        runs++;
        if (runs === 1) throw new Error('poll exploded');
      },
      log,
    );
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 5000, interval: 50 });
    expect(failed).toHaveBeenCalledTimes(1);
    expect(failed.mock.calls[0]?.[0]).toMatchObject({ err: { message: 'poll exploded' } });
  });

  it('stop() waits for the running job to finish', async () => {
    const job = gate();
    let finished = false;
    const running = (scheduler = startScheduler(
      EVERY_YEAR,
      async () => {
        await job.promise;
        finished = true;
      },
      pino({ level: 'silent' }),
    ));
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));

    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);

    job.open();
    await stopping;
    expect(finished).toBe(true);
  });

  it('idle() resolves once the running job has finished', async () => {
    const job = gate();
    let finished = false;
    scheduler = startScheduler(
      EVERY_YEAR,
      async () => {
        await job.promise;
        finished = true;
      },
      pino({ level: 'silent' }),
    );
    const idle = scheduler.idle();
    job.open();
    await idle;
    expect(finished).toBe(true);
    await expect(scheduler.idle()).resolves.toBeUndefined();
  });
});

describe('startScheduler with a fatal error', () => {
  it('stops ticking and reports the error when the job fails in a way no later tick could fix', async () => {
    let runs = 0;
    const fatal = new Error('store: the disk is full');
    scheduler = startScheduler(
      EVERY_SECOND,
      async () => {
        runs++;
        throw new Error('SQLITE_FULL');
      },
      pino({ level: 'silent' }),
      { fatal: (error) => ((error as Error).message === 'SQLITE_FULL' ? fatal : null) },
    );
    expect(await scheduler.failed).toBe(fatal);
    // Two more cron seconds pass: a stopped scheduler runs nothing.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(runs).toBe(1);
  });

  it('keeps ticking after an ordinary failure', async () => {
    let runs = 0;
    scheduler = startScheduler(
      EVERY_SECOND,
      async () => {
        runs++;
        throw new Error('one bad tick');
      },
      pino({ level: 'silent' }),
      { fatal: () => null },
    );
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 5000, interval: 50 });
  });
});
