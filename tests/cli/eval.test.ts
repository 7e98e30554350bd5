/**
 * `npm run eval` (src/cli/eval.ts) as a real child process over labelled files written here: the
 * report per figure and overall, the targets and the exit code they give, every miss, HTML in the
 * text decoded before matching, and the clear errors for bad labels, bad flags and a bad config.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');

async function evalCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args], { cwd: projectRoot, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const label = (story: { id: string; title: string; text: string; entities: string[]; claims: Array<{ id: string; stance: string }> }): string => JSON.stringify({ lang: 'es', ...story });

// Stories written for these tests; what the shipped rules find in each is said beside it.
// Cabello and the Cartel de los Soles named, the claim state-cartel disputed ("no existe").
const DENIAL = { title: 'Cabello responde a Washington', text: 'Diosdado Cabello dijo en Caracas que el Cartel de los Soles no existe.' };
// "cabello" as hair, in lower case: no figure.
const HAIR = { title: 'Hair care tips for winter', text: 'Brush your cabello gently and rinse it with cold water.' };
// Maduro named in full, no claim.
const BASEBALL = { title: 'Nicolás Maduro habla de béisbol', text: 'Nicolás Maduro celebró en Caracas el triunfo de los Leones del Caracas.' };
// Maduro named in full once the HTML entities are decoded.
const HTML_SPEECH = { title: 'Discurso en Miraflores', text: '<p>Nicol&aacute;s Maduro habl&oacute; ante sus seguidores.</p>' };

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigia-eval-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function labelled(name: string, lines: string[]): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

describe('npm run eval', () => {
  it('meets every target and exits 0 when the labels agree with the matcher', async () => {
    const file = await labelled('right.jsonl', [
      label({ id: 's1', ...DENIAL, entities: ['diosdado-cabello', 'cartel-de-los-soles'], claims: [{ id: 'state-cartel', stance: 'disputes' }] }),
      label({ id: 's2', ...HAIR, entities: [], claims: [] }),
      label({ id: 's3', ...HTML_SPEECH, entities: ['nicolas-maduro'], claims: [] }),
    ]);
    const { code, stdout, stderr } = await evalCommand(file);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^stories: 3\n/);
    expect(stdout).toMatch(/^ {2}cartel-de-los-soles\s+1\.000\s+1\.000\s+1\s+0\s+0$/m);
    expect(stdout).toMatch(/^ {2}nicolas-maduro\s+1\.000\s+1\.000\s+1\s+0\s+0$/m);
    expect(stdout).toContain('claims labelled 1, found 1, extra 0');
    expect(stdout).toMatch(/entity precision\s+1\.000\s+≥ 0\.98\s+met/);
    expect(stdout).toMatch(/false claim alarms\s+0\s+= 0\s+met/);
    expect(stdout).not.toContain('MISSED');
    expect(stdout).toMatch(/misses \(0\)\n$/);
    expect(code).toBe(0);
  });

  it('reports every miss and each missed target, and exits 1', async () => {
    const file = await labelled('wrong.jsonl', [
      // Labelled asserts; the story disputes.
      label({ id: 's1', ...DENIAL, entities: ['diosdado-cabello', 'cartel-de-los-soles'], claims: [{ id: 'state-cartel', stance: 'asserts' }] }),
      // Labelled with a figure it does not name.
      label({ id: 's2', ...HAIR, entities: ['diosdado-cabello'], claims: [] }),
      // Maduro found but not labelled; a claim labelled that the story does not carry.
      label({ id: 's3', ...BASEBALL, entities: [], claims: [{ id: 'boat-strikes', stance: 'asserts' }] }),
      // A claim found on a story labelled with none: a false alarm.
      label({ id: 's4', ...DENIAL, entities: ['diosdado-cabello', 'cartel-de-los-soles'], claims: [] }),
    ]);
    const { code, stdout } = await evalCommand(file);
    // Figures: tp 4 (s1, s4), fp 1 (Maduro in s3), fn 1 (Cabello in s2).
    expect(stdout).toMatch(/^ {2}diosdado-cabello\s+1\.000\s+0\.667\s+2\s+0\s+1$/m);
    expect(stdout).toMatch(/^ {2}nicolas-maduro\s+0\.000\s+1\.000\s+0\s+1\s+0$/m);
    expect(stdout).toContain('claims labelled 2, found 1, extra 1');
    expect(stdout).toMatch(/entity precision\s+0\.800\s+≥ 0\.98\s+MISSED/);
    expect(stdout).toMatch(/entity recall\s+0\.800\s+≥ 0\.97\s+MISSED/);
    expect(stdout).toMatch(/claim recall\s+0\.500\s+≥ 0\.90\s+MISSED/);
    expect(stdout).toMatch(/stance accuracy\s+0(\.000)?\s+≥ 0\.85\s+MISSED/);
    expect(stdout).toMatch(/false claim alarms\s+1\s+= 0\s+MISSED/);
    const misses = stdout.slice(stdout.indexOf('misses (5)\n')).trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/).slice(0, 2).join(' '));
    expect(misses).toEqual(['s1 stance', 's2 entity-missed', 's3 entity-extra', 's3 claim-missed', 's4 claim-extra']);
    expect(stdout).toMatch(/^ {2}s1\s+stance\s+state-cartel: disputes, labelled asserts$/m);
    expect(stdout).toMatch(/^ {2}s3\s+claim-missed\s+boat-strikes \(asserts\)$/m);
    expect(code).toBe(1);
  });

  it('scores the labelled set in tests/fixtures/eval by default, its exit code following the targets', async () => {
    const { code, stdout } = await evalCommand();
    // The fixture README: 194 stories.
    expect(stdout).toMatch(/^stories: 194\n/);
    const targets = stdout.slice(stdout.indexOf('\ntargets\n'), stdout.indexOf('\nmisses ('));
    expect(targets.match(/ (met|MISSED)$/gm)).toHaveLength(5);
    expect(code).toBe(targets.includes('MISSED') ? 1 : 0);
  });

  it('names the file, line and field of a bad label, without a stack trace, and exits 2', async () => {
    const badLang = await labelled('bad-lang.jsonl', [label({ id: 's1', ...HAIR, entities: [], claims: [] }), JSON.stringify({ id: 's2', lang: 'fr', ...HAIR, entities: [], claims: [] })]);
    const lang = await evalCommand(badLang);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(new RegExp(`^eval: ${badLang.replace(/[.\\/]/g, '\\$&')}: line 2: lang: `));
    expect(lang.stderr).not.toMatch(/\n\s+at /);
    expect(lang.stdout).toBe('');

    const notJson = await evalCommand(await labelled('not-json.jsonl', ['{"id": "s1",']));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^eval: .*not-json\.jsonl: line 1: not JSON \(/);
  });

  it('refuses a missing file, an empty one and a second file in one line each, exiting 2', async () => {
    const missing = await evalCommand(join(dir, 'missing.jsonl'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^eval: .*missing\.jsonl: cannot be read \(ENOENT\)\n$/);
    const empty = await evalCommand(await labelled('empty.jsonl', []));
    expect(empty).toMatchObject({ code: 2, stdout: '' });
    expect(empty.stderr).toMatch(/^eval: .*empty\.jsonl: no labelled stories in it\n$/);
    const two = await evalCommand('a.jsonl', 'b.jsonl');
    expect(two).toMatchObject({ code: 2, stderr: 'eval: one labelled file at a time, not 2: a.jsonl b.jsonl\n' });
  });

  it('refuses an unknown flag by name, and reports a config it cannot load, exiting 2', async () => {
    const flag = await evalCommand('--verbose');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^Unknown option '--verbose'/);

    const emptyConfig = await mkdtemp(join(dir, 'config-'));
    const config = await evalCommand('--config', emptyConfig);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(`entities.yaml: file not found in ${emptyConfig}`);
    expect(config.stderr).toContain(`claims.yaml: file not found in ${emptyConfig}`);
    expect(config.stderr).not.toMatch(/\n\s+at /);
  });
});
