/**
 * /feeds through the real discord.js client, the fake Discord and the router, with a feed server on
 * 127.0.0.1 and a real SQLite file: add, remove and re-add, list, status in words, test without
 * storing, the Manage Server check, refused URLs and names, and the private-address guard.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeHarness, descriptionOf, embedOf, EPHEMERAL, ephemeralText, expectPublic, footerOf, startSeededHarness } from '../support/command-replies';
import { feedsCommand } from '../../commands/feeds';
import { opt, startCommandHarness, type CommandHarness } from '../support/command-harness';
import { PERMISSIONS } from '../support/fake-discord';
import { rssDocument, STORIES } from '../support/rss';
import { NOW } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: CommandHarness;
beforeEach(async () => {
  h = await startSeededHarness();
  const feed = rssDocument([STORIES.indictment, STORIES.denial, STORIES.plantains], { title: 'Test outlet' });
  h.server.route('/test.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  h.server.route('/down.xml', (_req, res) => res.writeHead(503).end('down'));
});
afterEach(() => closeHarness(h));

const feedsCmd = (sub: string, options: unknown[] = [], permissions = PERMISSIONS.manager) => h.command('feeds', [opt.sub(sub, options)], permissions);

describe('/feeds', () => {
  it('adds, lists, removes and re-adds a feed; only managers may add or remove', async () => {
    const url = `${h.server.base}/test.xml`;
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', url)], PERMISSIONS.member))).toBe('You need the Manage Server permission to use `/feeds add`.');
    expect((await feedsCmd('add', [opt.str('url', url), opt.str('name', 'Test Outlet')])).body.content).toBe(
      `Added **Test Outlet** (<${url}>); it is polled from the next tick. Its first poll records what is there without alerting.`,
    );
    expect(h.app.feeds.byUrl(url)).toMatchObject({ origin: 'user', enabled: true, name: 'Test Outlet' });
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', url)]))).toContain('is already polled');
    expect(String(embedOf(await feedsCmd('list', [], PERMISSIONS.member)).description)).toContain('Test Outlet');
    expect((await feedsCmd('remove', [opt.str('url', url)])).body.content).toMatch(/^Stopped polling \*\*Test Outlet\*\*/);
    expect(h.app.feeds.byUrl(url)).toMatchObject({ enabled: false, disabledReason: 'removed with /feeds remove' });
    expect((await feedsCmd('add', [opt.str('url', url)])).body.content).toContain('It was disabled: removed with /feeds remove.');
  });

  it('names a new feed after its host, and knows a URL written differently', async () => {
    const url = `${h.server.base}/test.xml`;
    expectPublic(await feedsCmd('add', [opt.str('url', url.replace('http://', 'HTTP://'))]));
    const { port } = new URL(url);
    expect(h.app.feeds.byUrl(url)).toMatchObject({ name: `127.0.0.1:${port}`, origin: 'user' });
    // A name starting "127." is escaped so that it cannot render as a numbered list.
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', url)]))).toBe(`<${url}> is already polled, as **127\\.0.0.1:${port}**.`);
  });

  it('refuses to remove a feed twice, a non-manager’s remove, and to re-add a feed feeds.yaml disables', async () => {
    const url = `${h.server.base}/test.xml`;
    await feedsCmd('add', [opt.str('url', url), opt.str('name', 'Test Outlet')]);
    expect(ephemeralText(await feedsCmd('remove', [opt.str('url', url)], PERMISSIONS.member))).toBe('You need the Manage Server permission to use `/feeds remove`.');
    await feedsCmd('remove', [opt.str('url', url)]);
    expect(ephemeralText(await feedsCmd('remove', [opt.str('url', url)]))).toBe('**Test Outlet** is not polled already (removed with /feeds remove).');
    const listed = `${h.server.base}/feed.xml`;
    h.app.feeds.syncFromConfig([{ url: listed, name: 'Fixture 1', enabled: false }], NOW);
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', listed)]))).toBe(`<${listed}> is disabled in feeds.yaml; enable it there.`);
    expect(h.app.feeds.byUrl(listed)).toMatchObject({ enabled: false });
  });

  it('refuses URLs that are not http(s), carry credentials or are not URLs, and names with markup', async () => {
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', 'feed.example/rss')]))).toBe('`/feeds`: `url` is not a URL; write it in full, like https://example.com/feed.xml');
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', 'ftp://news.example/feed.xml')]))).toBe('`/feeds`: `url` must start with http:// or https://');
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', 'https://user:secret@news.example/feed.xml')]))).toBe('`/feeds`: `url` must not contain a user name or password: vigia sends none, and /feeds list would show them');
    expect(ephemeralText(await feedsCmd('add', [opt.str('url', `${h.server.base}/test.xml`), opt.str('name', '**Noticias** @everyone')]))).toMatch(/^`\/feeds`: `name` may only contain text without the characters/);
    expect(ephemeralText(await h.command('feeds', [], PERMISSIONS.manager))).toMatch(/needs a subcommand: add, remove, list, status or test/);
    expect(h.app.feeds.all()).toHaveLength(1);
  });

  it('shows each feed’s health in words', async () => {
    const feed = h.app.feeds.all()[0]!;
    h.app.feeds.recordFailure(feed, { now: NOW - 60_000, nextCheckAt: NOW + 600_000, error: 'fetch: HTTP 503 Service Unavailable from x', disabledReason: null });
    const reply = await feedsCmd('status', [], PERMISSIONS.member);
    expectPublic(reply);
    const text = String(embedOf(reply).description);
    expect(text).toContain('— failing');
    expect(text).toContain('last success: never');
    expect(text).toMatch(/last error: 1 failure in a row; <t:\d+:R> \(<t:\d+:f>\): fetch: HTTP 503 Service Unavailable from x/);
    expect(text).toMatch(/next check: <t:\d+:R>/);
    expect((embedOf(reply).footer as { text: string }).text).toBe('0 healthy · 1 failing · 0 disabled');
  });

  it('counts healthy and disabled feeds in the status footer', async () => {
    await feedsCmd('add', [opt.str('url', `${h.server.base}/test.xml`), opt.str('name', 'Test Outlet')]);
    const fixture = h.app.feeds.all()[0]!;
    h.app.feeds.recordFailure(fixture, { now: NOW, nextCheckAt: NOW, error: 'fetch: HTTP 503 Service Unavailable from x', disabledReason: 'failed 10 times in a row' });
    const reply = await feedsCmd('status', [], PERMISSIONS.member);
    expect(footerOf(reply)).toBe('1 healthy · 0 failing · 1 disabled');
    expect(descriptionOf(reply)).toContain('failed 10 times in a row');
  });

  it('pages a long status with the page option and its buttons, and refuses a broken button', async () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ url: `https://outlet${index}.example/rss`, name: `Outlet ${index}`, enabled: true }));
    // The seeded feed leaves feeds.yaml with this: it is disabled, and counted so.
    h.app.feeds.syncFromConfig(many, NOW);
    const second = await feedsCmd('status', [opt.int('page', 2)], PERMISSIONS.member);
    expectPublic(second);
    expect(footerOf(second)).toBe('20 healthy · 0 failing · 1 disabled · page 2 of 3');
    const buttons = (second.body.components as Array<{ components: Array<{ custom_id: string; disabled: boolean }> }>)[0]!.components;
    expect(buttons.map((button) => [button.custom_id, button.disabled])).toEqual([
      ['feeds:status:1', false],
      ['feeds:status:3', false],
    ]);
    const last = await feedsCommand.button!(h.ctx, ['status', '3'], undefined as never);
    expect(last.embeds![0]!.footer!.text).toBe('20 healthy · 0 failing · 1 disabled · page 3 of 3');
    expect(last.embeds![0]!.description).toContain('Outlet 19');
    await expect(async () => feedsCommand.button!(h.ctx, ['status', 'x'], undefined as never)).rejects.toThrow(/no longer works/);
    await expect(async () => feedsCommand.button!(h.ctx, ['remove', '1'], undefined as never)).rejects.toThrow(/no longer works/);
    expect(ephemeralText(await feedsCmd('list', [opt.int('page', 0)], PERMISSIONS.member))).toMatch(/page/);
  });

  it('tests a URL now, deferring first, and stores nothing', async () => {
    const stories = h.app.stories.count();
    const first = await feedsCmd('test', [opt.str('url', `${h.server.base}/test.xml`)], PERMISSIONS.member);
    expect(first).toMatchObject({ kind: 'callback', type: 5 });
    const [, edit] = await h.fake.responsesOf(first.interactionId, 2);
    const embed = (edit!.body.embeds as Array<{ title: string; description: string }>)[0]!;
    expect(edit!.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(embed.title).toBe('Feed test: Test outlet');
    expect(embed.description).toMatch(/^3 items, 3 stories, 2 would match\. Nothing was stored\./);
    expect(embed.description).toContain('`state-cartel` disputes');
    expect(h.app.stories.count()).toBe(stories);
    expect(h.app.feeds.byUrl(`${h.server.base}/test.xml`)).toBeUndefined();
  });

  it('turns a feed that cannot be read into an ephemeral follow-up, and refuses bad URLs at once', async () => {
    const first = await feedsCmd('test', [opt.str('url', `${h.server.base}/down.xml`)], PERMISSIONS.member);
    const responses = await h.fake.responsesOf(first.interactionId, 3);
    expect(responses.map((response) => response.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(responses[2]!.body).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(String(responses[2]!.body.content)).toMatch(/^Could not read that feed: fetch: HTTP 503 Service Unavailable from http:\/\/127\.0\.0\.1/);
    expect(ephemeralText(await feedsCmd('test', [opt.str('url', 'javascript:alert(1)')]))).toBe('`/feeds`: `url` must start with http:// or https://');
    expect(ephemeralText(await feedsCmd('remove', [opt.str('url', 'https://nowhere.example/feed')]))).toMatch(/^No feed has the URL/);
  });

  it('refuses to test a private address unless settings allow that host', async () => {
    const closed = await startCommandHarness([], 'log:\n  level: warn\n');
    try {
      const first = await closed.command('feeds', [opt.sub('test', [opt.str('url', `${closed.server.base}/feed.xml`)])], PERMISSIONS.member);
      const responses = await closed.fake.responsesOf(first.interactionId, 3);
      expect(String(responses[2]!.body.content)).toMatch(/^Could not read that feed: fetch: refused to fetch http:\/\/127\.0\.0\.1:\d+\/feed\.xml: 127\.0\.0\.1 is a loopback address/);
      const metadata = await closed.command('feeds', [opt.sub('test', [opt.str('url', 'http://169.254.169.254/latest/meta-data/')])], PERMISSIONS.member);
      const metadataResponses = await closed.fake.responsesOf(metadata.interactionId, 3);
      // Markdown in replies is escaped, so the hyphen arrives as "\-".
      expect(String(metadataResponses[2]!.body.content)).toMatch(/169\.254\.169\.254 is a link\\?-local address/);
    } finally {
      await closed.close();
      expect(closed.fake.unhandled).toEqual([]);
    }
  });

  it('autocompletes known feed URLs', async () => {
    const response = await h.fake.sendInteraction({ type: 4, data: { name: 'feeds', options: [opt.sub('remove', [opt.str('url', 'fixture', true)])] } }, PERMISSIONS.manager);
    expect(response.body.choices).toEqual([{ name: `Fixture 1 — ${h.server.base}/feed.xml`, value: `${h.server.base}/feed.xml` }]);
  });
});
