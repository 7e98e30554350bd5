/**
 * /track list's embed: figures added with /track (and those whose name another figure took),
 * aliases added to entities.yaml figures, hidden figures, who changed what and when, and every
 * tracked figure; the unchanged case, Discord's limits, and names that try to ping or inject markdown.
 */
import { describe, expect, it } from 'vitest';
import { mergeTrackedEntities, type TrackedEntity } from '../../src/config/merge-tracked-entities';
import { entitySchema } from '../../src/config/schema';
import { formatTracked } from '../../src/format/format-tracked';
import { messageProblems } from '../support/fake-discord-payloads';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;
const ANA = '123456789012345678';
const BETO = '223456789012345678';

const config = [
  entitySchema.parse({ id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro Moros'] }),
  entitySchema.parse({ id: 'diosdado-cabello', name: 'Diosdado Cabello', kind: 'person' }),
  entitySchema.parse({ id: 'hugo-carvajal', name: 'Hugo Carvajal', kind: 'person' }),
];

const row = (id: string, name: string, overrides: Partial<TrackedEntity> = {}): TrackedEntity => ({
  id,
  name,
  kind: 'person',
  aliases: [],
  removed: false,
  addedBy: ANA,
  addedAt: NOW - 10 * HOUR,
  updatedAt: NOW - HOUR,
  ...overrides,
});

/** The view as /track list builds it: the figures are what the matcher would use. */
const tracked = (rows: TrackedEntity[], configEntities = config) => formatTracked({ configEntities, tracked: rows, figures: mergeTrackedEntities(configEntities, rows) });

const value = (embed: ReturnType<typeof formatTracked>, name: string): string | undefined => embed.fields!.find((field) => field.name === name)?.value;

describe('formatTracked', () => {
  it('says nothing was changed when /track changed nothing, and lists every figure', () => {
    expect(tracked([])).toEqual({
      title: 'Tracked figures',
      description: 'Exactly as entities.yaml lists them: nothing was changed with /track.',
      color: 0x4a7fd6,
      fields: [{ name: 'All tracked figures (3)', value: 'Nicolás Maduro, Diosdado Cabello, Hugo Carvajal' }],
    });
  });

  it('lists figures added, aliases added and figures hidden, with who did it and when', () => {
    const embed = tracked([
      row('alex-saab', 'Alex Saab', { aliases: ['Álex Saab Morán', 'Saab Morán'] }),
      row('diosdado-cabello', 'Diosdado Cabello', { aliases: ['El Capo Cabello'], addedBy: BETO, updatedAt: NOW - 2 * HOUR }),
      row('hugo-carvajal', 'Hugo Carvajal', { removed: true, addedBy: null, updatedAt: NOW - 3 * HOUR }),
    ]);
    expect(embed.description).toBe('entities.yaml, with the changes made with /track.');
    expect(embed.fields).toEqual([
      { name: 'Added with /track', value: `• **Alex Saab** (person): Álex Saab Morán, Saab Morán — <@${ANA}> <t:1799996400:R>` },
      { name: 'Aliases added to entities.yaml figures', value: `• **Diosdado Cabello**: El Capo Cabello — <@${BETO}> <t:1799992800:R>` },
      { name: 'Hidden entities.yaml figures (until /track add)', value: '• Hugo Carvajal — someone <t:1799989200:R>' },
      // Carvajal is hidden, so the matcher has three figures: two from entities.yaml and the new one.
      { name: 'All tracked figures (3)', value: 'Nicolás Maduro, Diosdado Cabello, Alex Saab' },
    ]);
  });

  it('flags an added figure the matcher skips because entities.yaml now gives its name to another', () => {
    const embed = tracked([row('maduro-moros', 'Maduro Moros', { kind: 'organization' })]);
    expect(value(embed, 'Added with /track')).toBe(`• **Maduro Moros** (organization) — <@${ANA}> <t:1799996400:R> · not matched: its name now belongs to another figure`);
    expect(value(embed, 'All tracked figures (3)')).toBe('Nicolás Maduro, Diosdado Cabello, Hugo Carvajal');
  });

  it('leaves out rows that change nothing: a removed figure never in entities.yaml, an entities.yaml figure with no added alias', () => {
    const embed = tracked([row('alex-saab', 'Alex Saab', { removed: true }), row('diosdado-cabello', 'Diosdado Cabello')]);
    expect(embed.fields!.map((field) => field.name)).toEqual(['All tracked figures (3)']);
    expect(embed.description).toBe('Exactly as entities.yaml lists them: nothing was changed with /track.');
  });

  it('says None. when no figure is tracked at all', () => {
    const embed = tracked([row('hugo-carvajal', 'Hugo Carvajal', { removed: true })], [config[2]!]);
    expect(value(embed, 'All tracked figures (0)')).toBe('None.');
    expect(value(embed, 'Hidden entities.yaml figures (until /track add)')).toBe(`• Hugo Carvajal — <@${ANA}> <t:1799996400:R>`);
  });

  it('mentions the user only for a real Discord id, never for anything else stored as who', () => {
    for (const addedBy of [null, '', 'cli', '12345', '@everyone', '<@123456789012345678>', '<@&223456789012345678>', `${ANA}0000`]) {
      expect(value(tracked([row('alex-saab', 'Alex Saab', { addedBy })]), 'Added with /track')).toBe('• **Alex Saab** (person) — someone <t:1799996400:R>');
    }
  });

  it('escapes markdown and neutralises mentions in names and aliases', () => {
    const embed = tracked([
      row('bad-name', '**Jefe** @everyone <@323456789012345678>', { aliases: ['_alias_ @here', '[link](https://evil.example)'] }),
      row('diosdado-cabello', 'Diosdado Cabello', { aliases: ['`Cabello`'] }),
      row('hugo-carvajal', '~~Hugo~~ ||Carvajal||', { removed: true }),
    ]);
    expect(value(embed, 'Added with /track')).toBe(
      `• **\\*\\*Jefe\\*\\* @\u200beveryone <\u200b@323456789012345678\\>** (person): \\_alias\\_ @\u200bhere, \\[link\\]\\(https://evil.example\\) — <@${ANA}> <t:1799996400:R>`,
    );
    expect(value(embed, 'Aliases added to entities.yaml figures')).toBe(`• **Diosdado Cabello**: \\\`Cabello\\\` — <@${ANA}> <t:1799996400:R>`);
    expect(value(embed, 'Hidden entities.yaml figures (until /track add)')).toBe(`• \\~\\~Hugo\\~\\~ \\|\\|Carvajal\\|\\| — <@${ANA}> <t:1799996400:R>`);
    expect(value(embed, 'All tracked figures (3)')).toBe('Nicolás Maduro, Diosdado Cabello, \\*\\*Jefe\\*\\* @\u200beveryone <\u200b@323456789012345678\\>');
    // The only mention left is the one of whoever made the change.
    const everything = embed.fields!.map((field) => field.value).join('\n');
    expect(everything.match(/<@\d+>/g)).toEqual([`<@${ANA}>`, `<@${ANA}>`, `<@${ANA}>`]);
    expect(everything).not.toMatch(/@everyone|@here/);
  });

  it('keeps every list within a field value and the embed within Discord limits', () => {
    const rows = Array.from({ length: 300 }, (_, index) => row(`figura-${index}`, `Figura número ${index}`, { aliases: [`Alias largo de la figura ${index}`] }));
    const hidden = Array.from({ length: 100 }, (_, index) => entitySchema.parse({ id: `oculta-${index}`, name: `Figura oculta ${index}`, kind: 'place' }));
    const embed = tracked([...rows, ...hidden.map((entity) => row(entity.id, entity.name, { removed: true }))], [...config, ...hidden]);
    for (const field of embed.fields!) expect(field.value.length).toBeLessThanOrEqual(1024);
    const added = value(embed, 'Added with /track')!;
    const shown = added.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(added.endsWith(`\n…and ${300 - shown} more`)).toBe(true);
    expect(value(embed, 'Hidden entities.yaml figures (until /track add)')).toMatch(/\n…and \d+ more$/);
    const all = value(embed, 'All tracked figures (303)')!;
    expect(all).toMatch(/^Nicolás Maduro, Diosdado Cabello, Hugo Carvajal, Figura número 0, .*…$/);
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
  });
});
