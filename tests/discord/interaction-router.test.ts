/**
 * The interaction router through the real discord.js client and the fake Discord: slash commands,
 * deferred commands, autocomplete and buttons reach the command by name; a UserError is shown in its
 * own words and any other error as a reference only, ephemerally, with the details in the log; and
 * suggestions are fitted to Discord's limits. The commands here are written for these tests.
 */
import Database from 'better-sqlite3';
import { Events, type Client, type Interaction } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createApp, type App } from '../../src/app/create-app';
import { createCommandContext, type CommandContext } from '../../src/discord/command-context';
import { defineCommand, type Choice } from '../../src/discord/command-types';
import { createInteractionRouter, fitChoices, type RouterDeps } from '../../src/discord/interaction-router';
import { choiceOption, textOption } from '../../src/discord/option-schemas';
import { UserError } from '../../src/discord/user-error';
import type { RestProxy } from '../support/check-channels-proxy';
import { opt } from '../support/command-harness';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { connectClient } from '../support/discord-client';
import { startFakeDiscord, type FakeDiscord, type InteractionResponse } from '../support/fake-discord';
import { startButtonRelay } from '../support/interaction-router-buttons';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

const EPHEMERAL = 64;
const NO_MENTIONS = { parse: [], replied_user: false };
const INTERNALS = /SQLITE|\/var\/lib|TypeError|index out of range/;

/** What each handler received, to check the router passed the right things on. */
const seen: Array<{ command: string; ctx: CommandContext; value: unknown }> = [];

const echo = defineCommand({
  data: { name: 'echo', description: 'Repeats a headline' },
  options: z.object({ text: textOption({ max: 300 }), private: z.boolean().optional() }),
  execute(ctx, args) {
    seen.push({ command: 'echo', ctx, value: args });
    return { content: args.text, ephemeral: args.private === true };
  },
  autocomplete(ctx, focused) {
    seen.push({ command: 'echo', ctx, value: focused });
    return [{ name: `${focused.value} en Caracas`, value: focused.value }];
  },
});

const slow = defineCommand({
  data: { name: 'slow', description: 'Answers after thinking' },
  options: z.object({ outcome: choiceOption(['public', 'private', 'bug', 'refusal'] as const) }),
  defer: () => true,
  execute(_ctx, { outcome }) {
    if (outcome === 'bug') throw new Error('SQLITE_BUSY: feeds table locked at /var/lib/vigia/vigia.db');
    if (outcome === 'refusal') throw new UserError('That feed is already polled.');
    return { content: 'Tres historias nuevas sobre el Cartel de los Soles.', ephemeral: outcome === 'private' };
  },
});

/** Writes through a connection of its own that will not wait, while the test holds the write lock. */
const busy = defineCommand({
  data: { name: 'busy', description: 'Writes while another process holds the database' },
  options: z.object({}),
  execute() {
    const db = new Database(config.dbFile, { timeout: 0 });
    try {
      db.prepare("UPDATE feeds SET name = 'otro' WHERE id = 1").run();
    } finally {
      db.close();
    }
    return { content: 'written' };
  },
});

const broken = defineCommand({
  data: { name: 'broken', description: 'Fails the way a bug would' },
  options: z.object({}),
  execute() {
    throw new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/vigia/vigia.db');
  },
  autocomplete() {
    throw new Error('index out of range in suggestions');
  },
  button() {
    throw new TypeError('cannot read page of undefined');
  },
});

/** 30 suggestions, the first five of which Discord would refuse as they are. */
const MANY: Choice[] = [
  { name: '   ', value: 'blank-name' },
  { name: 'Empty value', value: '' },
  { name: 'Long value', value: 'v'.repeat(101) },
  { name: `Nicolás Maduro ${'y el Cartel de los Soles '.repeat(6)}`, value: 'nicolas-maduro' },
  { name: 'Diosdado Cabello', value: 'd'.repeat(100) },
  ...Array.from({ length: 25 }, (_, index) => ({ name: `Figura ${index}`, value: `figura-${index}` })),
];
/** What is left of MANY: the two valid long ones, then figures 0 to 22 (25 in all). */
const FITTED_VALUES = ['nicolas-maduro', 'd'.repeat(100), ...Array.from({ length: 23 }, (_, index) => `figura-${index}`)];

