/**
 * Environment overrides for settings.yaml: every setting has a variable named after its path,
 * poll.perHost → VIGIA_POLL_PER_HOST. Values are converted by the setting's type and then validated
 * by the same schema as the file, so a bad variable is reported the same way as a bad line.
 */
import type { ZodType } from 'zod';
import type { ConfigProblem } from './errors';

export const ENV_PREFIX = 'VIGIA_';

interface Leaf {
  path: string[];
  type: string;
}

interface Introspectable {
  def: { type: string };
  shape?: Record<string, ZodType>;
  unwrap?: () => ZodType;
}

/** Walks object shapes through default/prefault/optional wrappers down to the leaves. */
export function settingLeaves(schema: ZodType, path: string[] = []): Leaf[] {
  let node = schema as unknown as Introspectable;
  while (node.unwrap && ['default', 'prefault', 'optional', 'nullable'].includes(node.def.type)) {
    node = node.unwrap() as unknown as Introspectable;
  }
  if (node.def.type === 'object' && node.shape) {
    return Object.entries(node.shape).flatMap(([key, child]) => settingLeaves(child, [...path, key]));
  }
  return [{ path, type: node.def.type }];
}

export function envName(path: readonly string[]): string {
  return ENV_PREFIX + path.map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('_');
}

function convert(raw: string, type: string): unknown {
  const trimmed = raw.trim();
  if (type === 'number') return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw;
  if (type === 'boolean') {
    if (/^(true|1|yes)$/i.test(trimmed)) return true;
    if (/^(false|0|no)$/i.test(trimmed)) return false;
    return raw;
  }
  if (type === 'array') return trimmed === '' ? [] : trimmed.split(',').map((item) => item.trim());
  return raw;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    node = (node[key] = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...next } : {}) as Record<string, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

export interface EnvOverlay {
  settings: Record<string, unknown>;
  /** Dotted setting path → the variable that set it, to name it in errors. */
  sources: Map<string, string>;
  problems: ConfigProblem[];
}

export function applyEnv(schema: ZodType, fileSettings: Record<string, unknown>, env: NodeJS.ProcessEnv): EnvOverlay {
  const settings = structuredClone(fileSettings);
  const sources = new Map<string, string>();
  const leaves = settingLeaves(schema);
  const known = new Set<string>();
  for (const leaf of leaves) {
    const name = envName(leaf.path);
    known.add(name);
    const raw = env[name];
    if (raw === undefined) continue;
    setPath(settings, leaf.path, convert(raw, leaf.type));
    sources.set(leaf.path.join('.'), name);
  }
  const problems: ConfigProblem[] = Object.keys(env)
    .filter((name) => name.startsWith(ENV_PREFIX) && !known.has(name))
    .map((name) => ({ where: `environment ${name}`, path: '', message: 'no such setting (see config/settings.yaml for the names)' }));
  return { settings, sources, problems };
}
