/**
 * Loads and validates the config directory: settings.yaml (optional, environment overrides applied),
 * feeds.yaml, entities.yaml and claims.yaml. Every problem is collected, so one run of check-config
 * lists them all, each with its file and path.
 */
import cron from 'node-cron';
import type { ZodType } from 'zod';
import { applyEnv } from './env';
import { ConfigError, formatPath, type ConfigProblem } from './errors';
import { readYaml } from './read-yaml';
import { entitiesFileSchema, feedsFileSchema, settingsSchema, type EntityConfig, type FeedConfig, type Settings } from './schema';
import { claimsFileSchema, type ClaimsFile } from './claims-schema';
import { crossCheck } from './cross-check';
import { describeIssues } from './zod-issues';

export interface AppConfig {
  dir: string;
  settings: Settings;
  feeds: FeedConfig[];
  entities: EntityConfig[];
  claims: ClaimsFile;
}

function validate<T>(schema: ZodType<T>, data: unknown, where: (path: string) => string, problems: ConfigProblem[]): T | undefined {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const report of describeIssues(result.error.issues)) {
    const path = formatPath(report.path);
    problems.push({ where: where(path), path, message: report.message });
  }
  return undefined;
}

function readRequired<T>(dir: string, file: string, schema: ZodType<T>, problems: ConfigProblem[]): T | undefined {
  const read = readYaml(dir, file);
  if (read.missing) {
    problems.push({ where: file, path: '', message: `file not found in ${dir}` });
    return undefined;
  }
  problems.push(...read.problems);
  if (read.problems.length > 0) return undefined;
  return validate(schema, read.data, () => file, problems);
}

function loadSettings(dir: string, env: NodeJS.ProcessEnv, problems: ConfigProblem[]): Settings | undefined {
  const read = readYaml(dir, 'settings.yaml');
  problems.push(...read.problems);
  const fileData = read.data ?? {};
  if (typeof fileData !== 'object' || Array.isArray(fileData)) {
    problems.push({ where: 'settings.yaml', path: '', message: 'must be a mapping of settings' });
    return undefined;
  }
  const overlay = applyEnv(settingsSchema, fileData as Record<string, unknown>, env);
  problems.push(...overlay.problems);
  const settings = validate(settingsSchema, overlay.settings, (path) => {
    const variable = overlay.sources.get(path);
    return variable ? `environment ${variable}` : 'settings.yaml';
  }, problems);
  if (settings && !cron.validate(settings.poll.schedule)) {
    const variable = overlay.sources.get('poll.schedule');
    problems.push({
      where: variable ? `environment ${variable}` : 'settings.yaml',
      path: 'poll.schedule',
      message: `"${settings.poll.schedule}" is not a cron expression (five fields, or six with seconds first)`,
    });
  }
  return settings;
}

/** Every problem in the directory; an empty list means the config is usable. */
export function checkConfig(dir: string, env: NodeJS.ProcessEnv): { config?: AppConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const settings = loadSettings(dir, env, problems);
  const feeds = readRequired(dir, 'feeds.yaml', feedsFileSchema, problems);
  const entities = readRequired(dir, 'entities.yaml', entitiesFileSchema, problems);
  const claims = readRequired(dir, 'claims.yaml', claimsFileSchema, problems);
  if (!settings || !feeds || !entities || !claims) return { problems };
  problems.push(...crossCheck(feeds.feeds, entities.entities, claims));
  if (problems.length > 0) return { problems };
  return { config: { dir, settings, feeds: feeds.feeds, entities: entities.entities, claims }, problems };
}

export function loadConfig(dir: string, env: NodeJS.ProcessEnv): AppConfig {
  const { config, problems } = checkConfig(dir, env);
  if (!config) throw new ConfigError(problems);
  return config;
}
