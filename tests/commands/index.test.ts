/**
 * The command list (commands/index.ts): unique names in registration order, every definition one
 * Discord accepts, the limits it declares enforced again by the handlers, deploy-commands
 * registering exactly what the router answers, and how the router treats what the list lacks (an
 * unknown command or autocomplete) and a command failing like a bug would.
 */
import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../../commands';
import { defineCommand } from '../../src/discord/command-types';
import { runCli } from '../support/cli-io';
import { closeHarness, ephemeralText, expectPublic, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import { PERMISSIONS } from '../support/fake-discord';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

/** A test-only command that fails the way a bug would, with internals in its message. */
const boom = defineCommand({
  data: { name: 'boom', description: 'fails' },
  options: z.object({}),
  execute() {
    // A library error that quotes the token, as a careless one might (an auth header, a URL).
    throw new Error(`SQLITE_CORRUPT: secret internal detail at /srv/vigia/data; Authorization: Bot ${h.fake.token}`);
  },
});

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness([boom]);
});
afterEach(() => closeHarness(h));

type Option = APIApplicationCommandOption & Record<string, unknown>;

// Discord's rules for chat-input command and option names (lower case where the script has case).
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUBCOMMAND = 1;
const GROUP = 2;

/** What Discord would refuse in a chat-input command definition, in words; empty when it is valid. */
function definitionProblems(data: RESTPostAPIChatInputApplicationCommandsJSONBody): string[] {
  const problems: string[] = [];
  let characters = 0;
  const text = (where: string, value: unknown, max: number): void => {
    const length = typeof value === 'string' ? value.length : 0;
    if (length < 1 || length > max) problems.push(`${where}: must be 1 to ${max} characters`);
    characters += length;
  };
  const name = (where: string, value: unknown): void => {
    if (typeof value !== 'string' || !NAME.test(value) || value !== value.toLowerCase()) problems.push(`${where}: invalid name`);
    characters += typeof value === 'string' ? value.length : 0;
  };
  const options = (where: string, list: readonly Option[]): void => {
    if (list.length > 25) problems.push(`${where}: more than 25 options`);
    if (new Set(list.map((option) => option.name)).size !== list.length) problems.push(`${where}: option names repeat`);
    const nested = list.filter((option) => option.type === SUBCOMMAND || option.type === GROUP);
    if (nested.length > 0 && nested.length !== list.length) problems.push(`${where}: subcommands mixed with options`);
    const required = list.map((option) => option.required === true);
    if (required.indexOf(false) !== -1 && required.lastIndexOf(true) > required.indexOf(false)) problems.push(`${where}: a required option after an optional one`);
    for (const option of list) {
      const at = `${where}.${option.name}`;
      name(at, option.name);
      text(`${at} description`, option.description, 100);
      const choices = (option.choices ?? []) as Array<{ name: string; value: string | number }>;
      if (choices.length > 25) problems.push(`${at}: more than 25 choices`);
      if (choices.length > 0 && option.autocomplete) problems.push(`${at}: choices and autocomplete together`);
      for (const choice of choices) {
        text(`${at} choice`, choice.name, 100);
        characters += String(choice.value).length;
      }
      const { min_length: minLength = 0, max_length: maxLength = 6000, min_value: minValue, max_value: maxValue } = option as Record<string, number | undefined>;
      if (minLength < 0 || maxLength < 1 || maxLength > 6000 || minLength > maxLength) problems.push(`${at}: bad length limits`);
      if (minValue !== undefined && maxValue !== undefined && minValue > maxValue) problems.push(`${at}: min_value above max_value`);
      if (option.type === SUBCOMMAND || option.type === GROUP) options(at, (option.options ?? []) as Option[]);
    }
  };
  if (data.type !== undefined && data.type !== 1) problems.push('type: not a chat-input command');
  name('name', data.name);
  text('description', data.description, 100);
  options(data.name, (data.options ?? []) as Option[]);
  if (characters > 4000) problems.push(`more than 4000 characters in all (${characters})`);
  return problems;
}

/** Every option of a command with the subcommand it belongs to. */
function optionsOf(data: RESTPostAPIChatInputApplicationCommandsJSONBody): Array<{ subcommand: string | undefined; option: Option }> {
  return ((data.options ?? []) as Option[]).flatMap((option): Array<{ subcommand: string | undefined; option: Option }> =>
    option.type === SUBCOMMAND ? ((option.options ?? []) as Option[]).map((inner) => ({ subcommand: option.name, option: inner })) : [{ subcommand: undefined, option }],
  );
}

