import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');

async function checkCorpus(dir: string, ...flags: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'src/cli/check-corpus.ts', dir, ...flags], { cwd: projectRoot, timeout: 60_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

describe('check:corpus', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigia-corpus-'));
    await mkdir(join(dir, 'nested'));
    await writeFile(
      join(dir, 'good.xml'),
      '<rss version="2.0"><channel><title>Buenas</title><item><title>Diosdado Cabello habla en Caracas</title></item><item><title>Llueve en Mérida</title></item></channel></rss>',
    );
    await writeFile(join(dir, 'nested', 'empty.rss'), '<rss version="2.0"><channel><title>Vacío</title></channel></rss>');
    await writeFile(join(dir, 'page.html'), '<!DOCTYPE html><html><body><p>Not a feed</p></body></html>');
    await writeFile(join(dir, 'garbage.bin'), Uint8Array.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x0a]));
    await writeFile(join(dir, 'README.md'), 'ignored');
    await writeFile(join(dir, '.LICENSE'), 'ignored');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('tallies every file and exits 0', async () => {
    const { code, stdout } = await checkCorpus(dir);
    expect(stdout).toContain('checked 4 files');
    expect(stdout).toMatch(/with items: 1\n/);
    expect(stdout).toMatch(/no items: 1\n/);
    expect(stdout).toMatch(/clear error: 2\n/);
    expect(stdout).toMatch(/timeout: 0\n/);
    expect(stdout).toMatch(/unexpected: 0\n/);
    expect(stdout).toContain('stories analyzed: 2, naming a tracked figure: 1');
    expect(stdout).toContain('NotAFeedError: got an HTML page, not a feed');
    expect(stdout).toContain('slowest files:');
    expect(code).toBe(0);
  });

  it('with --http, fetches every file from a local server first, with the same tally', async () => {
    const { code, stdout } = await checkCorpus(dir, '--http');
    expect(stdout).toContain('through fetch (HTTP on 127.0.0.1), decode, parse and analysis');
    expect(stdout).toContain('checked 4 files');
    expect(stdout).toMatch(/with items: 1\n  no items: 1\n  clear error: 2\n  timeout: 0\n  unexpected: 0\n/);
    expect(code).toBe(0);
  });

  it('skips a directory that does not exist', async () => {
    const { code, stdout } = await checkCorpus(join(dir, 'missing'));
    expect(stdout).toMatch(/does not exist, skipped/);
    expect(code).toBe(0);
  });
});
