import { describe, expect, it, vi } from 'vitest';
import { runLimited, type LimitedTask } from '../../src/schedule/run-limited';

interface Gate {
  promise: Promise<void>;
  open: () => void;
}

function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Tasks that count how many run at once, overall and per host, and wait until the test lets them finish. */
function tracked(hosts: readonly string[]) {
  const gates = hosts.map(() => gate());
  const started: number[] = [];
  const activeByHost = new Map<string, number>();
  const peakByHost = new Map<string, number>();
  const stats = { active: 0, peak: 0 };
  const tasks: Array<LimitedTask<number>> = hosts.map((host, index) => ({
    host,
    run: async () => {
      started.push(index);
      stats.active++;
      stats.peak = Math.max(stats.peak, stats.active);
      const onHost = (activeByHost.get(host) ?? 0) + 1;
      activeByHost.set(host, onHost);
      peakByHost.set(host, Math.max(peakByHost.get(host) ?? 0, onHost));
      await gates[index]!.promise;
      stats.active--;
      activeByHost.set(host, (activeByHost.get(host) ?? 0) - 1);
      return index;
    },
  }));
  return { tasks, gates, started, stats, peakByHost };
}

describe('runLimited', () => {
  it('resolves an empty list to no results', async () => {
    await expect(runLimited([], 4, 2)).resolves.toEqual([]);
  });

  it('gives results in input order, whatever order the tasks finish in', async () => {
    const { tasks, gates, started } = tracked(['a', 'b', 'c']);
    const done = runLimited(tasks, 3, 1);
    await vi.waitFor(() => expect(started).toHaveLength(3));
    for (const g of [...gates].reverse()) g.open();
    expect(await done).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'fulfilled', value: 1 },
      { status: 'fulfilled', value: 2 },
    ]);
  });

  it('reports failures as rejected results and still runs the rest', async () => {
    const boom = new Error('boom');
    const tasks: Array<LimitedTask<string>> = [
      { host: 'a', run: async () => 'one' },
      { host: 'a', run: async () => Promise.reject(boom) },
      {
        host: 'a',
        run: () => {
          throw new Error('sync boom');
        },
      },
      { host: 'a', run: async () => 'four' },
    ];
    const results = await runLimited(tasks, 1, 1);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 'one' });
    expect(results[1]).toEqual({ status: 'rejected', reason: boom });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { message: 'sync boom' } });
    expect(results[3]).toEqual({ status: 'fulfilled', value: 'four' });
  });

  it('never runs more than `concurrency` tasks at once, nor more than `perHost` on one host', async () => {
    const hosts = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'd'];
    const { tasks, gates, started, stats, peakByHost } = tracked(hosts);
    const done = runLimited(tasks, 3, 2);
    for (let finished = 0; finished < hosts.length; finished++) {
      await vi.waitFor(() => expect(started.length).toBeGreaterThan(finished));
      gates[started[finished]!]!.open();
    }
    const results = await done;

    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(started.slice().sort((x, y) => x - y)).toEqual(hosts.map((_, index) => index));
    expect(stats.peak).toBe(3);
    expect(Math.max(...peakByHost.values())).toBe(2);
  });

  it('lets other hosts through while one host has used its share', async () => {
    const { tasks, gates, started } = tracked(['slow', 'slow', 'slow', 'slow', 'fast']);
    const done = runLimited(tasks, 3, 2);
    await vi.waitFor(() => expect(started).toHaveLength(3));
    expect(started).toEqual([0, 1, 4]);
    gates.forEach((g) => g.open());
    await done;
    expect(started).toHaveLength(5);
  });
});
