import { describe, expect, it } from 'vitest';
import { SHIPPED_CONFIG } from '../support/config-dir';
import { runCli } from '../support/cli-io';

const line = (value: object): string => JSON.stringify(value) + '\n';

describe('vigia match --jsonl', () => {
  it('writes one result line per story, in input order, with HTML stripped', async () => {
    const input =
      line({ id: 'a', title: 'Cabello rechaza informe', text: '<p>El ministro Diosdado Cabello dijo que el Cartel de los Soles <b>no existe</b>.</p>' }) +
      line({ id: 'b', title: 'Tips for hair care', text: 'Brush your cabello gently and use a mild shampoo.' });
    const { code, stdout, stderr } = await runCli(['match', '--jsonl', '--config', SHIPPED_CONFIG], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [first, second] = stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(first).toMatchObject({ id: 'a', lang: 'es' });
    expect(first.entities.map((entity: { id: string }) => entity.id).sort()).toEqual(['cartel-de-los-soles', 'diosdado-cabello']);
    expect(first.claims[0]).toMatchObject({ id: 'state-cartel', stance: 'disputes', evidence: 'El ministro Diosdado Cabello dijo que el Cartel de los Soles no existe.' });
    expect(first.summary).not.toContain('<');
    expect(second).toEqual({ id: 'b', lang: 'en', entities: [], claims: [], summary: 'Brush your cabello gently and use a mild shampoo.' });
  });

  it('reports a bad line with its number and still matches the others', async () => {
    const input = line({ id: 'ok-1', title: 'Maduro habla', text: '' }) + '{not json\n' + line({ title: 'no id' }) + line({ id: 'ok-2', title: 'x', text: 'y' });
    const { code, stdout, stderr } = await runCli(['match', '--jsonl', '--config', SHIPPED_CONFIG], input);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').map((text) => JSON.parse(text).id)).toEqual(['ok-1', 'ok-2']);
    expect(stderr).toContain('match: line 2: not JSON');
    expect(stderr).toContain('match: line 3: id: required');
  });

  it('asks for --jsonl rather than guessing a format', async () => {
    const { code, stderr } = await runCli(['match', '--config', SHIPPED_CONFIG]);
    expect(code).toBe(2);
    expect(stderr).toContain('add --jsonl');
  });
});
