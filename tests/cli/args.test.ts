/**
 * parseCliArgs (src/cli/args.ts): the command and its flags with the README's defaults, both flag
 * spellings and any order, and a UsageError naming the argument for every kind of bad input.
 */
import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE, UsageError } from '../../src/cli/args';

/** The UsageError parseCliArgs throws for `argv`; fails the test when it throws none or another. */
function usageError(argv: string[]): UsageError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`no error for ${JSON.stringify(argv)}`);
}

describe('parseCliArgs', () => {
  it('gives the README defaults when nothing is given', () => {
    expect(parseCliArgs([])).toEqual({
      command: undefined,
      configDir: 'config',
      dbFile: 'data/vigia.db',
      once: false,
      jsonl: false,
      guild: undefined,
      to: undefined,
      help: false,
    });
  });

  it('reads a command with every flag it takes', () => {
    expect(parseCliArgs(['poll', '--once', '--jsonl', '--config', 'cfg', '--db', 'tmp/v.db'])).toEqual({
      command: 'poll',
      configDir: 'cfg',
      dbFile: 'tmp/v.db',
      once: true,
      jsonl: true,
      guild: undefined,
      to: undefined,
      help: false,
    });
  });

  it('takes flags before or after the command, and --flag=value as well as --flag value', () => {
    const args = parseCliArgs(['--db=data/copia.db', 'backup', '--to', 'backups/vigia-2026-11-21.db', '--config=otra']);
    expect(args).toMatchObject({ command: 'backup', dbFile: 'data/copia.db', to: 'backups/vigia-2026-11-21.db', configDir: 'otra' });
  });

  it('keeps a server id as the text it was given', () => {
    // 18 digits: more than a JavaScript number holds exactly.
    expect(parseCliArgs(['deploy-commands', '--guild', '112233445566778899']).guild).toBe('112233445566778899');
  });

  it('reads --help and -h, with or without a command', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['-h'])).toMatchObject({ help: true, command: undefined });
    expect(parseCliArgs(['run', '-h'])).toMatchObject({ help: true, command: 'run' });
  });

  it('refuses an unknown flag, long or short, naming it', () => {
    const long = usageError(['poll', '--verbose']);
    expect(long.message).toMatch(/^usage: Unknown option '--verbose'/);
    expect(long.name).toBe('UsageError');
    expect(usageError(['-x']).message).toMatch(/^usage: Unknown option '-x'/);
  });

  it('refuses a flag missing its value, naming the flag', () => {
    expect(usageError(['backup', '--to']).message).toBe("usage: Option '--to <value>' argument missing");
    expect(usageError(['deploy-commands', '--guild']).message).toBe("usage: Option '--guild <value>' argument missing");
  });

  it('refuses an empty value, which would open a throwaway database or read the working directory', () => {
    expect(usageError(['run', '--db=']).message).toBe('usage: --db needs a value');
    expect(usageError(['check-config', '--config=']).message).toBe('usage: --config needs a value');
    expect(usageError(['backup', '--to', '']).message).toBe('usage: --to needs a value');
    expect(usageError(['deploy-commands', '--guild=']).message).toBe('usage: --guild needs a value');
  });

  it('refuses a flag that would swallow the next flag as its value', () => {
    const error = usageError(['check-config', '--config', '--db', 'x.db']);
    expect(error.message).toMatch(/^usage: Option '--config' argument is ambiguous/);
  });

  it('refuses a value given to an on/off flag', () => {
    expect(usageError(['poll', '--once=yes']).message).toBe("usage: Option '--once' does not take an argument");
    expect(usageError(['--help=1']).message).toMatch(/^usage: Option '-h, --help' does not take an argument/);
  });

  it('refuses a second command word, naming it', () => {
    expect(usageError(['run', 'extra', 'more']).message).toBe('usage: unexpected argument "extra"');
    // After "--" everything is a word, even what looks like a flag.
    expect(usageError(['run', '--', '--once']).message).toBe('usage: unexpected argument "--once"');
  });
});

describe('USAGE', () => {
  it('documents every flag parseCliArgs accepts, with the defaults it applies', () => {
    for (const flag of ['--config DIR', '--db FILE', '--once', '--jsonl', '--guild ID', '--to FILE', '-h, --help']) expect(USAGE).toContain(flag);
    expect(USAGE).toContain('(default config/)');
    expect(USAGE).toContain('(default data/vigia.db)');
  });
});
