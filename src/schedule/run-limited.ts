/**
 * Runs tasks with at most `concurrency` at once and at most `perHost` against any one host, so a
 * tick never hammers one server and one slow host cannot hold every slot.
 */

export interface LimitedTask<T> {
  host: string;
  run: () => Promise<T>;
}

export async function runLimited<T>(tasks: ReadonlyArray<LimitedTask<T>>, concurrency: number, perHost: number): Promise<Array<PromiseSettledResult<T>>> {
  const results = new Array<PromiseSettledResult<T>>(tasks.length);
  const waiting = tasks.map((_, index) => index);
  const activeByHost = new Map<string, number>();
  let active = 0;

  return new Promise((resolve) => {
    const launch = (): void => {
      if (waiting.length === 0 && active === 0) {
        resolve(results);
        return;
      }
      for (let w = 0; w < waiting.length && active < concurrency; ) {
        const index = waiting[w]!;
        const task = tasks[index]!;
        if ((activeByHost.get(task.host) ?? 0) >= perHost) {
          w++;
          continue;
        }
        waiting.splice(w, 1);
        active++;
        activeByHost.set(task.host, (activeByHost.get(task.host) ?? 0) + 1);
        Promise.resolve()
          .then(task.run)
          .then(
            (value) => (results[index] = { status: 'fulfilled', value }),
            (reason: unknown) => (results[index] = { status: 'rejected', reason }),
          )
          .finally(() => {
            active--;
            activeByHost.set(task.host, (activeByHost.get(task.host) ?? 1) - 1);
            launch();
          });
      }
    };
    launch();
  });
}
