/**
 * /figure's embed: the profile from entities.yaml or /track, aliases, mention counts, claims on the
 * figure's topic and in their stories, latest stories with stances; empty profiles, Discord's
 * limits, and names or profile text that try to ping or inject markdown.
 */
import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../src/config/schema';
import { claimSchema } from '../../src/config/claims-schema';
import { FIGURE_COLOUR, formatFigure, type FigureView } from '../../src/format/format-figure';
import type { StoryWithStances } from '../../src/store/figure-stats-repo';
import { messageProblems } from '../support/fake-discord-payloads';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;

const cabello = entitySchema.parse({
  id: 'diosdado-cabello',
  name: 'Diosdado Cabello',
  kind: 'person',
  aliases: ['Cabello Rondón', { text: 'Diosdado', ambiguous: true }, 'Diosdado Cabello'],
  profile: {
    role: 'Interior minister',
    status: 'At large',
    rewards: ['US$25 million offered by the U.S. State Department'],
    charges: ['Narco-terrorism conspiracy, 2020'],
  },
});

const stateCartel = claimSchema.parse({ id: 'state-cartel', statement: "Venezuela's leadership runs the Cartel de los Soles" });

const story = (id: string, overrides: Partial<StoryWithStances> = {}): StoryWithStances => ({
  id,
  title: `Cabello story ${id}`,
  url: `https://runrun.example/${id}`,
  feedName: 'Runrunes',
  time: NOW - HOUR,
  lang: 'es',
  claims: [],
  ...overrides,
});

const view = (overrides: Partial<FigureView> = {}): FigureView => ({
  figure: cabello,
  fromConfig: true,
  topicClaims: [stateCartel],
  claimCounts: [
    { claimId: 'state-cartel', stories: 3 },
    { claimId: 'electoral-fraud', stories: 1 },
  ],
  counts: { day: 2, week: 5, month: 9 },
  latest: [story('s1', { title: 'Cabello acusado de dirigir el cartel', claims: [{ claimId: 'state-cartel', stance: 'asserts' }] }), story('s2', { title: 'Cabello habla en televisión', time: NOW - 3 * HOUR })],
  ...overrides,
});

const field = (embed: ReturnType<typeof formatFigure>, name: string): string | undefined => embed.fields!.find((item) => item.name === name)?.value;

