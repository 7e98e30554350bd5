/**
 * Every slash command through the real discord.js client, the fake Discord and the interaction
 * router: answers, autocomplete, permissions, hostile option values, errors that stay ephemeral and
 * never leak internals, and deploy-commands registering exactly what the router answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../../commands';
import { searchCommand } from '../../commands/search';
import { defineCommand } from '../../src/discord/command-types';
import { PERMISSIONS, type InteractionResponse } from '../support/fake-discord';
import { runCli } from '../support/cli-io';
import { opt, startCommandHarness, type CommandHarness } from '../support/command-harness';
import { rssDocument, STORIES } from '../support/rss';
import { CABELLO, MADURO, NOW } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

const EPHEMERAL = 64;

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
  h = await startCommandHarness([boom]);
  h.seed([
    { id: 'm1', ago: 2, title: 'Maduro y el Cartel de los Soles', text: 'Fiscales acusan al narcotráfico del régimen.', entities: [MADURO], claims: [['state-cartel', 'asserts', 'Maduro lidera el cartel, dice la fiscalía.', 'la fiscalía']] },
    { id: 'm2', ago: 30, title: 'Caracas niega el cartel', text: 'El gobierno negó el narcotráfico.', entities: [MADURO, CABELLO], claims: [['state-cartel', 'disputes', 'Caracas niega que el cartel exista.']] },
    { id: 'c1', ago: 5, title: 'Cabello **habla** @everyone <@123456789012345678>', text: 'Diosdado Cabello habló de narcotráfico.', entities: [CABELLO] },
    ...Array.from({ length: 6 }, (_, index) => ({ id: `n${index}`, ago: 10 + index, title: `Nota ${index} sobre narcotráfico`, text: 'Sin figuras.' })),
  ]);
});

afterEach(async () => {
  await h.close();
  expect(h.fake.unhandled).toEqual([]);
});

const embedOf = (response: InteractionResponse) => (response.body.embeds as Array<Record<string, unknown>>)[0]!;
const fieldsOf = (response: InteractionResponse) => embedOf(response).fields as Array<{ name: string; value: string }>;
const field = (response: InteractionResponse, name: string): string => fieldsOf(response).find((item) => item.name === name)!.value;

/** A public reply (callback type 4) sent with no mentions allowed. */
function expectPublic(response: InteractionResponse): void {
  expect(response).toMatchObject({ kind: 'callback', type: 4, body: { allowed_mentions: { parse: [] } } });
  expect(Number(response.body.flags ?? 0) & EPHEMERAL).toBe(0);
}

