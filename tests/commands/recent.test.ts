/**
 * /recent through the real discord.js client, the fake Discord and the router: the latest matched
 * stories, newest first and at most ten, filtered by figure, claim and hours; autocomplete; refusals.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeHarness, descriptionOf, embedOf, ephemeralText, expectPublic, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import { MADURO } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

/** The linked titles of a listing, one per story line. */
const titles = (description: string): Array<string | undefined> => description.split('\n').filter((line) => line.startsWith('• ')).map((line) => /\[(.*?)\]\(/.exec(line)?.[1]);

describe('/recent', () => {
  it('lists the latest matched stories, feed text made safe', async () => {
    const reply = await h.command('recent');
    expectPublic(reply);
    const description = String(embedOf(reply).description);
    expect(description.split('\n').map((line) => /\[(.*?)\]\(/.exec(line)?.[1])).toEqual(['Maduro y el Cartel de los Soles', 'Cabello \u2217\u2217habla\u2217\u2217 @\u200beveryone <\u200b@123456789012345678>']);
  });

  it('covers the last 24 hours by default and names the period', async () => {
    const reply = await h.command('recent');
    // m2 (30 h ago) is outside the default period; stories that matched nothing are never listed.
    expect(embedOf(reply).title).toBe('Latest matched stories — last 24 hours');
    expect(titles(descriptionOf(reply))).not.toContain('Caracas niega el cartel');
  });

  it('filters by figure, claim and hours, and autocompletes both', async () => {
    const reply = await h.command('recent', [opt.str('figure', 'diosdado-cabello'), opt.str('claim', 'state-cartel'), opt.int('hours', 48)]);
    expect(String(embedOf(reply).description)).toMatch(/^Matching Diosdado Cabello and `state-cartel`\n• \[Caracas niega el cartel\]/);
    expect((await h.autocomplete('recent', [opt.str('claim', 'state', true)]))[0]!.value).toBe('state-cartel');
    expect((await h.autocomplete('recent', [opt.str('figure', 'delcy', true)]))[0]!.value).toBe('delcy-rodriguez');
  });

  it('takes the figure by name as well as by id', async () => {
    const reply = await h.command('recent', [opt.str('figure', 'Nicolas Maduro'), opt.int('hours', 744)]);
    expect(embedOf(reply).title).toBe('Latest matched stories — last 744 hours');
    expect(descriptionOf(reply).split('\n')[0]).toBe('Matching Nicolás Maduro');
    expect(titles(descriptionOf(reply))).toEqual(['Maduro y el Cartel de los Soles', 'Caracas niega el cartel']);
  });

  it('shows the ten newest when more stories matched', async () => {
    // Twelve more stories naming Maduro, 6 to 72 minutes old: newer than m1 (2 h) and c1 (5 h).
    h.seed(Array.from({ length: 12 }, (_, index) => ({ id: `r${index}`, ago: (index + 1) / 10, title: `Maduro, nota ${index + 1}`, entities: [MADURO] })));
    const listed = titles(descriptionOf(await h.command('recent')));
    expect(listed).toEqual(Array.from({ length: 10 }, (_, index) => `Maduro, nota ${index + 1}`));
  });

  it('says so when nothing matched in the period', async () => {
    const reply = await h.command('recent', [opt.int('hours', 1)]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Latest matched stories — last 1 hour');
    expect(descriptionOf(reply)).toBe('No matched stories in the last 1 hour.');
  });

  it('refuses hours out of range and unknown figures or claims', async () => {
    expect(ephemeralText(await h.command('recent', [opt.int('hours', 0)]))).toBe('`/recent`: `hours` must be between 1 and 744');
    expect(ephemeralText(await h.command('recent', [opt.int('hours', 'lots')]))).toBe('`/recent`: `hours` must be a whole number');
    expect(ephemeralText(await h.command('recent', [opt.str('claim', 'no-such-claim')]))).toMatch(/^No tracked claim has the id “no\\-such\\-claim”/);
  });

  it('refuses a period past 31 days, a fraction of an hour and an unknown figure', async () => {
    expect(ephemeralText(await h.command('recent', [opt.int('hours', 745)]))).toBe('`/recent`: `hours` must be between 1 and 744');
    expect(ephemeralText(await h.command('recent', [opt.int('hours', 1.5)]))).toBe('`/recent`: `hours` must be a whole number');
    expect(ephemeralText(await h.command('recent', [opt.str('figure', 'zzzzqqq')]))).toBe('No tracked figure is called “zzzzqqq”. `/track list` shows every tracked figure.');
    expect(ephemeralText(await h.command('recent', [opt.str('figure', 'x'.repeat(101))]))).toBe('`/recent`: `figure` must be at most 100 characters (got 101)');
  });

  it('offers every claim when the claim box is empty', async () => {
    // The shipped claims.yaml tracks 9 claims.
    const choices = await h.autocomplete('recent', [opt.str('claim', '', true)]);
    expect(choices).toHaveLength(9);
    expect(choices.map((choice) => choice.value)).toContain('boat-strikes');
  });
});
