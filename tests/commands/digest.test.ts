/**
 * /digest through the real discord.js client, the fake Discord and the router, over the seeded
 * stories: the period asked or the configured default, counts per figure and claim, top stories,
 * assertions and disputes, an empty period, copies counted once, and refused periods.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeHarness, descriptionOf, embedOf, ephemeralText, expectPublic, field, startSeededHarness } from '../support/command-replies';
import { ALLOW_LOOPBACK, opt, type CommandHarness } from '../support/command-harness';
import { HOUR, MADURO, NOW } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

const seconds = (epochMs: number): number => Math.floor(epochMs / 1000);

describe('/digest', () => {
  it('gives the digest for the period asked', async () => {
    const reply = await h.command('digest', [opt.int('hours', 48)]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Digest — last 48 hours');
    expect(field(reply, 'Figures (stories)')).toBe('Diosdado Cabello — 2\nNicolás Maduro — 2');
    expect(field(reply, 'New assertions and disputes')).toContain('`state-cartel` disputes');
    expect(embedOf(await h.command('digest')).title).toBe('Digest — last 24 hours');
  });

  it('covers the last 24 hours by default: counts, top stories, assertions', async () => {
    const reply = await h.command('digest');
    // m1, c1 and n0–n5 are within 24 h; m2 (30 h) is not.
    expect(descriptionOf(reply)).toBe(`<t:${seconds(NOW - 24 * HOUR)}:f> to <t:${seconds(NOW)}:f>\n8 stories stored · 2 figures named · 1 claim came up`);
    expect(field(reply, 'Figures (stories)')).toBe('Diosdado Cabello — 1\nNicolás Maduro — 1');
    expect(field(reply, 'Claims')).toBe('`state-cartel` — 1 asserting · 0 disputing · 0 mentioning');
    // m1 matched a figure and a claim, c1 only a figure; stories that matched nothing are left out.
    const top = field(reply, 'Top stories').split('\n');
    expect(top).toHaveLength(2);
    expect(top[0]).toMatch(/^• \[Maduro y el Cartel de los Soles\]\(https:\/\/example\.com\/news\/m1\)/);
    expect(top[1]).toMatch(/^• \[Cabello \u2217\u2217habla\u2217\u2217 @\u200beveryone <\u200b@123456789012345678>\]/);
    const stances = field(reply, 'New assertions and disputes');
    expect(stances).toMatch(/^`state-cartel` asserts: \[Maduro y el Cartel de los Soles\]/);
    expect(stances).toContain('\n> “Maduro lidera el cartel, dice la fiscalía.” — la fiscalía');
    expect(stances).not.toContain('disputes');
  });

  it('says so for each part when nothing was stored in the period', async () => {
    const reply = await h.command('digest', [opt.int('hours', 1)]);
    expectPublic(reply);
    expect(embedOf(reply).title).toBe('Digest — last 1 hour');
    expect(descriptionOf(reply)).toMatch(/\n0 stories stored · 0 figures named · 0 claims came up$/);
    expect(field(reply, 'Figures (stories)')).toBe('No figure was named.');
    expect(field(reply, 'Claims')).toBe('No claim came up.');
    expect(field(reply, 'Top stories')).toBe('No matched stories.');
    expect(field(reply, 'New assertions and disputes')).toBe('No claim was asserted or disputed.');
  });

  it('counts a copy of a stored story once and says another feed carried it', async () => {
    h.seed([{ id: 'm1-copy', ago: 1, title: 'Maduro y el Cartel de los Soles', entities: [MADURO], duplicateOf: 'm1' }]);
    const reply = await h.command('digest');
    expect(descriptionOf(reply)).toContain('\n8 stories stored');
    expect(field(reply, 'Figures (stories)')).toBe('Diosdado Cabello — 1\nNicolás Maduro — 1');
    expect(field(reply, 'Top stories').split('\n')[0]).toMatch(/\/m1\) .* · also in 1 other feed$/);
  });

  it('accepts up to 31 days and refuses anything else', async () => {
    expect(embedOf(await h.command('digest', [opt.int('hours', 744)])).title).toBe('Digest — last 744 hours');
    expect(ephemeralText(await h.command('digest', [opt.int('hours', 745)]))).toBe('`/digest`: `hours` must be between 1 and 744');
    expect(ephemeralText(await h.command('digest', [opt.int('hours', 0)]))).toBe('`/digest`: `hours` must be between 1 and 744');
    expect(ephemeralText(await h.command('digest', [opt.int('hours', -24)]))).toBe('`/digest`: `hours` must be between 1 and 744');
    expect(ephemeralText(await h.command('digest', [opt.int('hours', 'a week')]))).toBe('`/digest`: `hours` must be a whole number');
  });
});

describe('/digest with discord.digest.hours set', () => {
  it('covers the configured period when no hours are given', async () => {
    const configured = await startSeededHarness([], `${ALLOW_LOOPBACK}discord:\n  digest:\n    hours: 72\n`);
    try {
      const reply = await configured.command('digest');
      expect(embedOf(reply).title).toBe('Digest — last 72 hours');
      expect(field(reply, 'Figures (stories)')).toBe('Diosdado Cabello — 2\nNicolás Maduro — 2');
      expect(embedOf(await configured.command('digest', [opt.int('hours', 3)])).title).toBe('Digest — last 3 hours');
    } finally {
      await closeHarness(configured);
    }
  });
});
