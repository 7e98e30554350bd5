/**
 * main (src/cli/main.ts), the command-line entry point: help, a missing or unknown command, bad
 * flags, dispatch to each command of USAGE, known failures (config, store) as one line and exit 1,
 * a bug passed on rather than hidden, and the script run as a real child process.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { runCli } from '../support/cli-io';
import { SHIPPED_CONFIG } from '../support/config-dir';

const run = promisify(execFile);
const projectRoot = path.join(import.meta.dirname, '..', '..');

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-main-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('main', () => {
  it('prints the usage on stdout for --help and -h, and exits 0', async () => {
    expect(await runCli(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(await runCli(['-h'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('gives help instead of running the command when both are asked', async () => {
    const dbFile = path.join(dir, 'data', 'vigia.db');
    expect(await runCli(['poll', '--once', '--help', '--config', SHIPPED_CONFIG, '--db', dbFile])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it('prints the usage on stderr and exits 2 without a command', async () => {
    expect(await runCli([])).toEqual({ code: 2, stdout: '', stderr: USAGE });
  });

  it('names an unknown command, then shows the usage, and exits 2', async () => {
    expect(await runCli(['frobnicate'])).toEqual({ code: 2, stdout: '', stderr: `usage: unknown command "frobnicate"\n\n${USAGE}` });
  });

  it('names a bad flag, then shows the usage, and exits 2 before running anything', async () => {
    const dbFile = path.join(dir, 'vigia.db');
    const { code, stdout, stderr } = await runCli(['poll', '--once', '--verbose', '--db', dbFile]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: Unknown option '--verbose'/);
    expect(stderr.endsWith(`\n\n${USAGE}`)).toBe(true);
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it('passes a command’s own usage error on with the usage, exit 2', async () => {
    expect(await runCli(['backup'])).toEqual({ code: 2, stdout: '', stderr: `usage: backup needs --to FILE\n\n${USAGE}` });
    const poll = await runCli(['poll']);
    expect(poll.code).toBe(2);
    expect(poll.stderr).toMatch(/^usage: poll runs a single pass: add --once/);
  });

  it('dispatches each command USAGE lists to that command', async () => {
    const listed = [...USAGE.matchAll(/^ {2}([a-z][a-z-]*)(?= )/gm)].map((match) => match[1]);
    expect(listed).toEqual(['run', 'poll', 'match', 'check-config', 'deploy-commands', 'backup']);

    const checked = await runCli(['check-config', '--config', SHIPPED_CONFIG]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/OK — \d+ feeds/);

    const matched = await runCli(['match', '--jsonl', '--config', SHIPPED_CONFIG], JSON.stringify({ id: 'a', title: 'Diosdado Cabello habla en Caracas', text: '' }) + '\n');
    expect(matched.code).toBe(0);
    expect(JSON.parse(matched.stdout)).toMatchObject({ id: 'a', entities: [{ id: 'diosdado-cabello' }] });

    const deploy = await runCli(['deploy-commands']);
    expect(deploy).toMatchObject({ code: 1, stderr: expect.stringMatching(/^deploy-commands: DISCORD_TOKEN is not set/) });

    const backup = await runCli(['backup', '--to', path.join(dir, 'copy.db'), '--db', path.join(dir, 'none.db')]);
    expect(backup).toEqual({ code: 1, stdout: '', stderr: `store: backup: no database at ${path.join(dir, 'none.db')}\n` });
  });

  it('reports a config it cannot load in one message, exit 1, for poll and run alike', async () => {
    const empty = fs.mkdtempSync(path.join(dir, 'config-'));
    for (const command of [['poll', '--once'], ['run']]) {
      const { code, stdout, stderr } = await runCli([...command, '--config', empty, '--db', path.join(dir, 'vigia.db')]);
      expect({ command, code, stdout }).toEqual({ command, code: 1, stdout: '' });
      expect(stderr).toContain(`entities.yaml: file not found in ${empty}`);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a database it cannot use in one line, exit 1', async () => {
    const dbFile = path.join(dir, 'vigia.db');
    fs.writeFileSync(dbFile, 'not a database, just text');
    const { code, stderr } = await runCli(['poll', '--once', '--config', SHIPPED_CONFIG, '--db', dbFile]);
    expect(code).toBe(1);
    expect(stderr).toBe(`store: cannot open database ${dbFile}: file is not a database\n`);
  });

  it('passes on an error it does not know, rather than hiding a bug behind an exit code', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new Error('stdin read failed'));
      },
    });
    const io = { stdin, stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
    await expect(main(['match', '--jsonl', '--config', SHIPPED_CONFIG], io)).rejects.toThrow('stdin read failed');
  });
});

describe('src/cli/main.ts run as a script', () => {
  async function script(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, timeout: 60_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
  }

  it('runs main with its arguments and exits with its code', async () => {
    expect(await script('--help')).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(await script('frobnicate')).toEqual({ code: 2, stdout: '', stderr: `usage: unknown command "frobnicate"\n\n${USAGE}` });
  });
});
