import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseWorkerScript } from '../../src/parse/worker-script';

describe('parseWorkerScript, run from source', () => {
  it('bundles the TypeScript worker once into a file named by its content, which a worker thread loads', async () => {
    const script = parseWorkerScript();
    expect(parseWorkerScript()).toBe(script);
    const file = fileURLToPath(script);
    expect(file).toMatch(/node_modules[\\/]\.cache[\\/]vigia[\\/]parse-worker-[0-9a-f]{16}\.mjs$/);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    const worker = new Worker(script);
    try {
      const first = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(first).toEqual({ ready: true });
    } finally {
      await worker.terminate();
    }
  });
});
