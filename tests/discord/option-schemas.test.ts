import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeOptionProblems, feedUrlOption, hoursOption, textOption } from '../../src/discord/option-schemas';
import { rawOptions, subcommandOf } from '../../src/discord/raw-options';

const schema = z.discriminatedUnion(
  'subcommand',
  [
    z.object({ subcommand: z.literal('add'), url: feedUrlOption(), name: textOption({ max: 10 }).optional() }),
    z.object({ subcommand: z.literal('list'), hours: hoursOption().optional() }),
  ],
  { error: 'needs a subcommand: add or list' },
);

const sub = (name: string, options: CommandInteractionOption[] = []): CommandInteractionOption[] => [
  { name, type: ApplicationCommandOptionType.Subcommand, options },
];
const str = (name: string, value: unknown): CommandInteractionOption => ({ name, type: ApplicationCommandOptionType.String, value: value as string });

describe('rawOptions', () => {
  it('flattens a subcommand and its options into one record', () => {
    const raw = rawOptions(sub('add', [str('url', 'https://x.example/feed'), str('name', 'X')]));
    expect({ ...raw }).toEqual({ subcommand: 'add', url: 'https://x.example/feed', name: 'X' });
    expect(subcommandOf(sub('list'))).toBe('list');
    expect(subcommandOf([str('query', 'x')])).toBeUndefined();
  });

  it('keeps an option named __proto__ a plain key', () => {
    const raw = rawOptions([str('__proto__', 'x')]);
    expect(Object.getPrototypeOf(raw)).toBeNull();
    expect(raw['__proto__']).toBe('x');
  });
});

describe('option schemas', () => {
  it('give the handler typed, checked values', () => {
    expect(schema.parse(rawOptions(sub('add', [str('url', 'https://X.example/feed')])))).toEqual({ subcommand: 'add', url: 'https://x.example/feed' });
    expect(schema.parse(rawOptions(sub('list', [{ name: 'hours', type: ApplicationCommandOptionType.Integer, value: 48 }])))).toEqual({ subcommand: 'list', hours: 48 });
  });

  it('describe every problem, naming the option', () => {
    const result = schema.safeParse(rawOptions(sub('add', [str('url', 'nope'), str('name', 'x'.repeat(6000))])));
    expect(result.success).toBe(false);
    expect(describeOptionProblems(result.error!)).toBe(
      '`url` is not a URL; write it in full, like https://example.com/feed.xml\n`name` must be at most 10 characters (got 6000)',
    );
  });

  it('say when a required option is missing and when the subcommand is unknown', () => {
    expect(describeOptionProblems(schema.safeParse(rawOptions(sub('add'))).error!)).toBe('`url` is required');
    expect(describeOptionProblems(schema.safeParse(rawOptions(sub('explode'))).error!)).toMatch(/needs a subcommand: add or list/);
  });
});
