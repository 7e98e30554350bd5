import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntryPoint } from '../../src/cli/entry-point';

const root = mkdtempSync(path.join(os.tmpdir(), 'vigia-entry-'));
const release = path.join(root, 'release 1');
mkdirSync(release);
const script = path.join(release, 'main.mjs');
writeFileSync(script, '');
writeFileSync(path.join(release, 'other.mjs'), '');
symlinkSync(release, path.join(root, 'current'));
const url = pathToFileURL(script).href;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('isEntryPoint', () => {
  it('knows the script run by a path with a space, which its URL percent-encodes', () => {
    expect(url).toContain('release%201');
    expect(isEntryPoint(url, script)).toBe(true);
  });

  it('knows the script run through a symlinked directory', () => {
    expect(isEntryPoint(url, path.join(root, 'current', 'main.mjs'))).toBe(true);
  });

  it('says no for another script, a path that does not exist, or none', () => {
    expect(isEntryPoint(url, path.join(release, 'other.mjs'))).toBe(false);
    expect(isEntryPoint(url, path.join(root, 'gone', 'main.mjs'))).toBe(false);
    expect(isEntryPoint(url, undefined)).toBe(false);
  });
});
