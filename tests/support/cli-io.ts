/** Runs a CLI command in-process with string stdin and captured stdout/stderr. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  input.end(stdin);
  const code = await main(argv, { stdin: input, stdout, stderr, env });
  return { code, stdout: out, stderr: err };
}
