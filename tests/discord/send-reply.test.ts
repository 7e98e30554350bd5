/**
 * A handler's Reply as discord.js options: no mentions allowed whatever the text says, content and
 * embeds cut to Discord's limits, ephemeral as the flag for a reply and never for an edit.
 */
import { MessageFlags, type APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/discord/command-types';
import { toEditOptions, toReplyOptions } from '../../src/discord/send-reply';

const NO_MENTIONS = { parse: [], repliedUser: false };
const BUTTONS: NonNullable<Reply['components']> = [{ type: 1, components: [{ type: 2, style: 2, label: 'Older', custom_id: 'search:5:maduro' }] }];

describe('toReplyOptions', () => {
  it('sends the content as written, with no mentions allowed', () => {
    // The text keeps its "@everyone": allowed_mentions, not the wording, is what stops the ping.
    expect(toReplyOptions({ content: '@everyone Maduro habla en Caracas' })).toEqual({
      content: '@everyone Maduro habla en Caracas',
      embeds: [],
      components: [],
      allowedMentions: NO_MENTIONS,
    });
  });

  it('marks an ephemeral reply with the ephemeral flag, and only that one', () => {
    expect(toReplyOptions({ content: 'Solo para ti', ephemeral: true }).flags).toBe(MessageFlags.Ephemeral);
    expect(toReplyOptions({ content: 'Para todos', ephemeral: false })).not.toHaveProperty('flags');
    expect(toReplyOptions({ content: 'Para todos' })).not.toHaveProperty('flags');
  });

  it('cuts content over 2000 characters at a word, with an ellipsis', () => {
    const options = toReplyOptions({ content: 'palabra '.repeat(320) });
    // The 1999 characters before the ellipsis end exactly after the 250th word.
    expect(options.content).toBe(`${'palabra '.repeat(249)}palabra…`);
    expect(options.content).toHaveLength(2000);
    const exact = 'x'.repeat(2000);
    expect(toReplyOptions({ content: exact }).content).toBe(exact);
  });

  it('cuts content of masked links at a line end, leaving no link in half', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `• [Diosdado Cabello habló del narcotráfico, parte ${index}](https://news.example/${index})`);
    const content = toReplyOptions({ content: lines.join('\n') }).content!;
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.endsWith('\n…')).toBe(true);
    for (const line of content.split('\n').slice(0, -1)) expect(lines).toContain(line);
  });

  it('leaves out content the handler did not give', () => {
    expect(toReplyOptions({ embeds: [{ title: 'Cartel de los Soles' }] }).content).toBeUndefined();
  });

  it('fits embeds to Discord’s limits', () => {
    const long: APIEmbed = { title: 'Cabello '.repeat(40), description: 'Diosdado Cabello habló del narcotráfico.' };
    const options = toReplyOptions({ embeds: Array.from({ length: 12 }, () => long) });
    expect(options.embeds).toHaveLength(10);
    const [first] = options.embeds as APIEmbed[];
    expect(first!.title!.length).toBeLessThanOrEqual(256);
    expect(first!.title).toMatch(/^Cabello Cabello .*…$/);
    expect(first!.description).toBe('Diosdado Cabello habló del narcotráfico.');
  });

  it('keeps the components, and sends none when there are none', () => {
    expect(toReplyOptions({ content: 'Resultados', components: BUTTONS }).components).toEqual(BUTTONS);
    expect(toReplyOptions({ content: 'Resultados' }).components).toEqual([]);
  });

  it('does not change the reply it was given', () => {
    const reply: Reply = { content: 'x'.repeat(2500), embeds: [{ title: 't'.repeat(300) }], ephemeral: true };
    const copy = structuredClone(reply);
    toReplyOptions(reply);
    toEditOptions(reply);
    expect(reply).toEqual(copy);
  });

  it('hands out a fresh allowedMentions each time, so no caller can loosen the next one', () => {
    const first = toReplyOptions({ content: 'a' });
    (first.allowedMentions!.parse as string[]).push('everyone');
    expect(toReplyOptions({ content: 'b' }).allowedMentions).toEqual(NO_MENTIONS);
  });
});

describe('toEditOptions', () => {
  it('gives the same body with no mentions allowed, and no flags even for an ephemeral reply', () => {
    const options = toEditOptions({ content: '<@123456789012345678> página 2', embeds: [{ title: 'Búsqueda: Maduro' }], components: BUTTONS, ephemeral: true });
    expect(options).toEqual({
      content: '<@123456789012345678> página 2',
      embeds: [{ title: 'Búsqueda: Maduro' }],
      components: BUTTONS,
      allowedMentions: NO_MENTIONS,
    });
    expect(options).not.toHaveProperty('flags');
  });

  it('cuts content and embeds to the same limits as a reply', () => {
    const options = toEditOptions({ content: 'palabra '.repeat(320), embeds: [{ description: 'd'.repeat(5000) }] });
    expect(options.content).toHaveLength(2000);
    expect((options.embeds as APIEmbed[])[0]!.description).toHaveLength(4096);
  });

  it('clears the embeds and buttons of the message it edits when the reply has none', () => {
    // A page without buttons must not keep the old page's buttons.
    expect(toEditOptions({ content: 'Sin más resultados' })).toMatchObject({ embeds: [], components: [] });
  });
});
