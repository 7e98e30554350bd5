/**
 * /figure through the real discord.js client, the fake Discord and the router: the profile, mention
 * counts and latest stories, autocomplete, unknown and ambiguous names, hostile option values.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeHarness, embedOf, ephemeralText, expectPublic, field, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

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

  it('finds a figure by id or by an alias in any case, and makes feed text safe in its stories', async () => {
    const byAlias = await h.command('figure', [opt.str('name', 'MADURO MOROS')]);
    expect(embedOf(byAlias).title).toBe('Nicolás Maduro');
    const reply = await h.command('figure', [opt.str('name', 'diosdado-cabello')]);
    expect(embedOf(reply).title).toBe('Diosdado Cabello');
    // c1 (5 h ago) and m2 (30 h ago) name him.
    expect(field(reply, 'Mentions')).toBe('24 h: **1** · 7 days: **2** · 30 days: **2**');
    const [newest, older] = field(reply, 'Latest stories').split('\n');
    expect(newest).toMatch(/^• \[Cabello \u2217\u2217habla\u2217\u2217 @\u200beveryone <\u200b@123456789012345678>\]\(https:\/\/example\.com\/news\/c1\)/);
    expect(older).toMatch(/^• \[Caracas niega el cartel\]\(https:\/\/example\.com\/news\/m2\) .* · `state-cartel` disputes$/);
    expect((embedOf(reply).footer as { text: string }).text).toBe('diosdado-cabello · from entities.yaml');
  });

  it('says so when no stored story names the figure yet', async () => {
    const reply = await h.command('figure', [opt.str('name', 'delcy-rodriguez')]);
    expectPublic(reply);
    expect(embedOf(reply).description).toBe('person · Executive vice president of Venezuela');
    expect(field(reply, 'Mentions')).toBe('24 h: **0** · 7 days: **0** · 30 days: **0**');
    expect(field(reply, 'Latest stories')).toBe('No stored story names them yet.');
  });

  it('autocompletes tracked figures, accents optional', async () => {
    const choices = await h.autocomplete('figure', [opt.str('name', 'nicolás', true)]);
    expect(choices[0]).toEqual({ name: 'Nicolás Maduro', value: 'nicolas-maduro' });
    expect((await h.autocomplete('figure', [opt.str('name', 'cabell', true)])).map((choice) => choice.value)).toContain('diosdado-cabello');
    expect(await h.autocomplete('figure', [opt.str('name', 'zzzzqqq', true)])).toEqual([]);
  });

  it('autocompletes through an alias, naming the alias, and offers every figure for an empty box', async () => {
    // "Maduro Moros" starts with what was typed; the canonical name and the other aliases do not.
    expect((await h.autocomplete('figure', [opt.str('name', 'maduro mor', true)]))[0]).toEqual({ name: 'Nicolás Maduro (Maduro Moros)', value: 'nicolas-maduro' });
    // The shipped entities.yaml tracks 22 figures, within Discord's 25 suggestions.
    expect(await h.autocomplete('figure', [opt.str('name', '', true)])).toHaveLength(22);
  });

  it('answers an unknown name ephemerally with the closest names', async () => {
    const text = ephemeralText(await h.command('figure', [opt.str('name', 'Nicolas Madur')]));
    expect(text).toBe('No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
  });

  it('points to /track list when nothing is close, and asks for the full name when a name is shared', async () => {
    expect(ephemeralText(await h.command('figure', [opt.str('name', 'zzzzqqq')]))).toBe('No tracked figure is called “zzzzqqq”. `/track list` shows every tracked figure.');
    expect(ephemeralText(await h.command('figure', [opt.str('name', 'Rodríguez')]))).toBe(
      '“Rodríguez” names more than one figure: **Delcy Rodríguez**, **Jorge Rodríguez**. Use the full name.',
    );
  });

  it('refuses hostile option values with a message naming the option', async () => {
    expect(ephemeralText(await h.command('figure', [opt.str('name', '   ')]))).toBe('`/figure`: `name` must not be empty');
    expect(ephemeralText(await h.command('figure', [opt.str('name', 'x'.repeat(101))]))).toBe('`/figure`: `name` must be at most 100 characters (got 101)');
    expect(ephemeralText(await h.command('figure', [opt.str('name', 'Maduro\nMoros')]))).toBe('`/figure`: `name` must not contain control characters or line breaks');
    expect(ephemeralText(await h.command('figure', [opt.str('name', 42)]))).toBe('`/figure`: `name` must be text');
    expect(ephemeralText(await h.command('figure'))).toBe('`/figure`: `name` is required');
  });

  it('quotes an unknown name with its markdown and mentions made harmless', async () => {
    const text = ephemeralText(await h.command('figure', [opt.str('name', '**Nadie** @here')]));
    expect(text).toMatch(/^No tracked figure is called “\\\*\\\*Nadie\\\*\\\* @\u200bhere”\./);
  });
});