const pages = defineCommand({
  data: { name: 'pages', description: 'Pages through stories' },
  options: z.object({}),
  execute: () => ({ content: 'Página 1' }),
  autocomplete: () => MANY,
  button(ctx, parts) {
    seen.push({ command: 'pages', ctx, value: parts });
    if (parts[0] === 'end') throw new UserError('There are no older stories.');
    return { content: `Página ${parts.join(' de ')}`, embeds: [{ title: 'Cartel de los Soles' }] };
  },
});

let fake: FakeDiscord;
let relay: RestProxy;
let client: Client;
let config: TempConfig;
let app: App;
let context: CommandContext;
let logs: string[];
let router: ((interaction: Interaction) => Promise<void>) | undefined;
let refs: number;

/** Attaches a router over the test commands, replacing the one before. */
function useRouter(overrides: Partial<RouterDeps> = {}): void {
  if (router) client.off(Events.InteractionCreate, router);
  router = createInteractionRouter({ commands: [echo, slow, broken, busy, pages], context, log: app.log, errorRef: () => `R-${++refs}`, ...overrides });
  client.on(Events.InteractionCreate, router);
}

beforeEach(async () => {
  seen.length = 0;
  logs = [];
  refs = 0;
  router = undefined;
  fake = await startFakeDiscord();
  relay = await startButtonRelay(fake);
  config = tempConfig(['https://news.example/feed.xml'], 'log:\n  level: debug\n');
  app = createApp({ configDir: config.dir, dbFile: config.dbFile, env: { DISCORD_TOKEN: fake.token }, logDestination: { write: (line: string) => void logs.push(line) } });
  context = createCommandContext(app);
  client = await connectClient({ ...fake, apiBase: relay.apiBase });
  useRouter();
});

afterEach(async () => {
  await client.destroy();
  await relay.close();
  await fake.close();
  await app.close();
  config.cleanup();
  expect(fake.unhandled).toEqual([]);
});

const logged = (msg: string): Array<Record<string, unknown>> =>
  logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === msg);
const command = (name: string, options: unknown[] = []) => fake.sendInteraction({ data: { name, options } });
const click = (customId: string) => fake.sendInteraction({ type: 3, data: { custom_id: customId, component_type: 2 } });
const suggestions = async (name: string, options: unknown[]) => (await fake.sendInteraction({ type: 4, data: { name, options } })).body.choices;

/** An ephemeral reply (callback type 4) sent with no mentions allowed; returns its text. */
function ephemeralText(response: InteractionResponse | undefined): string {
  expect(response).toMatchObject({ kind: 'callback', type: 4, body: { flags: EPHEMERAL, allowed_mentions: NO_MENTIONS } });
  return String(response!.body.content);
}

const bugReply = (ref: string) => `Something went wrong (ref ${ref}). Nothing was changed by this error; the details are in the bot's log under that reference.`;

