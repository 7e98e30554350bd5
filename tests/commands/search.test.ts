/**
 * /search through the real discord.js client, the fake Discord and the router, over the seeded
 * stories in SQLite FTS5: accent-insensitive matching, newest first, pages and their buttons,
 * phrases and prefixes, search syntax typed as plain text, and refused queries and buttons.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchCommand } from '../../commands/search';
import { closeHarness, descriptionOf, embedOf, ephemeralText, expectPublic, footerOf, startSeededHarness } from '../support/command-replies';
import { opt, type CommandHarness } from '../support/command-harness';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
});
afterEach(() => closeHarness(h));

/** The linked titles of a result page, in order. */
const titles = (description: string): string[] => [...description.matchAll(/^• \[(.*?)\]\(/gm)].map((match) => match[1]!);

// The fake cannot send a component interaction (discord.js needs its message); call the handler.
const pressButton = (parts: string[]) => searchCommand.button!(h.ctx, parts, undefined as never);

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

  it('orders the first page newest first, feed text made safe', async () => {
    const reply = await h.command('search', [opt.str('query', 'narcotráfico')]);
    expect(titles(descriptionOf(reply))).toEqual([
      'Maduro y el Cartel de los Soles',
      'Cabello \u2217\u2217habla\u2217\u2217 @\u200beveryone <\u200b@123456789012345678>',
      'Nota 0 sobre narcotráfico',
      'Nota 1 sobre narcotráfico',
      'Nota 2 sobre narcotráfico',
    ]);
  });

  it('serves the next page for the Older button', async () => {
    const page = await searchCommand.button!(h.ctx, ['5', 'NARCOTRAFICO'], undefined as never);
    expect((page.embeds![0]!.footer as { text: string }).text).toBe('6–9 of 9 stories · newest first');
    await expect(async () => searchCommand.button!(h.ctx, ['-5', 'x'], undefined as never)).rejects.toThrow(/no longer works/);
  });

  it('ends on the last page with Older disabled, and says so past the end', async () => {
    const last = await pressButton(['5', 'NARCOTRAFICO']);
    expect(titles(String(last.embeds![0]!.description))).toEqual(['Nota 3 sobre narcotráfico', 'Nota 4 sobre narcotráfico', 'Nota 5 sobre narcotráfico', 'Caracas niega el cartel']);
    const buttons = (last.components![0]!.components as Array<{ custom_id: string; disabled: boolean }>).map((button) => [button.custom_id, button.disabled]);
    expect(buttons).toEqual([
      ['search:0:NARCOTRAFICO', false],
      ['search:10:NARCOTRAFICO', true],
    ]);
    expect((await pressButton(['50', 'NARCOTRAFICO'])).embeds![0]!.description).toBe('No more results.');
  });

  it('keeps a colon in the query the button carries', async () => {
    const page = await pressButton(['0', 'Cartel', 'Soles']);
    expect(page.embeds![0]!.title).toBe('Search: Cartel:Soles');
  });

  it('refuses a button whose offset or query was tampered with', async () => {
    for (const parts of [['abc', 'cartel'], ['2.5', 'cartel'], ['10001', 'cartel'], ['0'], ['0', 'x'.repeat(81)]]) {
      await expect(pressButton(parts)).rejects.toThrow('This button no longer works; run `/search` again.');
    }
  });

  it('matches a quoted phrase only where its words stand together, and a word* by its start', async () => {
    const phrase = await h.command('search', [opt.str('query', '"cartel de los soles"')]);
    expect(titles(descriptionOf(phrase))).toEqual(['Maduro y el Cartel de los Soles']);
    expect(footerOf(phrase)).toBe('1–1 of 1 story · newest first');
    // One page only: no buttons.
    expect(phrase.body.components).toEqual([]);
    expect(footerOf(await h.command('search', [opt.str('query', 'narco*')]))).toBe('1–5 of 9 stories · newest first');
    expect(footerOf(await h.command('search', [opt.str('query', 'narco')]))).toBe('0 stories');
  });

  it('treats search syntax as plain words that must all appear', async () => {
    // "OR" and "NEAR(" are words to find, not operators: no story has them, and nothing breaks.
    const reply = await h.command('search', [opt.str('query', 'cartel OR NEAR( "unbalanced')]);
    expectPublic(reply);
    expect(descriptionOf(reply)).toBe('No stored story matches.');
    expect(footerOf(reply)).toBe('0 stories');
    expect(reply.body.components).toEqual([]);
  });

  it('refuses a query with nothing to search for, and one too long', async () => {
    expect(ephemeralText(await h.command('search', [opt.str('query', '*** ::: ""')]))).toBe('Give at least one word to search for (letters or digits).');
    expect(ephemeralText(await h.command('search', [opt.str('query', 'x'.repeat(6000))]))).toBe('`/search`: `query` must be at most 80 characters (got 6000)');
  });

  it('refuses more words than it searches for, rather than drop the last ones unsaid', async () => {
    const thirteen = 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce Cabello';
    expect(ephemeralText(await h.command('search', [opt.str('query', thirteen)]))).toBe('Search for at most 12 words or "quoted phrases" at once; this query has 13.');
    expectPublic(await h.command('search', [opt.str('query', thirteen.replace(' Cabello', ''))]));
  });

  it('accepts a query of exactly 80 characters and refuses line breaks and a missing query', async () => {
    expectPublic(await h.command('search', [opt.str('query', 'x'.repeat(80))]));
    expect(ephemeralText(await h.command('search', [opt.str('query', 'Maduro\nCabello')]))).toBe('`/search`: `query` must not contain control characters or line breaks');
    expect(ephemeralText(await h.command('search'))).toBe('`/search`: `query` is required');
  });
});