describe('formatFigure', () => {
  it('shows the whole profile of an entities.yaml figure', () => {
    expect(formatFigure(view())).toEqual({
      title: 'Diosdado Cabello',
      description: 'person · Interior minister\nStatus: At large',
      color: FIGURE_COLOUR,
      fields: [
        { name: 'Mentions', value: '24 h: **2** · 7 days: **5** · 30 days: **9**' },
        // The canonical name is not repeated among the aliases; an ambiguous alias shows its text.
        { name: 'Aliases', value: 'Cabello Rondón, Diosdado' },
        { name: 'Rewards', value: '• US$25 million offered by the U.S. State Department' },
        { name: 'Charges', value: '• Narco\\-terrorism conspiracy, 2020' },
        { name: 'Claims', value: '`state-cartel` (on its topic): 3 stories in 30 days\n`electoral-fraud`: 1 story in 30 days' },
        {
          name: 'Latest stories',
          value: [
            '• [Cabello acusado de dirigir el cartel](https://runrun.example/s1) — Runrunes · <t:1799996400:R> · `state-cartel` asserts',
            '• [Cabello habla en televisión](https://runrun.example/s2) — Runrunes · <t:1799989200:R>',
          ].join('\n'),
        },
      ],
      footer: { text: 'diosdado-cabello · from entities.yaml' },
    });
  });

  it('lists every profile list that has items, in a fixed order, one bullet per item', () => {
    const figure = { ...cabello, profile: { ...cabello.profile, rewards: [], charges: [], sanctions: ['OFAC, 2018', 'EU, 2018'], notes: ['Leads the ruling party'] } };
    const embed = formatFigure(view({ figure }));
    expect(embed.fields!.map((item) => item.name)).toEqual(['Mentions', 'Aliases', 'Sanctions', 'Notes', 'Claims', 'Latest stories']);
    expect(field(embed, 'Sanctions')).toBe('• OFAC, 2018\n• EU, 2018');
  });

  it('counts a topic claim with no stories yet as 0, and says when there are no claims or stories', () => {
    expect(field(formatFigure(view({ claimCounts: [] })), 'Claims')).toBe('`state-cartel` (on its topic): 0 stories in 30 days');
    const quiet = formatFigure(view({ topicClaims: [], claimCounts: [], latest: [], counts: { day: 0, week: 0, month: 0 } }));
    expect(field(quiet, 'Claims')).toBe('None yet.');
    expect(field(quiet, 'Latest stories')).toBe('No stored story names them yet.');
    expect(field(quiet, 'Mentions')).toBe('24 h: **0** · 7 days: **0** · 30 days: **0**');
  });

  it('shows a figure added with /track: bare kind, no profile fields, footer says where it came from', () => {
    const tracked = entitySchema.parse({ id: 'alex-saab', name: 'Alex Saab', kind: 'person', aliases: ['Álex Saab Morán'] });
    const embed = formatFigure(view({ figure: tracked, fromConfig: false, topicClaims: [], claimCounts: [], latest: [] }));
    expect(embed.title).toBe('Alex Saab');
    expect(embed.description).toBe('person');
    expect(embed.fields!.map((item) => item.name)).toEqual(['Mentions', 'Aliases', 'Claims', 'Latest stories']);
    expect(embed.footer).toEqual({ text: 'alex-saab · added with /track' });
    const noAliases = formatFigure(view({ figure: { ...tracked, aliases: [] }, fromConfig: false }));
    expect(noAliases.fields!.map((item) => item.name)).not.toContain('Aliases');
  });

  it('gives the status without a role, and the role without a status', () => {
    const place = entitySchema.parse({ id: 'la-orchila', name: 'La Orchila', kind: 'place', profile: { status: 'Military island' } });
    expect(formatFigure(view({ figure: place })).description).toBe('place\nStatus: Military island');
    const org = entitySchema.parse({ id: 'sebin', name: 'SEBIN', kind: 'organization', profile: { role: 'Intelligence service' } });
    expect(formatFigure(view({ figure: org })).description).toBe('organization · Intelligence service');
  });

  it('escapes markdown and neutralises mentions in the name, aliases, profile and stories', () => {
    const figure = entitySchema.parse({
      id: 'x-figure',
      name: '**El** _Pollo_ @everyone',
      kind: 'person',
      aliases: ['<@123456789012345678>', '`code`'],
      profile: { role: '[link](https://evil.example)\n# role', status: '@here ~~gone~~\n1. first', notes: ['||spoiler|| <#323456789012345678>'] },
    });
    const embed = formatFigure(view({ figure, latest: [story('s1', { title: '**Bold** @everyone', feedName: '_Outlet_' })] }));
    expect(embed.title).toBe('\\*\\*El\\*\\* \\_Pollo\\_ @\u200beveryone');
    // The role stays on the first line; the status keeps its lines but no list or heading markup.
    expect(embed.description).toBe('person · \\[link\\]\\(https://evil.example\\) \\# role\nStatus: @\u200bhere \\~\\~gone\\~\\~\n1\\. first');
    expect(field(embed, 'Aliases')).toBe('<\u200b@123456789012345678\\>, \\`code\\`');
    expect(field(embed, 'Notes')).toBe('• \\|\\|spoiler\\|\\| <\u200b\\#323456789012345678\\>');
    expect(field(embed, 'Latest stories')).toBe('• [\u2217\u2217Bold\u2217\u2217 @\u200beveryone](https://runrun.example/s1) — \\_Outlet\\_ · <t:1799996400:R>');
    const everything = [embed.title!, embed.description!, ...embed.fields!.map((item) => item.value)].join('\n');
    expect(everything).not.toMatch(/@everyone|@here|<@|<#/);
  });

  it('cuts a very long role and status, escaped, so the description stays within 4,096', () => {
    // entities.yaml sets no length on either; "_" doubles when escaped.
    const figure = entitySchema.parse({ id: 'x', name: 'X', kind: 'person', profile: { role: 'jefe_de '.repeat(300), status: 'preso_en '.repeat(900) } });
    const [kind, status] = formatFigure(view({ figure })).description!.split('\n');
    expect(kind!.length).toBeLessThanOrEqual('person · '.length + 300);
    expect(kind).toMatch(/^person · jefe\\_de .*…$/);
    expect(status!.length).toBeLessThanOrEqual('Status: '.length + 1_500);
    expect(status).toMatch(/^Status: preso\\_en .*…$/);
  });

  it('stays within Discord limits however long the name and lists are', () => {
    const figure = entitySchema.parse({
      id: 'long-figure',
      name: Array.from({ length: 80 }, (_, index) => `Nombre${index}`).join(' '),
      kind: 'person',
      aliases: Array.from({ length: 200 }, (_, index) => `Alias número ${index}`),
      profile: { notes: Array.from({ length: 100 }, (_, index) => `Note ${index}: ${'a long remark '.repeat(5)}`) },
    });
    const latest = Array.from({ length: 40 }, (_, index) => story(`s${index}`, { title: 'titular '.repeat(30), claims: [{ claimId: 'state-cartel', stance: 'disputes' }] }));
    const claimCounts = Array.from({ length: 80 }, (_, index) => ({ claimId: `claim-number-${index}`, stories: index }));
    const embed = formatFigure(view({ figure, latest, claimCounts }));
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title!.endsWith('…')).toBe(true);
    for (const item of embed.fields!) expect(item.value.length).toBeLessThanOrEqual(1024);
    expect(field(embed, 'Aliases')).toMatch(/^Alias número 0, Alias número 1, .*…$/);
    expect(field(embed, 'Notes')).toMatch(/\n…and \d+ more$/);
    expect(field(embed, 'Claims')).toMatch(/\n…and \d+ more$/);
    const stories = field(embed, 'Latest stories')!;
    const shown = stories.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(stories.endsWith(`\n…and ${40 - shown} more`)).toBe(true);
    // Each story title is cut at 90 characters.
    for (const line of stories.split('\n').filter((item) => item.startsWith('• '))) expect(/^• \[(.*)\]\(/.exec(line)![1]!.length).toBeLessThanOrEqual(90);
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
  });
});