describe('slash commands', () => {
  it('runs the command named by the interaction with its checked options and the shared context', async () => {
    const reply = await command('echo', [opt.str('text', '  Maduro habla en Caracas @everyone ')]);
    // textOption trims: the handler got the checked value, not the raw one.
    expect(reply).toMatchObject({ kind: 'callback', type: 4, body: { content: 'Maduro habla en Caracas @everyone', allowed_mentions: NO_MENTIONS } });
    expect(Number(reply.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.ctx).toBe(context);
    expect(seen[0]!.value).toEqual({ text: 'Maduro habla en Caracas @everyone' });
  });

  it('sends a reply the command marks ephemeral with the ephemeral flag', async () => {
    const reply = await command('echo', [opt.str('text', 'Solo para ti'), { name: 'private', type: 5, value: true }]);
    expect(ephemeralText(reply)).toBe('Solo para ti');
  });

  it('shows bad options in the refusal’s own words, without running the command', async () => {
    expect(ephemeralText(await command('echo', [opt.str('text', '   ')]))).toBe('`/echo`: `text` must not be empty');
    expect(seen).toEqual([]);
    expect(logged('command refused')[0]).toMatchObject({ command: '/echo', user: fake.memberUserId, problem: '`/echo`: `text` must not be empty' });
    expect(logged('command failed')).toEqual([]);
  });

  it('answers a command it does not know, its name made safe and cut short', async () => {
    expect(ephemeralText(await command('ghost_cmd'))).toBe('This bot has no command `/ghost_cmd`; its commands may need deploying again.');
    expect(ephemeralText(await command('x'.repeat(40)))).toBe(`This bot has no command \`/${'x'.repeat(31)}…\`; its commands may need deploying again.`);
  });

  it('hides a bug behind a reference that ties the reply to the log line, and keeps serving', async () => {
    const text = ephemeralText(await command('broken'));
    expect(text).toBe(bugReply('R-1'));
    expect(text).not.toMatch(INTERNALS);
    const [entry] = logged('command failed');
    expect(entry).toMatchObject({ level: 50, ref: 'R-1', command: '/broken', user: fake.memberUserId });
    expect((entry!.err as { message: string }).message).toContain('SQLITE_CORRUPT');
    expect((await command('echo', [opt.str('text', 'Sigue en pie')])).body.content).toBe('Sigue en pie');
  });

  it('says the database is busy when another process holds it, as something to try again, not a bug', async () => {
    const other = new Database(config.dbFile);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(ephemeralText(await command('busy'))).toBe('The database is busy: another vigia process is writing to it. Try again in a moment.');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(logged('command found the database busy')).toEqual([expect.objectContaining({ level: 40, command: '/busy' })]);
    expect(logged('command failed')).toEqual([]);
    expect((await command('busy')).body.content).toBe('written');
  });

  it('makes a fresh random reference for each failure by default', async () => {
    useRouter({ errorRef: undefined });
    const refsSeen = [];
    for (let i = 0; i < 2; i++) {
      const ref = /\(ref ([^)]*)\)/.exec(ephemeralText(await command('broken')))?.[1];
      expect(ref).toMatch(/^[0-9A-F]{8}$/);
      refsSeen.push(ref);
    }
    expect(refsSeen[0]).not.toBe(refsSeen[1]);
    expect(logged('command failed').map((entry) => entry.ref)).toEqual(refsSeen);
  });

  it('answers with a reference when Discord refuses the reply itself', async () => {
    // discord.js tries a request four times before giving up on 5xx answers.
    fake.failNext('interaction', [500, 500, 500, 500]);
    expect(ephemeralText(await command('echo', [opt.str('text', 'Nunca llega')]))).toBe(bugReply('R-1'));
    expect(logged('command failed')[0]).toMatchObject({ ref: 'R-1', command: '/echo' });
  });

  it('logs, and does not reject, when even the error reply cannot be sent', async () => {
    fake.failNext('interaction', Array.from({ length: 8 }, () => 500));
    // Nothing ever reaches the fake, so its wait for a first response would time out: not awaited.
    void command('broken').catch(() => undefined);
    await vi.waitFor(() => expect(logged('could not send the error reply')).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(logged('could not send the error reply')[0]).toMatchObject({ level: 40, command: '/broken' });
    expect(logged('command failed')[0]).toMatchObject({ ref: 'R-1', command: '/broken' });
  });
});

describe('deferred commands', () => {
  const run = async (outcome: string, count: number) => {
    const first = await command('slow', [opt.str('outcome', outcome)]);
    expect(first).toMatchObject({ kind: 'callback', type: 5 });
    return fake.responsesOf(first.interactionId, count);
  };

  it('acknowledges first, then edits the placeholder with the answer', async () => {
    const responses = await run('public', 2);
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'edit']);
    expect(responses[1]!.body).toMatchObject({ content: 'Tres historias nuevas sobre el Cartel de los Soles.', allowed_mentions: NO_MENTIONS });
  });

  it('replaces the public placeholder with an ephemeral follow-up for a private answer', async () => {
    const responses = await run('private', 3);
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(responses[2]!.body).toMatchObject({ flags: EPHEMERAL, allowed_mentions: NO_MENTIONS, content: 'Tres historias nuevas sobre el Cartel de los Soles.' });
  });

  it('turns a bug after deferring into an ephemeral follow-up with the reference only', async () => {
    const responses = await run('bug', 3);
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(responses[2]!.body).toMatchObject({ flags: EPHEMERAL, allowed_mentions: NO_MENTIONS, content: bugReply('R-1') });
    expect(logged('command failed')[0]).toMatchObject({ ref: 'R-1', command: '/slow' });
  });

  it('shows a refusal after deferring in its own words, also ephemerally', async () => {
    const responses = await run('refusal', 3);
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(responses[2]!.body).toMatchObject({ flags: EPHEMERAL, content: 'That feed is already polled.' });
  });
});