describe('the command list', () => {
  it('registers each command once, under the name its definition gives, in a fixed order', () => {
    const names = COMMANDS.map((command) => command.name);
    expect(names).toEqual(['figure', 'recent', 'claim', 'search', 'track', 'feeds', 'digest', 'status']);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) expect(command.data.name).toBe(command.name);
  });

  it('holds only definitions Discord accepts, offered in servers only', () => {
    for (const command of COMMANDS) {
      expect({ command: command.name, problems: definitionProblems(command.data) }).toEqual({ command: command.name, problems: [] });
      // Guild context only: the handlers read the member's permissions and the server's data.
      expect(command.data.contexts).toEqual([0]);
    }
  });

  it('catches the definitions Discord refuses (the check itself)', () => {
    const bad = {
      name: 'Bad Name',
      description: 'd'.repeat(101),
      options: [
        { type: 3, name: 'later', description: 'optional first', required: false },
        { type: 3, name: 'first', description: 'required second', required: true, autocomplete: true, choices: [{ name: 'a', value: 'a' }] },
        { type: 4, name: 'hours', description: 'range upside down', min_value: 10, max_value: 1 },
      ],
    } as RESTPostAPIChatInputApplicationCommandsJSONBody;
    expect(definitionProblems(bad)).toEqual([
      'name: invalid name',
      'description: must be 1 to 100 characters',
      'Bad Name: a required option after an optional one',
      'Bad Name.first: choices and autocomplete together',
      'Bad Name.hours: min_value above max_value',
    ]);
  });

  it('asks Discord for autocomplete exactly on the commands that answer it', () => {
    for (const command of COMMANDS) {
      const asks = optionsOf(command.data).some(({ option }) => option.autocomplete === true);
      expect({ command: command.name, autocompletes: asks }).toEqual({ command: command.name, autocompletes: command.autocomplete !== undefined });
    }
  });

  it('hides /track and /feeds from members without Manage Server, and nothing else', () => {
    const permissions = Object.fromEntries(COMMANDS.map((command) => [command.name, command.data.default_member_permissions ?? null]));
    expect(permissions).toEqual({ figure: null, recent: null, claim: null, search: null, track: '32', feeds: '32', digest: null, status: null });
  });

  it('enforces again every length, range and choice the definitions declare, naming the option', async () => {
    const checked = new Set<string>();
    for (const command of COMMANDS) {
      for (const { subcommand, option } of optionsOf(command.data)) {
        const send = (value: unknown) => h.command(command.name, subcommand ? [opt.sub(subcommand, [{ name: option.name, type: option.type, value }])] : [{ name: option.name, type: option.type, value }], PERMISSIONS.manager);
        const refused = async (value: unknown, problem: string): Promise<void> => {
          checked.add([command.name, subcommand, option.name].filter(Boolean).join(' '));
          expect(ephemeralText(await send(value))).toContain(`\`${option.name}\` ${problem}`);
        };
        const { min_length: minLength, max_length: maxLength, min_value: minValue, max_value: maxValue } = option as Record<string, number | undefined>;
        if (maxLength !== undefined) await refused('x'.repeat(maxLength + 1), `must be at most ${maxLength} characters (got ${maxLength + 1})`);
        if (minLength !== undefined && minLength > 1) await refused('x'.repeat(minLength - 1), `must be at least ${minLength} characters`);
        if (minValue !== undefined) await refused(minValue - 1, `must be between ${minValue} and ${maxValue}`);
        if (maxValue !== undefined) await refused(maxValue + 1, `must be between ${minValue} and ${maxValue}`);
        const choices = (option.choices ?? []) as Array<{ value: string }>;
        if (choices.length > 0) await refused('none-of-these', `must be one of ${choices.map((choice) => choice.value).join(', ')}`);
      }
    }
    // Every option declares a limit or choices, so each was sent a value past it.
    expect([...checked]).toEqual([
      'figure name', 'recent figure', 'recent claim', 'recent hours', 'claim id', 'search query',
      'track add name', 'track add aliases', 'track add kind', 'track remove name',
      'feeds add url', 'feeds add name', 'feeds remove url', 'feeds list page', 'feeds status page', 'feeds test url', 'digest hours',
    ]);
  });

  it('deploy-commands registers exactly the definitions the router answers', async () => {
    const env = { DISCORD_TOKEN: h.fake.token, DISCORD_API_BASE: h.fake.apiBase };
    const guild = await runCli(['deploy-commands', '--guild', h.fake.guildId], '', env);
    expect(guild).toMatchObject({ code: 0, stderr: '' });
    const names = COMMANDS.map((command) => command.name);
    expect(guild.stdout).toBe(`registered ${names.length} commands in server ${h.fake.guildId}: ${names.map((name) => `/${name}`).join(', ')}\n`);
    const registered = h.fake.registeredCommands.guilds.get(h.fake.guildId)!;
    expect(registered.map((command) => command.name)).toEqual(['figure', 'recent', 'claim', 'search', 'track', 'feeds', 'digest', 'status']);
    const byName = (name: string) => registered.find((command) => command.name === name)!;
    expect(byName('track').default_member_permissions).toBe('32');
    expect(byName('feeds').default_member_permissions).toBe('32');
    expect(byName('figure').default_member_permissions).toBeNull();
    expect((byName('track').options as Array<{ name: string; options?: Array<{ name: string }> }>).map((sub) => [sub.name, (sub.options ?? []).map((o) => o.name)])).toEqual([
      ['add', ['name', 'aliases', 'kind']],
      ['remove', ['name']],
      ['list', []],
    ]);
    for (const name of names) {
      const reply = await h.command(name, [], PERMISSIONS.manager);
      expect(reply.kind).toBe('callback');
    }
  });
});

describe('the router, for what the list lacks or a command that fails', () => {
  it('answers an internal error with a reference only, logs the details, and keeps serving', async () => {
    const text = ephemeralText(await h.command('boom'));
    const ref = /\(ref ([0-9A-F]{8})\)/.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(text).not.toMatch(/SQLITE|secret|\/srv/);
    const logged = h.logs.find((line) => line.includes(ref!));
    expect(logged).toContain('secret internal detail');
    // The token is in neither the reply nor any log line: the logger scrubs the value itself.
    expect(text).not.toContain(h.fake.token);
    expect(logged).toContain('Authorization: Bot [redacted]');
    expect(h.logs.filter((line) => line.includes(h.fake.token))).toEqual([]);
    expectPublic(await h.command('status'));
  });

  it('answers an unknown command and an unknown autocomplete without crashing', async () => {
    expect(ephemeralText(await h.command('nonexistent'))).toMatch(/^This bot has no command `\/nonexistent`/);
    expect(await h.autocomplete('status', [opt.str('x', 'y', true)])).toEqual([]);
    expectPublic(await h.command('status'));
  });
});
