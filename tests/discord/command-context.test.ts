/**
 * createCommandContext over a real app (temp config, SQLite file, parse workers) and a feed server
 * on 127.0.0.1: the config and repositories it hands to commands, figures merged with /track rows
 * on every call, the start time, and /feeds test's fetch → parse → match with nothing stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import type { TrackedEntityChange } from '../../src/config/merge-tracked-entities';
import { createCommandContext } from '../../src/discord/command-context';
import { tempConfig, type TempConfig } from '../support/config-dir';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { rssDocument, STORIES, type FixtureItem } from '../support/rss';
import type { TempDb } from '../support/store-fixtures';
import { CABELLO, HOUR, MADURO, NOW, storeStories } from '../support/story-rows';

const ALLOW_LOOPBACK = 'poll:\n  allowPrivateHosts: ["127.0.0.1"]\nlog:\n  level: warn\n';

const SAAB_ITEM: FixtureItem = {
  guid: 'saab-miami',
  title: 'Álex Saab declara ante una jueza en Miami',
  text: 'El empresario colombiano Álex Saab compareció este martes ante una jueza federal en Miami.',
  pubDate: 'Tue, 18 Nov 2025 15:00:00 GMT',
};

const saab: TrackedEntityChange = { id: 'alex-saab', name: 'Álex Saab', kind: 'person', aliases: ['Saab Morán'], removed: false, addedBy: '123456789012345678' };

let server: FeedServer;
const configs: TempConfig[] = [];
const apps: App[] = [];

function startApp(settingsYaml = ALLOW_LOOPBACK): App {
  const config = tempConfig([`${server.base}/feed.xml`], settingsYaml);
  configs.push(config);
  const app = createApp({ configDir: config.dir, dbFile: config.dbFile, env: {}, now: () => NOW });
  apps.push(app);
  return app;
}

beforeEach(async () => {
  server = await startFeedServer();
  server.route('/prueba.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssDocument([STORIES.indictment, STORIES.denial, STORIES.plantains, SAAB_ITEM], { title: 'Prueba' })));
});

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const config of configs.splice(0)) config.cleanup();
  await server.close();
});

describe('createCommandContext', () => {
  it('hands commands the app’s config, repositories and clock', () => {
    const app = startApp();
    const ctx = createCommandContext(app);
    expect(ctx.settings).toBe(app.config.settings);
    expect(ctx.claims).toBe(app.config.claims);
    expect(ctx.configEntities).toBe(app.config.entities);
    expect(ctx.feeds).toBe(app.feeds);
    expect(ctx.stories).toBe(app.stories);
    expect(ctx.alerts).toBe(app.alerts);
    expect(ctx.log).toBe(app.log);
    expect(ctx.now()).toBe(NOW);
  });

  it('starts the uptime clock at creation unless told when the bot started', () => {
    const app = startApp();
    expect(createCommandContext(app).startedAt).toBe(NOW);
    expect(createCommandContext(app, { startedAt: NOW - 3 * HOUR }).startedAt).toBe(NOW - 3 * HOUR);
  });

  it('reads the app’s database through the query repositories', () => {
    const app = startApp();
    const ctx = createCommandContext(app);
    storeStories({ db: app.db, feedId: app.feeds.all()[0]!.id } as TempDb, [
      { id: 'r1', ago: 2, title: 'Fiscales acusan a Maduro por el cartel', entities: [MADURO], claims: [['state-cartel', 'asserts']] },
      { id: 'r2', ago: 5, title: 'Cabello niega el cartel', entities: [CABELLO], claims: [['state-cartel', 'disputes']] },
    ]);
    expect(ctx.recent.recent({ since: 0, limit: 10 }).map((story) => story.id)).toEqual(['r1', 'r2']);
    expect(ctx.search.search('cartel', { limit: 10, offset: 0 }).total).toBe(2);
    expect(ctx.figureStats.mentionCounts(MADURO[0], NOW)).toEqual({ day: 1, week: 1, month: 1 });
    expect(ctx.claimStories.counts('state-cartel', 0)).toEqual({ asserts: 1, disputes: 1, mentions: 0 });
    expect(ctx.digest.collect(NOW - 24 * HOUR, NOW).storiesSeen).toBe(2);
  });

  it('merges /track rows into the figures on every call, leaving entities.yaml as it was', () => {
    const app = startApp();
    const ctx = createCommandContext(app);
    const configIds = app.config.entities.map((figure) => figure.id);
    expect(ctx.figures().map((figure) => figure.id)).toEqual(configIds);
    ctx.tracked.save(saab, NOW);
    ctx.tracked.save({ id: 'eln', name: 'ELN', kind: 'organization', aliases: [], removed: true, addedBy: '123456789012345678' }, NOW);
    const ids = ctx.figures().map((figure) => figure.id);
    expect(ids).toContain('alex-saab');
    expect(ids).not.toContain('eln');
    expect(ctx.configEntities.map((figure) => figure.id)).toEqual(configIds);
    // Stored, not held in memory: a second context over the same app sees the same figures.
    expect(createCommandContext(app).figures().map((figure) => figure.id)).toEqual(ids);
  });
});

describe('testFeed', () => {
  it('fetches, parses and matches a feed now, newest first, storing nothing', async () => {
    const app = startApp();
    const ctx = createCommandContext(app);
    const url = `${server.base}/prueba.xml`;
    const result = await ctx.testFeed(url);
    expect(result).toMatchObject({ url, finalUrl: url, feedTitle: 'Prueba', items: 4 });
    expect(result.stories.map((tested) => tested.story.title)).toEqual([SAAB_ITEM.title, STORIES.denial.title, STORIES.indictment.title, STORIES.plantains.title]);
    const entities = result.stories.map((tested) => tested.match.entities.map((hit) => hit.id));
    expect(entities[1]).toContain('nicolas-maduro');
    expect(entities[2]).toContain('nicolas-maduro');
    // "Plátanos maduros" is fruit, not the president.
    expect(entities[3]).toEqual([]);
    expect(result.stories[1]!.match.claims).toContainEqual(expect.objectContaining({ id: 'state-cartel', stance: 'disputes' }));
    expect(app.stories.count()).toBe(0);
    expect(app.feeds.all().map((feed) => feed.url)).toEqual([`${server.base}/feed.xml`]);
  });

  it('matches with the figures tracked at the moment it runs', async () => {
    const app = startApp();
    const ctx = createCommandContext(app);
    const url = `${server.base}/prueba.xml`;
    const saabHits = async () => (await ctx.testFeed(url)).stories[0]!.match.entities.map((hit) => hit.id);
    expect(await saabHits()).not.toContain('alex-saab');
    ctx.tracked.save(saab, NOW);
    expect(await saabHits()).toContain('alex-saab');
  });

  it('refuses a private address unless the settings allow that host, fetching nothing', async () => {
    const ctx = createCommandContext(startApp('log:\n  level: warn\n'));
    await expect(ctx.testFeed(`${server.base}/prueba.xml`)).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    expect(server.lastHeaders('/prueba.xml')).toBeUndefined();
  });

  it('rejects with the HTTP status when the feed cannot be read', async () => {
    server.route('/caido.xml', (_req, res) => res.writeHead(503).end('down'));
    const ctx = createCommandContext(startApp());
    await expect(ctx.testFeed(`${server.base}/caido.xml`)).rejects.toThrow(/HTTP 503/);
  });
});
