/** Reads one YAML file into plain data, turning syntax errors into problems with line and column. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ConfigProblem } from './errors';

export interface YamlRead {
  data: unknown;
  problems: ConfigProblem[];
  missing: boolean;
}

export function readYaml(dir: string, file: string): YamlRead {
  const path = join(dir, file);
  if (!existsSync(path)) return { data: undefined, problems: [], missing: true };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { data: undefined, problems: [{ where: file, path: '', message: `cannot read: ${(error as Error).message}` }], missing: false };
  }
  // Errors carry offsets only; the line counter turns them into line and column (1-based).
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const position = lineCounter.linePos(error.pos[0]);
      const at = position ? `line ${position.line}, column ${position.col}` : '';
      return { where: file, path: at, message: error.message.split('\n')[0] ?? error.code };
    });
    return { data: undefined, problems, missing: false };
  }
  try {
    // Aliases are refused: a YAML "billion laughs" would otherwise expand in memory.
    return { data: doc.toJS({ maxAliasCount: 0 }) ?? {}, problems: [], missing: false };
  } catch (error) {
    return { data: undefined, problems: [{ where: file, path: '', message: (error as Error).message }], missing: false };
  }
}
