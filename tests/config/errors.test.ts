/**
 * Config problems in words: each names its file or environment variable, the path inside it and what
 * is wrong; a ConfigError lists them all, one a line; zod paths read as people write them.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, describeProblem, formatPath, type ConfigProblem } from '../../src/config/errors';

const badUrl: ConfigProblem = { where: 'feeds.yaml', path: 'feeds[3].url', message: 'not a URL (http or https)' };
const missing: ConfigProblem = { where: 'claims.yaml', path: '', message: 'file not found in config' };
const badSchedule: ConfigProblem = { where: 'environment VIGIA_POLL_SCHEDULE', path: 'poll.schedule', message: '"cada minuto" is not a cron expression' };

describe('describeProblem', () => {
  it('gives where, the path inside it, and the message', () => {
    expect(describeProblem(badUrl)).toBe('feeds.yaml: feeds[3].url: not a URL (http or https)');
    expect(describeProblem(badSchedule)).toBe('environment VIGIA_POLL_SCHEDULE: poll.schedule: "cada minuto" is not a cron expression');
  });

  it('leaves the path out when the problem is the whole file', () => {
    expect(describeProblem(missing)).toBe('claims.yaml: file not found in config');
  });
});

describe('ConfigError', () => {
  it('counts the problems and lists each on its own line', () => {
    const error = new ConfigError([badUrl, missing, badSchedule]);
    expect(error.message).toBe(
      [
        'config: 3 problems',
        'feeds.yaml: feeds[3].url: not a URL (http or https)',
        'claims.yaml: file not found in config',
        'environment VIGIA_POLL_SCHEDULE: poll.schedule: "cada minuto" is not a cron expression',
      ].join('\n'),
    );
  });

  it('says "problem" for one', () => {
    expect(new ConfigError([badUrl]).message).toBe('config: 1 problem\nfeeds.yaml: feeds[3].url: not a URL (http or https)');
  });

  it('is an Error named ConfigError that keeps the problems for callers to list again', () => {
    const problems = [badUrl, missing];
    const error = new ConfigError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toEqual([badUrl, missing]);
  });
});

describe('formatPath', () => {
  it('joins keys with dots and puts indexes in brackets', () => {
    expect(formatPath(['feeds', 3, 'url'])).toBe('feeds[3].url');
    expect(formatPath(['claims', 0, 'topic', 'entities', 1])).toBe('claims[0].topic.entities[1]');
    expect(formatPath(['discord', 'digest', 'hours'])).toBe('discord.digest.hours');
  });

  it('gives one key as it is, nested indexes one after another, and nothing for the root', () => {
    expect(formatPath(['poll'])).toBe('poll');
    expect(formatPath(['together', 0, 1])).toBe('together[0][1]');
    expect(formatPath([2, 'url'])).toBe('[2].url');
    expect(formatPath([])).toBe('');
  });
});
