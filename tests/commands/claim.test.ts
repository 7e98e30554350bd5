/**
 * /claim through the real discord.js client, the fake Discord and the router: the statement, the
 * 30-day counts per stance, the three latest asserting and disputing stories with their evidence,
 * autocomplete, and unknown or hostile ids.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stance } from '../../src/model';
import { closeHarness, descriptionOf, embedOf, ephemeralText, expectPublic, field, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import type { StoryInput } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

const boatStory = (id: string, ago: number, title: string, stance: Stance, evidence?: string): StoryInput => ({ id, ago, title, claims: [['boat-strikes', stance, evidence]] });

describe('/claim', () => {
  it('shows the statement and the latest asserting and disputing stories with evidence', async () => {
    const reply = await h.command('claim', [opt.str('id', 'state-cartel')]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Claim state-cartel');
    expect(String(embedOf(reply).description)).toContain('Last 30 days: **1** asserting · **1** disputing · **0** mentioning');
    expect(field(reply, 'Latest asserting')).toContain('> “Maduro lidera el cartel, dice la fiscalía.” — la fiscalía');
    expect(field(reply, 'Latest disputing')).toContain('> “Caracas niega que el cartel exista.”');
  });

  it('says so when no stored story asserts or disputes the claim', async () => {
    const reply = await h.command('claim', [opt.str('id', 'gold-laundering')]);
    expectPublic(reply);
    expect(descriptionOf(reply)).toMatch(/\n\nLast 30 days: \*\*0\*\* asserting · \*\*0\*\* disputing · \*\*0\*\* mentioning$/);
    expect(field(reply, 'Latest asserting')).toBe('No stored story asserts it.');
    expect(field(reply, 'Latest disputing')).toBe('No stored story disputes it.');
  });

  it('counts 30 days, lists the three newest per side, and leaves out copies of a stored story', async () => {
    h.seed([
      ...[1, 2, 3, 4].map((ago) => boatStory(`b${ago}`, ago, `Ataque ${ago} a una lancha`, 'asserts', `Fuentes confirman el ataque ${ago}.`)),
      { ...boatStory('b-copy', 0.5, 'Ataque 1 a una lancha', 'asserts', 'Fuentes confirman el ataque 1.'), duplicateOf: 'b1' },
      boatStory('b-old', 31 * 24, 'Un ataque de hace un mes', 'asserts', 'Fuentes confirman un ataque antiguo.'),
      boatStory('b-mention', 6, 'Debate sobre las lanchas', 'mentions'),
    ]);
    const reply = await h.command('claim', [opt.str('id', 'boat-strikes')]);
    expect(descriptionOf(reply)).toContain('Last 30 days: **4** asserting · **0** disputing · **1** mentioning');
    const asserting = field(reply, 'Latest asserting');
    expect([...asserting.matchAll(/^• \[(.*?)\]/gm)].map((match) => match[1])).toEqual(['Ataque 1 a una lancha', 'Ataque 2 a una lancha', 'Ataque 3 a una lancha']);
    expect(asserting).toContain('> “Fuentes confirman el ataque 1.”');
    expect(asserting).not.toContain('b-copy');
  });

  it('escapes markdown and mentions in the evidence it quotes', async () => {
    h.seed([{ id: 'e1', ago: 1, title: 'Ataque a una lancha', claims: [['boat-strikes', 'asserts', 'Los **ataques** son legales, dijo @everyone.', '<@123456789012345678>']] }]);
    const asserting = field(await h.command('claim', [opt.str('id', 'boat-strikes')]), 'Latest asserting');
    expect(asserting).toContain('> “Los \\*\\*ataques\\*\\* son legales, dijo @\u200beveryone.” — <\u200b@123456789012345678\\>');
  });

  it('takes the id in any case', async () => {
    expect(embedOf(await h.command('claim', [opt.str('id', 'STATE-CARTEL')])).title).toBe('Claim state-cartel');
  });

  it('autocompletes claims and refuses an unknown id', async () => {
    const choices = await h.autocomplete('claim', [opt.str('id', 'gold', true)]);
    expect(choices.map((choice) => choice.value)).toEqual(['gold-laundering']);
    expect(choices[0]!.name.length).toBeLessThanOrEqual(100);
    expect(ephemeralText(await h.command('claim', [opt.str('id', 'state-cartl')]))).toBe('No tracked claim has the id “state\\-cartl”. Closest: `state-cartel`.');
  });

  it('offers every claim for an empty box, each suggestion within Discord’s 100 characters', async () => {
    const choices = await h.autocomplete('claim', [opt.str('id', '', true)]);
    expect(choices).toHaveLength(9);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.name.startsWith(`${choice.value} — `)).toBe(true);
    }
  });

  it('refuses hostile ids with a message naming the option, and quotes unknown ones safely', async () => {
    expect(ephemeralText(await h.command('claim', [opt.str('id', '')]))).toBe('`/claim`: `id` must not be empty');
    expect(ephemeralText(await h.command('claim', [opt.str('id', 'x'.repeat(101))]))).toBe('`/claim`: `id` must be at most 100 characters (got 101)');
    expect(ephemeralText(await h.command('claim', [opt.str('id', 'state\u202ecartel')]))).toBe('`/claim`: `id` must not contain control characters or line breaks');
    // Nothing is close to it, so no suggestion follows.
    expect(ephemeralText(await h.command('claim', [opt.str('id', '`rm -rf` **x**')]))).toBe('No tracked claim has the id “\\`rm \\-rf\\` \\*\\*x\\*\\*”.');
  });
});
