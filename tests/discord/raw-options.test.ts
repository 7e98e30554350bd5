/**
 * The options of a slash command as one flat record for the command's zod schema: plain options by
 * name, the subcommand and group under their own keys, values exactly as sent, and no prototype for
 * a hostile option name to reach; and the subcommand alone, for the permission check.
 */
import { ApplicationCommandOptionType as Type, type CommandInteractionOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { rawOptions, subcommandOf } from '../../src/discord/raw-options';

const str = (name: string, value: unknown): CommandInteractionOption => ({ name, type: Type.String, value }) as CommandInteractionOption;
const int = (name: string, value: number): CommandInteractionOption => ({ name, type: Type.Integer, value });
const sub = (name: string, options: CommandInteractionOption[] = []): CommandInteractionOption => ({ name, type: Type.Subcommand, options });
const group = (name: string, options: CommandInteractionOption[]): CommandInteractionOption => ({ name, type: Type.SubcommandGroup, options });

/** The record as a plain object, for toEqual (it has no prototype of its own). */
const plain = (record: Record<string, unknown>) => ({ ...record });

describe('rawOptions', () => {
  it('gives top-level options by name', () => {
    expect(plain(rawOptions([str('figure', 'diosdado-cabello'), int('hours', 48)]))).toEqual({ figure: 'diosdado-cabello', hours: 48 });
  });

  it('gives nothing for a command without options', () => {
    expect(Object.keys(rawOptions([]))).toEqual([]);
  });

  it('puts the subcommand under `subcommand` next to its own options', () => {
    const options = rawOptions([sub('add', [str('name', 'Álex Saab'), str('aliases', 'Saab Morán'), str('kind', 'person')])]);
    expect(plain(options)).toEqual({ subcommand: 'add', name: 'Álex Saab', aliases: 'Saab Morán', kind: 'person' });
    expect(plain(rawOptions([sub('list')]))).toEqual({ subcommand: 'list' });
  });

  it('puts a subcommand group under `group`', () => {
    const options = rawOptions([group('routes', [sub('add', [str('channel', '123456789012345678')])])]);
    expect(plain(options)).toEqual({ group: 'routes', subcommand: 'add', channel: '123456789012345678' });
  });

  it('keeps the real subcommand and group over options a client named "subcommand" or "group"', () => {
    // Permissions are checked against the real subcommand; the schema must read the same one.
    const spoofed = rawOptions([sub('list', [str('subcommand', 'add'), str('group', 'x'), str('name', 'Álex Saab')])]);
    expect(plain(spoofed)).toEqual({ subcommand: 'list', group: 'x', name: 'Álex Saab' });
    expect(plain(rawOptions([group('routes', [sub('list', [str('group', 'y'), str('subcommand', 'add')])])]))).toEqual({ group: 'routes', subcommand: 'list' });
  });

  it('keeps values exactly as sent, whatever their type, for the schema to judge', () => {
    const options = rawOptions([str('hours', 'lots'), str('query', '  Cartel de los Soles  '), str('claim', null), { name: 'private', type: Type.Boolean, value: true }]);
    expect(plain(options)).toEqual({ hours: 'lots', query: '  Cartel de los Soles  ', claim: null, private: true });
  });

  it('keeps an option without a value as undefined', () => {
    const options = rawOptions([{ name: 'name', type: Type.String, focused: true }]);
    expect('name' in options).toBe(true);
    expect(options.name).toBeUndefined();
  });

  it('keeps an option named after an Object property as a plain key, reaching no prototype', () => {
    // On a plain object, assigning "__proto__" would drop the option silently.
    const options = rawOptions([str('__proto__', 'polluted'), str('constructor', 'x')]);
    expect(Object.getPrototypeOf(options)).toBeNull();
    expect(Object.keys(options)).toEqual(['__proto__', 'constructor']);
    expect(options['__proto__']).toBe('polluted');
    // A missing option reads as missing, not as a method inherited from Object.
    expect(rawOptions([]).toString).toBeUndefined();
    expect(rawOptions([]).hasOwnProperty).toBeUndefined();
  });
});

describe('subcommandOf', () => {
  it('names the subcommand, or nothing for a command without one', () => {
    expect(subcommandOf([sub('remove', [str('name', 'Saab')])])).toBe('remove');
    expect(subcommandOf([str('name', 'Saab')])).toBeUndefined();
    expect(subcommandOf([])).toBeUndefined();
  });

  it('does not take a string option called "subcommand" for one', () => {
    expect(subcommandOf([str('subcommand', 'add')])).toBeUndefined();
    expect(subcommandOf([sub('list', [str('subcommand', 'add')])])).toBe('list');
  });

  it('finds the subcommand inside a group', () => {
    expect(subcommandOf([group('routes', [sub('remove', [str('channel', '123456789012345678')])])])).toBe('remove');
    expect(subcommandOf([group('routes', [])])).toBeUndefined();
  });
});
