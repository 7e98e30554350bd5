import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readYaml } from '../../src/config/read-yaml';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, text: string): void => fs.writeFileSync(path.join(dir, file), text);

describe('readYaml', () => {
  it('reports a missing file as missing, not as a problem', () => {
    expect(readYaml(dir, 'feeds.yaml')).toEqual({ data: undefined, problems: [], missing: true });
  });

  it('reads a file into plain data', () => {
    write('feeds.yaml', 'feeds:\n  - url: https://example.com/feed\n    interval: 900\n');
    expect(readYaml(dir, 'feeds.yaml')).toEqual({ data: { feeds: [{ url: 'https://example.com/feed', interval: 900 }] }, problems: [], missing: false });
  });

  it('reads an empty file as an empty mapping', () => {
    write('settings.yaml', '# only a comment\n');
    expect(readYaml(dir, 'settings.yaml')).toMatchObject({ data: {}, problems: [] });
  });

  it('reports a syntax error with its line and column', () => {
    write('feeds.yaml', 'feeds:\n  - url: https://example.com/feed\n    name: Alpha: Beta\n');
    const read = readYaml(dir, 'feeds.yaml');
    expect(read.data).toBeUndefined();
    expect(read.missing).toBe(false);
    expect(read.problems[0]).toEqual({ where: 'feeds.yaml', path: 'line 3, column 11', message: 'Nested mappings are not allowed in compact mappings' });
  });

  it('reports a duplicate key', () => {
    write('settings.yaml', 'poll:\n  concurrency: 2\n  concurrency: 3\n');
    const read = readYaml(dir, 'settings.yaml');
    expect(read.data).toBeUndefined();
    expect(read.problems).toEqual([{ where: 'settings.yaml', path: 'line 3, column 3', message: 'Map keys must be unique' }]);
  });

  it('refuses aliases', () => {
    write('feeds.yaml', 'feeds:\n  - &feed { url: https://example.com/feed }\n  - *feed\n');
    const read = readYaml(dir, 'feeds.yaml');
    expect(read.data).toBeUndefined();
    expect(read.problems).toEqual([{ where: 'feeds.yaml', path: '', message: expect.stringMatching(/alias/i) }]);
  });

  it('refuses a "billion laughs" document', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    write('claims.yaml', levels.join('\n') + '\n');
    const read = readYaml(dir, 'claims.yaml');
    expect(read.data).toBeUndefined();
    expect(read.problems).toHaveLength(1);
  });

  it('reports a file it cannot read', () => {
    fs.mkdirSync(path.join(dir, 'entities.yaml'));
    const read = readYaml(dir, 'entities.yaml');
    expect(read.missing).toBe(false);
    expect(read.problems).toEqual([{ where: 'entities.yaml', path: '', message: expect.stringMatching(/^cannot read: /) }]);
  });
});