describe('autocomplete', () => {
  it('passes the focused option to the command and answers its suggestions', async () => {
    expect(await suggestions('echo', [opt.str('text', 'Maduro', true)])).toEqual([{ name: 'Maduro en Caracas', value: 'Maduro' }]);
    expect(seen).toEqual([{ command: 'echo', ctx: context, value: { name: 'text', value: 'Maduro', subcommand: undefined } }]);
  });

  it('fits the suggestions to Discord’s limits', async () => {
    const choices = (await suggestions('pages', [opt.str('q', '', true)])) as Choice[];
    expect(choices.map((choice) => choice.value)).toEqual(FITTED_VALUES);
    expect(Math.max(...choices.map((choice) => choice.name.length))).toBeLessThanOrEqual(100);
  });

  it('answers no suggestions for a command without autocomplete, an unknown one, or one that fails', async () => {
    expect(await suggestions('slow', [opt.str('outcome', 'pu', true)])).toEqual([]);
    expect(await suggestions('ghost', [opt.str('x', 'y', true)])).toEqual([]);
    expect(await suggestions('broken', [opt.str('x', 'y', true)])).toEqual([]);
    expect(logged('autocomplete failed; answering no suggestions')[0]).toMatchObject({ level: 40, command: '/broken' });
  });
});

describe('buttons', () => {
  it('routes a click by the custom id’s prefix and updates the message with the answer', async () => {
    const update = await click('pages:2:7');
    expect(update).toMatchObject({ kind: 'callback', type: 7, body: { content: 'Página 2 de 7', embeds: [{ title: 'Cartel de los Soles' }], components: [], allowed_mentions: NO_MENTIONS } });
    expect(update.body.flags).toBeUndefined();
    expect(seen).toEqual([{ command: 'pages', ctx: context, value: ['2', '7'] }]);
  });

  it('says a button of an unknown or button-less command no longer works', async () => {
    expect(ephemeralText(await click('gone:1'))).toBe('This button no longer works; run the command again.');
    expect(ephemeralText(await click('echo:1'))).toBe('This button no longer works; run the command again.');
  });

  it('shows a refusal from a button in its own words and a bug as a reference only', async () => {
    expect(ephemeralText(await click('pages:end'))).toBe('There are no older stories.');
    const text = ephemeralText(await click('broken:3'));
    expect(text).toBe(bugReply('R-1'));
    expect(logged('command failed')[0]).toMatchObject({ ref: 'R-1', command: 'button broken' });
  });
});

describe('fitChoices', () => {
  it('drops what Discord refuses before keeping 25, and cuts long names to 100 characters', () => {
    const fitted = fitChoices(MANY);
    expect(fitted.map((choice) => choice.value)).toEqual(FITTED_VALUES);
    expect(fitted[0]!.name).toMatch(/^Nicolás Maduro y el Cartel de los Soles .*…$/);
    expect(fitted[0]!.name.length).toBeLessThanOrEqual(100);
    expect(fitted[1]).toEqual({ name: 'Diosdado Cabello', value: 'd'.repeat(100) });
  });

  it('leaves nothing when nothing is valid', () => {
    expect(fitChoices([{ name: '', value: 'x' }, { name: 'x', value: '' }])).toEqual([]);
  });
});
