/**
 * Section 5: /search and /figure over an archive of 100,000 stored stories, each answered by the
 * command's own handler (option checks, SQLite queries and the embed it replies with) with the
 * app's command context, as the interaction router runs it. Discord's round trip is not included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { figureCommand } from '../../commands/figure';
import { searchCommand } from '../../commands/search';
import { createApp } from '../../src/app/create-app';
import { createCommandContext, type CommandContext } from '../../src/discord/command-context';
import type { SlashCommand } from '../../src/discord/command-types';
import { seedArchive } from './archive';
import { percentile, median, timeMs, type BenchSection, type Figure } from './stats';
import { seededRandom } from './synthetic';

const STORIES = 100_000;
const FEEDS = 500;
const ROUNDS = 5;
const NOW = Date.UTC(2026, 10, 1);

/** What the team types: names, common and rare words, a phrase, a prefix, no accents. */
const QUERIES = ['Maduro', 'Cabello', 'nicolas maduro', 'gobierno', 'the government said', '"cartel de los soles"', 'export*', 'frontera petroleras', 'Tren de Aragua', 'Padrino López', 'analysts', 'zzzunknownword'];

/** Only what prepare() reads from an interaction: the options as sent, and no member permissions. */
function interaction(name: string, value: string): ChatInputCommandInteraction {
  const data = [{ name, type: ApplicationCommandOptionType.String, value }];
  return { options: { data }, memberPermissions: null } as unknown as ChatInputCommandInteraction;
}

async function answer(command: SlashCommand, ctx: CommandContext, option: string, value: string): Promise<number> {
  return timeMs(async () => {
    const reply = await command.prepare(interaction(option, value)).run(ctx);
    if (!reply.embeds?.length && !reply.content) throw new Error(`bench: /${command.name} ${value} gave an empty reply`);
  });
}

async function latencies(rounds: number, values: readonly string[], ask: (value: string) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) for (const value of values) times.push(await ask(value));
  return times;
}

export const searchSection: BenchSection = {
  name: 'search',
  title: '/search and /figure over 100,000 stored stories',
  async run(progress) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-bench-search-'));
    const configDir = path.join(dir, 'config');
    fs.mkdirSync(configDir);
    for (const file of ['entities.yaml', 'claims.yaml']) fs.copyFileSync(path.join('config', file), path.join(configDir, file));
    const feeds = Array.from({ length: FEEDS }, (_, index) => `  - url: http://outlet-${index}.example/feed.xml\n    name: outlet-${index}`);
    fs.writeFileSync(path.join(configDir, 'feeds.yaml'), `feeds:\n${feeds.join('\n')}\n`);
    fs.writeFileSync(path.join(configDir, 'settings.yaml'), 'log:\n  level: warn\n');
    const app = createApp({ configDir, dbFile: path.join(dir, 'vigia.db'), env: {}, now: () => NOW });
    try {
      const feedRows = app.feeds.all().map((feed) => ({ id: feed.id, url: feed.url, name: feed.name }));
      const seedMs = await timeMs(() =>
        seedArchive(app.db, { count: STORIES, feeds: feedRows, figures: app.config.entities, claimIds: app.config.claims.claims.map((c) => c.id), now: NOW, random: seededRandom(5) }),
      );
      progress(`seeded ${app.stories.count()} stories in ${(seedMs / 1000).toFixed(1)} s`);
      const ctx = createCommandContext(app, { startedAt: NOW });
      const names = app.config.entities.map((entity) => entity.name);
      // One untimed pass: the first query of each kind prepares statements and warms SQLite's cache,
      // as any running bot's would be.
      await latencies(1, QUERIES, (query) => answer(searchCommand, ctx, 'query', query));
      await latencies(1, names, (name) => answer(figureCommand, ctx, 'name', name));
      const search = await latencies(ROUNDS, QUERIES, (query) => answer(searchCommand, ctx, 'query', query));
      const figure = await latencies(ROUNDS, names, (name) => answer(figureCommand, ctx, 'name', name));
      const detail = (times: number[], kinds: number): string =>
        `median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; ${kinds} queries × ${ROUNDS} rounds`;
      const figures: Figure[] = [
        { section: 'search', name: '/search p95 (100k stories)', value: percentile(search, 95), unit: 'ms', target: { op: '<=', value: 50 }, detail: detail(search, QUERIES.length) },
        { section: 'search', name: '/figure p95 with counts (100k stories)', value: percentile(figure, 95), unit: 'ms', target: { op: '<=', value: 50 }, detail: detail(figure, names.length) },
      ];
      return figures;
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
