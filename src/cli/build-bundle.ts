/**
 * `npm run build` (and `npm start`, which builds first): the bot compiled to plain JavaScript in
 * `dist/`, so production runs `node dist/main.mjs` without tsx's loader. The loader compiles every
 * module on the fly in a thread of its own and keeps that thread for the life of the process, which
 * cost the idle bot about a fifth of its memory target.
 *
 * One file for the program and one for the parse worker, which the pool starts by its path beside
 * the program (`./parse-worker.mjs`, see worker-script.ts). Packages stay outside the bundle and are
 * loaded from node_modules as before: better-sqlite3 is native code, and the rest are loaded once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isEntryPoint } from './entry-point';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_OUT_DIR = path.join(ROOT, 'dist');

/** The program's file name inside the output directory, as `npm start` runs it. */
export const BUNDLE_ENTRY = 'main.mjs';

export async function buildBundle(outDir: string = DEFAULT_OUT_DIR): Promise<string> {
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts'), path.join(ROOT, 'src/parse/parse-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Flat names: main.mjs and parse-worker.mjs side by side, where the pool looks for the worker.
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    outdir: outDir,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return path.join(outDir, BUNDLE_ENTRY);
}

if (isEntryPoint(import.meta.url)) {
  buildBundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (file) => process.stdout.write(`built ${path.relative(process.cwd(), file) || file}\n`),
    (error: unknown) => {
      process.stderr.write(`build: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
