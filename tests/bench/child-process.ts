/**
 * Child processes for the bench: the bot run the way `npm start` runs it (one node process, so its
 * pid is the one measured and a signal reaches it), its memory read from /proc, and a stop that
 * always ends it.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundle, BUNDLE_ENTRY } from '../../src/cli/build-bundle';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NodeChild {
  child: ChildProcess;
  /** What the child wrote on stderr so far (the end of it): shown when it fails. */
  stderr(): string;
}

/** tsx's loader alone: put before a TypeScript script in `spawnNode`'s arguments. */
export const TSX_LOADER = ['--import', 'tsx'] as const;

export interface StartCommand {
  /** Node flags, as `npm start` passes them. */
  flags: string[];
  /** The built program, relative to the project root. */
  script: string;
}

/**
 * How `npm start` runs the bot (package.json is the one place it is written): `node <flags>
 * dist/main.mjs run`, after its prestart step has built the bundle. The bench builds it the same way
 * before starting a child, so it measures the bot as deployed.
 */
export function startCommand(): StartCommand {
  const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts.start ?? '').split(/\s+/);
  const script = words.findIndex((word) => word.endsWith(BUNDLE_ENTRY));
  if (words[0] !== 'node' || script < 0) throw new Error(`bench: package.json's start script is not "node <flags> dist/${BUNDLE_ENTRY} run": ${scripts.start}`);
  return { flags: words.slice(1, script), script: words[script]! };
}

/** The start command with the bundle built first, as `npm start`'s prestart step does. */
export async function builtStartCommand(): Promise<StartCommand> {
  await buildBundle();
  return startCommand();
}

/** Runs `node ...nodeArgs` in the project root, stderr kept for error messages. */
export function spawnNode(nodeArgs: readonly string[], options: { env?: NodeJS.ProcessEnv; ipc?: boolean } = {}): NodeChild {
  const stdio: StdioOptions = options.ipc ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'ignore', 'pipe'];
  const child = spawn(process.execPath, nodeArgs, { cwd: PROJECT_ROOT, env: options.env ?? process.env, stdio });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  return { child, stderr: () => errors };
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (hasExited(child) ? resolve() : child.once('exit', () => resolve())));
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/** A memory line of /proc/<pid>/status in MB: VmRSS (resident now) or VmHWM (peak resident). */
export function procMemoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const line = status.split('\n').find((row) => row.startsWith(`${field}:`));
  const kb = line ? Number(line.split(/\s+/)[1]) : Number.NaN;
  if (!Number.isFinite(kb)) throw new Error(`bench: no ${field} in /proc/${pid}/status`);
  return kb / 1024;
}

/** The next IPC message from `child` that `accept` takes; rejects if the child exits or `timeoutMs` passes. */
export function nextMessage<T>(handle: NodeChild, accept: (message: unknown) => T | undefined, timeoutMs: number): Promise<T> {
  const { child } = handle;
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: unknown): void => {
      const value = accept(message);
      if (value === undefined) return;
      done();
      resolve(value);
    };
    const onExit = (code: number | null, signal: string | null): void => {
      done();
      reject(new Error(`bench: child exited (${signal ?? code}) before answering; stderr: ${handle.stderr().trim() || '(empty)'}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`bench: child did not answer within ${timeoutMs} ms; stderr: ${handle.stderr().trim() || '(empty)'}`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
