import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, describeProblem } from '../../src/config/errors';
import { checkConfig, loadConfig } from '../../src/config/load-config';
import { settingsSchema } from '../../src/config/schema';

const FEEDS = 'feeds:\n  - url: https://example.com/feed\n    name: Example\n  - url: https://example.org/rss\n';
const ENTITIES = `entities:
  - id: nicolas-maduro
    name: Nicolás Maduro
    kind: person
    aliases: [Nicolas Maduro, { text: Maduro, ambiguous: true }]
  - id: diosdado-cabello
    name: Diosdado Cabello
    kind: person
`;
const CLAIMS = `claims:
  - id: cartel-de-los-soles
    statement: Maduro leads the Cartel de los Soles.
    topic:
      entities: [nicolas-maduro]
      en: [cartel of the suns]
`;

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-'));
  write({ 'feeds.yaml': FEEDS, 'entities.yaml': ENTITIES, 'claims.yaml': CLAIMS });
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

const problemsOf = (env: NodeJS.ProcessEnv = {}): string[] => checkConfig(dir, env).problems.map(describeProblem);

describe('loadConfig', () => {
  it('loads a valid directory', () => {
    const config = loadConfig(dir, {});
    expect(config.dir).toBe(dir);
    expect(config.feeds).toEqual([
      { url: 'https://example.com/feed', name: 'Example', enabled: true },
      { url: 'https://example.org/rss', enabled: true },
    ]);
    expect(config.entities.map((entity) => entity.id)).toEqual(['nicolas-maduro', 'diosdado-cabello']);
    expect(config.claims.claims[0]).toMatchObject({ id: 'cartel-de-los-soles', topic: { entities: ['nicolas-maduro'], en: ['cartel of the suns'], es: [] } });
  });

  it('uses the defaults when settings.yaml is missing', () => {
    const { settings } = loadConfig(dir, {});
    expect(settings).toEqual(settingsSchema.parse({}));
    expect(settings.poll).toMatchObject({ schedule: '* * * * *', concurrency: 8, perHost: 2, backfill: 0, interval: 600 });
  });

  it('keeps defaults for what settings.yaml leaves out', () => {
    write({ 'settings.yaml': 'poll:\n  concurrency: 3\n' });
    expect(loadConfig(dir, {}).settings.poll).toMatchObject({ concurrency: 3, perHost: 2, schedule: '* * * * *' });
  });

  it('applies environment overrides over settings.yaml', () => {
    write({ 'settings.yaml': 'poll:\n  schedule: "*/5 * * * *"\n  perHost: 1\n  backfill: 0\n' });
    const { settings } = loadConfig(dir, { VIGIA_POLL_SCHEDULE: '*/30 * * * * *', VIGIA_POLL_PER_HOST: '4', VIGIA_POLL_BACKFILL: '5' });
    expect(settings.poll).toMatchObject({ schedule: '*/30 * * * * *', perHost: 4, backfill: 5 });
  });

  it('names the variable when an environment value is bad', () => {
    const problems = problemsOf({ VIGIA_POLL_CONCURRENCY: 'lots' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^environment VIGIA_POLL_CONCURRENCY: poll\.concurrency: /);
    expect(problemsOf({ VIGIA_POLL_CONCURRENCY: '500' })[0]).toMatch(/^environment VIGIA_POLL_CONCURRENCY: /);
  });

  it('reports an unknown VIGIA_ variable', () => {
    expect(problemsOf({ VIGIA_POLL_CONCURENCY: '4' })).toEqual(['environment VIGIA_POLL_CONCURENCY: no such setting (see config/settings.yaml for the names)']);
  });

  it('reports a bad setting in settings.yaml with its path', () => {
    write({ 'settings.yaml': 'poll:\n  perHost: 0\n' });
    expect(problemsOf()).toEqual([expect.stringMatching(/^settings\.yaml: poll\.perHost: /)]);
  });

  it('reports an unknown setting in settings.yaml', () => {
    write({ 'settings.yaml': 'pol:\n  perHost: 2\n' });
    expect(problemsOf()).toEqual(['settings.yaml: Unrecognized key: "pol"']);
  });

  it('reports an invalid cron expression, from the file or the environment', () => {
    write({ 'settings.yaml': 'poll:\n  schedule: every minute\n' });
    expect(problemsOf()).toEqual(['settings.yaml: poll.schedule: "every minute" is not a cron expression (five fields, or six with seconds first)']);
    write({ 'settings.yaml': '' });
    expect(problemsOf({ VIGIA_POLL_SCHEDULE: '61 * * * *' })).toEqual([
      'environment VIGIA_POLL_SCHEDULE: poll.schedule: "61 * * * *" is not a cron expression (five fields, or six with seconds first)',
    ]);
  });

  it('reports a feed URL that is not http or https', () => {
    write({ 'feeds.yaml': 'feeds:\n  - url: https://example.com/feed\n  - url: ftp://example.com/feed\n  - url: not a url\n' });
    expect(problemsOf()).toEqual(['feeds.yaml: feeds[1].url: not a URL (http or https)', 'feeds.yaml: feeds[2].url: not a URL (http or https)']);
  });

  it('says a missing key is required, and names the key of an alias mapping that is wrong', () => {
    write({
      'feeds.yaml': 'feeds:\n  - name: Sin dirección\n',
      'entities.yaml': `${ENTITIES}    aliases: [Cabello, { text: Diosdado, case: upper }, 7, { txt: El Capo }]\n`,
    });
    expect(problemsOf()).toEqual([
      'feeds.yaml: feeds[0].url: required',
      'entities.yaml: entities[1].aliases[1].case: Invalid option: expected one of "any"|"capitalized"|"exact"',
      'entities.yaml: entities[1].aliases[2]: must be text or a mapping, not a number',
      'entities.yaml: entities[1].aliases[3].text: required',
      'entities.yaml: entities[1].aliases[3]: Unrecognized key: "txt"',
    ]);
  });

  it('refuses an alias both ambiguous and shared', () => {
    write({ 'entities.yaml': `${ENTITIES}    aliases: [{ text: Diosdado Cabello, ambiguous: true, shared: true }]\n` });
    expect(problemsOf()).toEqual(['entities.yaml: entities[1].aliases[0]: an alias is ambiguous or shared, not both: an ambiguous one already needs evidence']);
  });

  it('reports a YAML syntax error with its line and column', () => {
    write({ 'entities.yaml': 'entities:\n  - id: x\n    name: A: B\n' });
    expect(problemsOf()).toEqual(['entities.yaml: line 3, column 11: Nested mappings are not allowed in compact mappings']);
  });

  it('refuses YAML aliases', () => {
    write({ 'feeds.yaml': 'feeds:\n  - &f { url: https://example.com/feed }\n  - *f\n' });
    expect(problemsOf()).toEqual(['feeds.yaml: Alias resolution is disabled']);
  });

  it('reports a missing required file', () => {
    fs.rmSync(path.join(dir, 'claims.yaml'));
    expect(problemsOf()).toEqual([`claims.yaml: file not found in ${dir}`]);
  });

  it('reports a duplicate feed URL', () => {
    write({ 'feeds.yaml': 'feeds:\n  - url: https://example.com/feed\n  - url: https://example.com/feed\n' });
    expect(problemsOf()).toEqual(['feeds.yaml: feeds[1].url: https://example.com/feed is listed twice']);
  });

  it('reports a claim naming an unknown figure', () => {
    write({ 'claims.yaml': CLAIMS.replace('[nicolas-maduro]', '[nicolas-maduro, alex-saab]') });
    expect(problemsOf()).toEqual(['claims.yaml: claims[0].topic.entities[1]: no figure "alex-saab" in entities.yaml']);
  });

  it('reports a claim with a single word group, which would match any sentence holding one word', () => {
    write({ 'claims.yaml': `${CLAIMS}    together:\n      - en: [cocaine]\n` });
    expect(problemsOf()).toEqual([expect.stringMatching(/^claims\.yaml: claims\[0\]\.together: a single group would match any sentence/)]);
  });

  it('reports two figures sharing an unambiguous alias', () => {
    write({ 'entities.yaml': ENTITIES + '    aliases: [Nicolas Maduro]\n' });
    expect(problemsOf()).toEqual(['entities.yaml: entities[1].aliases: "Nicolas Maduro" also names "nicolas-maduro"; mark it ambiguous: true on both']);
  });

  it('throws a ConfigError listing every problem across files', () => {
    write({
      'settings.yaml': 'poll:\n  perHost: 0\n',
      'feeds.yaml': 'feeds:\n  - url: https://example.com/feed\n  - url: gopher://old.example\n',
      'entities.yaml': 'entities:\n  - id: Not A Slug\n    name: X\n    kind: person\n',
    });
    const expected = problemsOf({ VIGIA_NOPE: '1' });
    expect(expected).toHaveLength(4);

    let caught: unknown;
    try {
      loadConfig(dir, { VIGIA_NOPE: '1' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.problems.map(describeProblem)).toEqual(expected);
    expect(error.message).toBe(`config: 4 problems\n${expected.join('\n')}`);
    expect(error.message).toContain('feeds.yaml: feeds[1].url: not a URL (http or https)');
    expect(error.message).toContain('environment VIGIA_NOPE: no such setting');
  });
});