/** An ephemeral error reply; returns its text. */
function ephemeralText(response: InteractionResponse): string {
  expect(response).toMatchObject({ kind: 'callback', type: 4, body: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
  return String(response.body.content);
}

describe('/figure', () => {
  it('shows the profile, claims, mention counts and latest stories', async () => {
    const reply = await h.command('figure', [opt.str('name', 'nicolas maduro')]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Nicolás Maduro');
    expect(field(reply, 'Mentions')).toBe('24 h: **1** · 7 days: **2** · 30 days: **2**');
    expect(field(reply, 'Aliases')).toContain('Maduro Moros');
    expect(field(reply, 'Claims')).toContain('`state-cartel`: 2 stories in 30 days');
    expect(field(reply, 'Latest stories')).toMatch(/^• \[Maduro y el Cartel de los Soles\]\(https:\/\/example\.com\/news\/m1\) — Fixture 1 · <t:\d+:R> · `state-cartel` asserts/);
  });

  it('autocompletes tracked figures, accents optional', async () => {
    const choices = await h.autocomplete('figure', [opt.str('name', 'nicolás', true)]);
    expect(choices[0]).toEqual({ name: 'Nicolás Maduro', value: 'nicolas-maduro' });
    expect((await h.autocomplete('figure', [opt.str('name', 'cabell', true)])).map((choice) => choice.value)).toContain('diosdado-cabello');
    expect(await h.autocomplete('figure', [opt.str('name', 'zzzzqqq', true)])).toEqual([]);
  });

  it('answers an unknown name ephemerally with the closest names', async () => {
    const text = ephemeralText(await h.command('figure', [opt.str('name', 'Nicolas Madur')]));
    expect(text).toBe('No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
  });
});

describe('/recent', () => {
  it('lists the latest matched stories, feed text escaped', async () => {
    const reply = await h.command('recent');
    expectPublic(reply);
    const description = String(embedOf(reply).description);
    expect(description.split('\n').map((line) => /\[(.*?)\]\(/.exec(line)?.[1])).toEqual(['Maduro y el Cartel de los Soles', 'Cabello \\*\\*habla\\*\\* @\u200beveryone <\u200b@123456789012345678\\>']);
  });

  it('filters by figure, claim and hours, and autocompletes both', async () => {
    const reply = await h.command('recent', [opt.str('figure', 'diosdado-cabello'), opt.str('claim', 'state-cartel'), opt.int('hours', 48)]);
    expect(String(embedOf(reply).description)).toMatch(/^Matching Diosdado Cabello and `state-cartel`\n• \[Caracas niega el cartel\]/);
    expect((await h.autocomplete('recent', [opt.str('claim', 'state', true)]))[0]!.value).toBe('state-cartel');
    expect((await h.autocomplete('recent', [opt.str('figure', 'delcy', true)]))[0]!.value).toBe('delcy-rodriguez');
  });

  it('refuses hours out of range and unknown figures or claims', async () => {
    expect(ephemeralText(await h.command('recent', [opt.int('hours', 0)]))).toBe('`/recent`: `hours` must be between 1 and 744');
    expect(ephemeralText(await h.command('recent', [opt.int('hours', 'lots')]))).toBe('`/recent`: `hours` must be a whole number');
    expect(ephemeralText(await h.command('recent', [opt.str('claim', 'no-such-claim')]))).toMatch(/^No tracked claim has the id “no\\-such\\-claim”/);
  });
});

describe('/claim', () => {
  it('shows the statement and the latest asserting and disputing stories with evidence', async () => {
    const reply = await h.command('claim', [opt.str('id', 'state-cartel')]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Claim state-cartel');
    expect(String(embedOf(reply).description)).toContain('Last 30 days: **1** asserting · **1** disputing · **0** mentioning');
    expect(field(reply, 'Latest asserting')).toContain('> “Maduro lidera el cartel, dice la fiscalía.” — la fiscalía');
    expect(field(reply, 'Latest disputing')).toContain('> “Caracas niega que el cartel exista.”');
  });

  it('autocompletes claims and refuses an unknown id', async () => {
    const choices = await h.autocomplete('claim', [opt.str('id', 'gold', true)]);
    expect(choices.map((choice) => choice.value)).toEqual(['gold-laundering']);
    expect(choices[0]!.name.length).toBeLessThanOrEqual(100);
    expect(ephemeralText(await h.command('claim', [opt.str('id', 'state-cartl')]))).toBe('No tracked claim has the id “state\\-cartl”. Closest: `state-cartel`.');
  });
});

describe('/search', () => {
  it('finds stories accent-insensitively, newest first, a page at a time with buttons', async () => {
    const reply = await h.command('search', [opt.str('query', 'NARCOTRAFICO')]);
    expectPublic(reply);
    const embed = embedOf(reply);
    expect(embed.title).toBe('Search: NARCOTRAFICO');
    expect((embed.footer as { text: string }).text).toBe('1–5 of 9 stories · newest first');
    expect(String(embed.description)).toContain('**narcotráfico**');
    const [row] = reply.body.components as Array<{ components: Array<{ custom_id: string; disabled: boolean }> }>;
    expect(row!.components.map((button) => [button.custom_id, button.disabled])).toEqual([
      ['search:0:NARCOTRAFICO', true],
      ['search:5:NARCOTRAFICO', false],
    ]);
  });

  it('serves the next page for the Older button', async () => {
    // The fake cannot send a component interaction (discord.js needs its message); call the handler.
    const page = await searchCommand.button!(h.ctx, ['5', 'NARCOTRAFICO'], undefined as never);
    expect((page.embeds![0]!.footer as { text: string }).text).toBe('6–9 of 9 stories · newest first');
    await expect(async () => searchCommand.button!(h.ctx, ['-5', 'x'], undefined as never)).rejects.toThrow(/no longer works/);
  });

  it('refuses a query with nothing to search for, and one too long', async () => {
    expect(ephemeralText(await h.command('search', [opt.str('query', '*** ::: ""')]))).toBe('Give at least one word to search for (letters or digits).');
    expect(ephemeralText(await h.command('search', [opt.str('query', 'x'.repeat(6000))]))).toBe('`/search`: `query` must be at most 80 characters (got 6000)');
  });
});

describe('/track', () => {
  const add = (options: unknown[], permissions = PERMISSIONS.manager) => h.command('track', [opt.sub('add', options)], permissions);

  it('refuses a non-manager, before reading the options, and stores nothing', async () => {
    const text = ephemeralText(await add([opt.str('name', 'Alex Saab')], PERMISSIONS.member));
    expect(text).toBe('You need the Manage Server permission to use `/track add`.');
    expect(h.ctx.tracked.list()).toEqual([]);
    expect(ephemeralText(await h.command('track', [opt.sub('remove', [opt.str('name', 'x'.repeat(6000))])], PERMISSIONS.member))).toMatch(/Manage Server/);
  });

  it('adds a figure that commands and the next poll’s matcher see, lists it, and removes it', async () => {
    const added = await add([opt.str('name', 'Álex Saab'), opt.str('aliases', 'Alex Saab Morán, Saab'), opt.str('kind', 'person')]);
    expectPublic(added);
    expect(added.body.content).toBe('Now tracking **Álex Saab** (person, id `alex-saab`) with “Alex Saab Morán”, “Saab”. Matching uses it from the next poll.');
    expect(h.ctx.figures().map((figure) => figure.id)).toContain('alex-saab');
    const figure = await h.command('figure', [opt.str('name', 'alex saab moran')]);
    expect(embedOf(figure).title).toBe('Álex Saab');
    const list = await h.command('track', [opt.sub('list')]);
    expect(field(list, 'Added with /track')).toMatch(new RegExp(`^• \\*\\*Álex Saab\\*\\* \\(person\\): Alex Saab Morán, Saab — <@${h.fake.memberUserId}> <t:\\d+:R>$`));
    const removed = await h.command('track', [opt.sub('remove', [opt.str('name', 'Saab')])], PERMISSIONS.manager);
    expect(removed.body.content).toBe('Stopped tracking **Álex Saab** from the next poll; its stored stories stay.');
    expect(h.ctx.figures().map((figure) => figure.id)).not.toContain('alex-saab');
  });

  it('adds aliases to an entities.yaml figure, hides one and brings it back', async () => {
    expect((await add([opt.str('name', 'Nicolas Maduro'), opt.str('aliases', 'Nico')])).body.content).toBe('Added to **Nicolás Maduro**: “Nico”. Matching uses it from the next poll.');
    const hidden = await h.command('track', [opt.sub('remove', [opt.str('name', 'Diosdado Cabello')])], PERMISSIONS.manager);
    expect(hidden.body.content).toContain('hidden until `/track add` brings it back');
    expect(ephemeralText(await h.command('figure', [opt.str('name', 'Diosdado Cabello')]))).toMatch(/^No tracked figure is called/);
    expect((await add([opt.str('name', 'diosdado cabello')])).body.content).toBe('Tracking **Diosdado Cabello** again. Matching uses it from the next poll.');
  });

  it('refuses hostile and conflicting values with a clear message', async () => {
    expect(ephemeralText(await add([opt.str('name', '')]))).toBe('`/track`: `name` must not be empty');
    expect(ephemeralText(await add([opt.str('name', 'x'.repeat(6000))]))).toBe('`/track`: `name` must be at most 100 characters (got 6000)');
    expect(ephemeralText(await add([opt.str('name', 'Evil\u0007Bell')]))).toBe('`/track`: `name` must not contain control characters or line breaks');
    expect(ephemeralText(await add([opt.str('name', '**@everyone**')]))).toMatch(/^`\/track`: `name` may only contain letters/);
    expect(ephemeralText(await add([opt.str('name', 'Alex Saab'), opt.str('aliases', 'Saab, <@123456789012345678>')]))).toMatch(/^`\/track`: `aliases` alias “<\u200b@123456789012345678\\>” may only contain/);
    expect(ephemeralText(await add([opt.str('name', 'Alex Saab'), opt.str('aliases', 'Maduro Moros')]))).toBe('The alias “Maduro Moros” already names **Nicolás Maduro**; two figures cannot share an alias.');
    expect(ephemeralText(await add([opt.str('name', 'Alex Saab'), opt.str('kind', 'vehicle')]))).toBe('`/track`: `kind` must be one of person, organization, place');
    expect(ephemeralText(await h.command('track', [opt.sub('explode')], PERMISSIONS.manager))).toMatch(/needs a subcommand: add, remove or list/);
    expect(h.ctx.tracked.list()).toEqual([]);
  });

  it('autocompletes figure names for add and remove', async () => {
    const response = await h.fake.sendInteraction({ type: 4, data: { name: 'track', options: [opt.sub('remove', [opt.str('name', 'tren', true)])] } }, PERMISSIONS.manager);
    expect((response.body.choices as Array<{ value: string }>)[0]!.value).toBe('tren-de-aragua');
  });
});

describe('/feeds', () => {
  const feedsCmd = (sub: string, options: unknown[] = [], permissions = PERMISSIONS.manager) => h.command('feeds', [opt.sub(sub, options)], permissions);

  beforeEach(() => {
    const feed = rssDocument([STORIES.indictment, STORIES.denial, STORIES.plantains], { title: 'Test outlet' });
    h.server.route('/test.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
    h.server.route('/down.xml', (_req, res) => res.writeHead(503).end('down'));
  });

  it('adds, lists, removes and re-adds a feed; only managers may add or remove', async () => {
    const url = `${h.server.base}/test.xml`;
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', url)], PERMISSIONS.member))).toBe('You need the Manage Server permission to use `/feeds add`.');
    expect((await feedsCmd('add', [opt.str('url', url), opt.str('name', 'Test Outlet')])).body.content).toMatch(/^Added \*\*Test Outlet\*\*/);
    expect(h.app.feeds.byUrl(url)).toMatchObject({ origin: 'user', enabled: true, name: 'Test Outlet' });
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', url)]))).toContain('is already polled');
    expect(String(embedOf(await feedsCmd('list', [], PERMISSIONS.member)).description)).toContain('Test Outlet');
    expect((await feedsCmd('remove', [opt.str('url', url)])).body.content).toMatch(/^Stopped polling \*\*Test Outlet\*\*/);
    expect(h.app.feeds.byUrl(url)).toMatchObject({ enabled: false, disabledReason: 'removed with /feeds remove' });
    expect((await feedsCmd('add', [opt.str('url', url)])).body.content).toContain('It was disabled: removed with /feeds remove.');
  });

  it('shows each feed’s health in words', async () => {
    const feed = h.app.feeds.all()[0]!;
    h.app.feeds.recordFailure(feed.id, { now: NOW - 60_000, nextCheckAt: NOW + 600_000, error: 'fetch: HTTP 503 Service Unavailable from x', disabledReason: null });
    const reply = await feedsCmd('status', [], PERMISSIONS.member);
    expectPublic(reply);
    const text = String(embedOf(reply).description);
    expect(text).toContain('— failing');
    expect(text).toContain('last success: never');
    expect(text).toMatch(/last error: 1 failure in a row; <t:\d+:R> \(<t:\d+:f>\): fetch: HTTP 503 Service Unavailable from x/);
    expect(text).toMatch(/next check: <t:\d+:R>/);
    expect((embedOf(reply).footer as { text: string }).text).toBe('0 healthy · 1 failing · 0 disabled');
  });

  it('tests a URL now, deferring first, and stores nothing', async () => {
    const stories = h.app.stories.count();
    const first = await feedsCmd('test', [opt.str('url', `${h.server.base}/test.xml`)], PERMISSIONS.member);
    expect(first).toMatchObject({ kind: 'callback', type: 5 });
    const [, edit] = await h.fake.responsesOf(first.interactionId, 2);
    const embed = (edit!.body.embeds as Array<{ title: string; description: string }>)[0]!;
    expect(edit!.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(embed.title).toBe('Feed test: Test outlet');
    expect(embed.description).toMatch(/^3 items, 3 stories, 2 would match\. Nothing was stored\./);
    expect(embed.description).toContain('`state-cartel` disputes');
    expect(h.app.stories.count()).toBe(stories);
    expect(h.app.feeds.byUrl(`${h.server.base}/test.xml`)).toBeUndefined();
  });

  it('turns a feed that cannot be read into an ephemeral follow-up, and refuses bad URLs at once', async () => {
    const first = await feedsCmd('test', [opt.str('url', `${h.server.base}/down.xml`)], PERMISSIONS.member);
    const responses = await h.fake.responsesOf(first.interactionId, 3);
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(responses[2]!.body).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(String(responses[2]!.body.content)).toMatch(/^Could not read that feed: fetch: HTTP 503 Service Unavailable from http:\/\/127\.0\.0\.1/);
    expect(ephemeralText(await feedsCmd('test', [opt.str('url', 'javascript:alert(1)')]))).toBe('`/feeds`: `url` must start with http:// or https://');
    expect(ephemeralText(await feedsCmd('remove', [opt.str('url', 'https://nowhere.example/feed')]))).toMatch(/^No feed has the URL/);
  });

  it('refuses to test a private address unless settings allow that host', async () => {
    const closed = await startCommandHarness([], 'log:\n  level: warn\n');
    try {
      const first = await closed.command('feeds', [opt.sub('test', [opt.str('url', `${closed.server.base}/feed.xml`)])], PERMISSIONS.member);
      const responses = await closed.fake.responsesOf(first.interactionId, 3);
      expect(String(responses[2]!.body.content)).toMatch(/^Could not read that feed: fetch: refused to fetch http:\/\/127\.0\.0\.1:\d+\/feed\.xml: 127\.0\.0\.1 is a loopback address/);
      const metadata = await closed.command('feeds', [opt.sub('test', [opt.str('url', 'http://169.254.169.254/latest/meta-data/')])], PERMISSIONS.member);
      const metadataResponses = await closed.fake.responsesOf(metadata.interactionId, 3);
      // Markdown in replies is escaped, so the hyphen arrives as "\-".
      expect(String(metadataResponses[2]!.body.content)).toMatch(/169\.254\.169\.254 is a link\\?-local address/);
    } finally {
      await closed.close();
      expect(closed.fake.unhandled).toEqual([]);
    }
  });

  it('autocompletes known feed URLs', async () => {
    const response = await h.fake.sendInteraction({ type: 4, data: { name: 'feeds', options: [opt.sub('remove', [opt.str('url', 'fixture', true)])] } }, PERMISSIONS.manager);
    expect(response.body.choices).toEqual([{ name: `Fixture 1 — ${h.server.base}/feed.xml`, value: `${h.server.base}/feed.xml` }]);
  });
});

describe('/digest and /status', () => {
  it('gives the digest for the period asked', async () => {
    const reply = await h.command('digest', [opt.int('hours', 48)]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Digest — last 48 hours');
    expect(field(reply, 'Figures (stories)')).toBe('Diosdado Cabello — 2\nNicolás Maduro — 2');
    expect(field(reply, 'New assertions and disputes')).toContain('`state-cartel` disputes');
    expect(embedOf(await h.command('digest')).title).toBe('Digest — last 24 hours');
  });

  it('reports uptime, feeds, last poll and alerts waiting', async () => {
    const reply = await h.command('status');
    expectPublic(reply);
    const values = Object.fromEntries(fieldsOf(reply).map((item) => [item.name, item.value]));
    expect(values).toMatchObject({ 'Last poll': 'not yet', 'Alerts waiting': '0', Feeds: '1 healthy · 0 failing · 0 disabled' });
    expect(values.Uptime).toMatch(/^3 h 0 min \(since <t:\d+:f>\)$/);
  });
});

describe('the router', () => {
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
