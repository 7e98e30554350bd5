/**
 * Where the parse worker's JavaScript is. Built (`npm run build`), it is parse-worker.mjs beside the
 * program. Run from source (tsx, vitest), the worker is TypeScript that a worker thread cannot load
 * by itself under vitest, so it is bundled here once per process with esbuild, into node_modules'
 * cache so that its packages resolve as the program's do. The file is named by its content, so
 * processes running at once share it and an edited source gets a new file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUILT = new URL('./parse-worker.mjs', import.meta.url);
const SOURCE = new URL('./parse-worker.ts', import.meta.url);

let fromSource: URL | null = null;

function bundleSource(): URL {
  const source = fileURLToPath(SOURCE);
  const root = path.resolve(path.dirname(source), '../..');
  // Loaded only here: the built program never bundles at run time.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const dir = path.join(root, 'node_modules', '.cache', 'vigia');
  const file = path.join(dir, `parse-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a process starting at the same moment never loads half a file.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return pathToFileURL(file);
}

export function parseWorkerScript(): URL {
  if (fs.existsSync(BUILT)) return BUILT;
  return (fromSource ??= bundleSource());
}
