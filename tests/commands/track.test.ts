/**
 * /track through the real discord.js client, the fake Discord and the router, over a real SQLite
 * file: adding, extending, hiding and restoring figures, the list, the Manage Server check, and
 * every refusal (hostile names and aliases, shared aliases, kind changes, nothing new).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeHarness, descriptionOf, embedOf, ephemeralText, expectPublic, field, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import { PERMISSIONS } from '../support/fake-discord';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

const add = (options: unknown[], permissions = PERMISSIONS.manager) => h.command('track', [opt.sub('add', options)], permissions);
const remove = (name: string, permissions = PERMISSIONS.manager) => h.command('track', [opt.sub('remove', [opt.str('name', name)])], permissions);

describe('/track', () => {
  it('refuses a non-manager, before reading the options, and stores nothing', async () => {
    const text = ephemeralText(await add([opt.str('name', 'Alex Saab')], PERMISSIONS.member));
    expect(text).toBe('You need the Manage Server permission to use `/track add`.');
    expect(h.ctx.tracked.list()).toEqual([]);
    expect(ephemeralText(await h.command('track', [opt.sub('remove', [opt.str('name', 'x'.repeat(6000))])], PERMISSIONS.member))).toMatch(/Manage Server/);
  });

  it('does not let a member add through /track list with an option named "subcommand"', async () => {
    // A client can send options the definition never declared; permissions follow the real subcommand.
    const spoofed = await h.command('track', [opt.sub('list', [opt.str('subcommand', 'add'), opt.str('name', 'Alex Saab')])], PERMISSIONS.member);
    expect(spoofed.kind).toBe('callback');
    expect(h.ctx.tracked.list()).toEqual([]);
  });

  it('lets an administrator add, and anyone list', async () => {
    expect((await add([opt.str('name', 'Álex Saab')], PERMISSIONS.administrator)).body.content).toMatch(/^Now tracking \*\*Álex Saab\*\*/);
    const list = await h.command('track', [opt.sub('list')], PERMISSIONS.member);
    expectPublic(list);
    expect(field(list, 'All tracked figures (23)')).toContain('Álex Saab');
  });

  it('lists the figures of entities.yaml as they are when nothing was changed', async () => {
    const list = await h.command('track', [opt.sub('list')]);
    expect(descriptionOf(list)).toBe('Exactly as entities.yaml lists them: nothing was changed with /track.');
    // The shipped entities.yaml tracks 22 figures.
    expect((embedOf(list).fields as Array<{ name: string }>).map((item) => item.name)).toEqual(['All tracked figures (22)']);
  });

  it('adds a figure that commands and the next poll’s matcher see, lists it, and removes it', async () => {
    const added = await add([opt.str('name', 'Álex Saab'), opt.str('aliases', 'Alex Saab Morán, Saab'), opt.str('kind', 'person')]);
    expectPublic(added);
    expect(added.body.content).toBe('Now tracking **Álex Saab** (person, id `alex-saab`) with “Alex Saab Morán”, “Saab”. Matching uses it from the next poll.');
    expect(h.ctx.figures().map((figure) => figure.id)).toContain('alex-saab');
    const figure = await h.command('figure', [opt.str('name', 'alex saab moran')]);
    expect(embedOf(figure).title).toBe('Álex Saab');
    expect((embedOf(figure).footer as { text: string }).text).toBe('alex-saab · added with /track');
    const list = await h.command('track', [opt.sub('list')]);
    expect(field(list, 'Added with /track')).toMatch(new RegExp(`^• \\*\\*Álex Saab\\*\\* \\(person\\): Alex Saab Morán, Saab — <@${h.fake.memberUserId}> <t:\\d+:R>$`));
    const removed = await h.command('track', [opt.sub('remove', [opt.str('name', 'Saab')])], PERMISSIONS.manager);
    expect(removed.body.content).toBe('Stopped tracking **Álex Saab** from the next poll; its stored stories stay.');
    expect(h.ctx.figures().map((figure) => figure.id)).not.toContain('alex-saab');
  });

  it('drops repeated aliases and says which ones the figure already had', async () => {
    const added = await add([opt.str('name', 'Álex Saab'), opt.str('aliases', 'Saab, SAAB, Alex Saab')]);
    // "Alex Saab" is the name without its accent: the figure answers to it already.
    expect(added.body.content).toBe('Now tracking **Álex Saab** (person, id `alex-saab`) with “Saab” (already known: “Alex Saab”). Matching uses it from the next poll.');
    expect(h.ctx.tracked.list().map((row) => row.aliases)).toEqual([['Saab']]);
  });

  it('adds aliases to an entities.yaml figure, hides one and brings it back', async () => {
    expect((await add([opt.str('name', 'Nicolas Maduro'), opt.str('aliases', 'Nico')])).body.content).toBe('Added to **Nicolás Maduro**: “Nico”. Matching uses it from the next poll.');
    const hidden = await h.command('track', [opt.sub('remove', [opt.str('name', 'Diosdado Cabello')])], PERMISSIONS.manager);
    expect(hidden.body.content).toContain('hidden until `/track add` brings it back');
    expect(ephemeralText(await h.command('figure', [opt.str('name', 'Diosdado Cabello')]))).toMatch(/^No tracked figure is called/);
    expect((await add([opt.str('name', 'diosdado cabello')])).body.content).toBe('Tracking **Diosdado Cabello** again. Matching uses it from the next poll.');
  });

  it('refuses to add what changes nothing, or to change a figure’s kind', async () => {
    expect(ephemeralText(await add([opt.str('name', 'Nicolas Maduro')]))).toBe('**Nicolás Maduro** is already tracked. Give `aliases:` to add some.');
    expect(ephemeralText(await add([opt.str('name', 'Nicolas Maduro'), opt.str('aliases', 'Maduro Moros')]))).toBe('**Nicolás Maduro** already answers to every alias given.');
    expect(ephemeralText(await add([opt.str('name', 'Nicolas Maduro'), opt.str('kind', 'place')]))).toBe('**Nicolás Maduro** is tracked as a person, not a place; /track cannot change that.');
    expect(h.ctx.tracked.list()).toEqual([]);
  });

  it('refuses to remove a name it does not track, or one two figures share', async () => {
    expect(ephemeralText(await remove('zzzzqqq'))).toBe('No tracked figure is called “zzzzqqq”.');
    expect(ephemeralText(await remove('Rodríguez'))).toBe('“Rodríguez” names more than one figure: **Delcy Rodríguez**, **Jorge Rodríguez**. Use the full name.');
    expect(ephemeralText(await remove('Nicolás Maduro', PERMISSIONS.member))).toBe('You need the Manage Server permission to use `/track remove`.');
    expect(h.ctx.tracked.list()).toEqual([]);
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

  it('refuses a one-letter name, too many aliases, and a name that cannot become an id', async () => {
    expect(ephemeralText(await add([opt.str('name', 'X')]))).toBe('`/track`: `name` must be at least 2 characters');
    const aliases = Array.from({ length: 21 }, (_, index) => `Alias ${index + 1}`).join(', ');
    expect(ephemeralText(await add([opt.str('name', 'Alex Saab'), opt.str('aliases', aliases)]))).toBe('`/track`: `aliases` at most 20 aliases at a time (got 21)');
    expect(ephemeralText(await add([opt.str('name', 'Alex Saab'), opt.str('aliases', 'Saab, S')]))).toBe('`/track`: `aliases` alias “S” must be at least 2 characters');
    expect(ephemeralText(await add([opt.str('name', 'Путин Владимир')]))).toBe('“Путин Владимир” cannot become a figure id: use a name with Latin letters or digits.');
    expect(h.ctx.tracked.list()).toEqual([]);
  });

  it('autocompletes figure names for add and remove', async () => {
    const response = await h.fake.sendInteraction({ type: 4, data: { name: 'track', options: [opt.sub('remove', [opt.str('name', 'tren', true)])] } }, PERMISSIONS.manager);
    expect((response.body.choices as Array<{ value: string }>)[0]!.value).toBe('tren-de-aragua');
  });
});
