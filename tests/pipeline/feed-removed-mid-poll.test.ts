/**
 * A feed removed while its poll is in flight, end to end: /feeds remove through discord.js, the fake
 * Discord and the router; a real tick over the app's SQLite file; a feed server that holds the feed's
 * answer until the test has removed it, and only then answers. The poll then records nothing for
 * that feed (no health, no notice, no stories, no alerts); the other feed of the tick is recorded as
 * usual. No timing: the held answer is released by the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app';
import { pollFeeds } from '../../src/pipeline/poll-tick';
import { opt, startCommandHarness, type CommandHarness } from '../support/command-harness';
import { closeHarness } from '../support/command-replies';
import { PERMISSIONS } from '../support/fake-discord';
import { rssDocument, STORIES } from '../support/rss';
import { NOW } from '../support/story-rows';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

// One feed at a time: the feeds.yaml feed (due first) is held while the user's feed waits its turn.
const SETTINGS = 'poll:\n  allowPrivateHosts: ["127.0.0.1"]\n  concurrency: 1\nlog:\n  level: warn\n';
/** The indictment reprinted by another outlet: a near-duplicate under another link. */
const reprint = { ...STORIES.indictment, guid: 'wire-copy', link: 'https://other.example/wire-copy' };
const RSS = { 'content-type': 'application/rss+xml' };

let h: CommandHarness;
let removedUrl: string;
let otherUrl: string;

beforeEach(async () => {
  h = await startCommandHarness([], SETTINGS);
  removedUrl = `${h.server.base}/feed.xml`; // the harness's feeds.yaml feed
  otherUrl = `${h.server.base}/other.xml`;
});
afterEach(() => closeHarness(h));

const feedsCmd = (sub: string, options: unknown[]) => h.command('feeds', [opt.sub(sub, options)], PERMISSIONS.manager);

/** The next request to `route` waits, unanswered, until the test writes the response this resolves with. */
function holdNextRequest(route: string): Promise<ServerResponse> {
  return new Promise((resolve) => h.server.route(route, (_req, res) => resolve(res)));
}

/**
 * Starts a tick over the due feeds, waits until the removed feed's request is held, lets `remove`
 * take the feed away, then answers with `answer`. Returns the tick's outcomes and the removed feed's
 * row as it stood once removed.
 */
async function tickRemovingMidPoll(remove: () => Promise<void>, answer: (res: ServerResponse) => void) {
  const held = holdNextRequest('/feed.xml');
  const tick = pollFeeds(h.app.pollDeps(), h.app.feeds.due(NOW));
  const response = await held;
  await remove();
  const removedRow = h.app.feeds.byUrl(removedUrl)!;
  expect(removedRow.enabled).toBe(false);
  answer(response);
  const outcomes = await tick;
  return { outcomes: outcomes.map((outcome) => [outcome.feedUrl, outcome.status]), removedRow };
}

const removeWithCommand = async (): Promise<void> => {
  expect((await feedsCmd('remove', [opt.str('url', removedUrl)])).body.content).toMatch(/^Stopped polling \*\*Fixture 1\*\*/);
};

const queuedNotices = () => h.app.notices.pending().map(({ notice }) => [notice.feedUrl, notice.kind]);
const storiesOf = (url: string) => h.app.db.prepare('SELECT s.guid FROM stories s JOIN feeds f ON f.id = s.feed_id WHERE f.url = ?').pluck().all(url);

describe('a feed removed while its poll is in flight', () => {
  beforeEach(async () => {
    await feedsCmd('add', [opt.str('url', otherUrl), opt.str('name', 'Other')]);
  });

  it('queues no health notice and records no failure when the held poll then fails; the other feed’s failure is recorded', async () => {
    h.server.route('/other.xml', (_req, res) => res.writeHead(503).end());
    const { outcomes, removedRow } = await tickRemovingMidPoll(removeWithCommand, (res) => res.writeHead(500).end());

    expect(outcomes).toEqual([
      [removedUrl, 'discarded'],
      [otherUrl, 'error'],
    ]);
    expect(h.app.feeds.byUrl(removedUrl)).toEqual(removedRow);
    expect(h.app.feeds.byUrl(removedUrl)).toMatchObject({ consecutiveErrors: 0, lastError: null, disabledReason: 'removed with /feeds remove' });
    expect(h.app.feeds.byUrl(otherUrl)).toMatchObject({ consecutiveErrors: 1, lastError: expect.stringContaining('HTTP 503') });
    expect(queuedNotices()).toEqual([[otherUrl, 'failing']]);
  });

  it('keeps none of the stories the held poll then found, and the other feed alerts for the same news', async () => {
    h.app.db.prepare('UPDATE feeds SET first_polled_at = 1').run(); // both established: new stories alert
    h.server.route('/other.xml', (_req, res) => res.writeHead(200, RSS).end(rssDocument([reprint])));
    const { outcomes, removedRow } = await tickRemovingMidPoll(removeWithCommand, (res) => res.writeHead(200, RSS).end(rssDocument([STORIES.indictment])));

    expect(outcomes).toEqual([
      [removedUrl, 'discarded'],
      [otherUrl, 'ok'],
    ]);
    expect(h.app.feeds.byUrl(removedUrl)).toEqual(removedRow);
    expect(storiesOf(removedUrl)).toEqual([]);
    // The dropped story was first in the tick's cluster window; the copy must not join it.
    expect(storiesOf(otherUrl)).toEqual([reprint.guid]);
    expect(h.app.db.prepare('SELECT cluster_of FROM stories WHERE guid = ?').pluck().get(reprint.guid)).toBeNull();
    expect(h.app.alerts.pending().map((alert) => alert.payload.url)).toEqual([reprint.link]);
    expect(queuedNotices()).toEqual([]);
  });

  it('records nothing when another process (poll --once with an edited feeds.yaml) drops the feed meanwhile', async () => {
    h.server.route('/other.xml', (_req, res) => res.writeHead(503).end());
    const dropFromFeedsYaml = async (): Promise<void> => {
      fs.writeFileSync(path.join(h.config.dir, 'feeds.yaml'), 'feeds:\n  - url: https://news.example/rss\n');
      // Opening the app syncs the feeds with the file, on its own connection to the same database.
      const other = createApp({ configDir: h.config.dir, dbFile: h.config.dbFile, env: {}, now: () => NOW });
      await other.close();
    };
    const { outcomes, removedRow } = await tickRemovingMidPoll(dropFromFeedsYaml, (res) => res.writeHead(500).end());

    expect(removedRow.disabledReason).toBe('no longer in feeds.yaml');
    expect(outcomes).toEqual([
      [removedUrl, 'discarded'],
      [otherUrl, 'error'],
    ]);
    expect(h.app.feeds.byUrl(removedUrl)).toEqual(removedRow);
    expect(queuedNotices()).toEqual([[otherUrl, 'failing']]);
  });
});

describe('a feed removed while it waits its turn in the tick', () => {
  // Here the harness's feed (removedUrl above) is the one polled first and kept; the user's feed goes.
  it('is not fetched, and records nothing; the feed polled before it is recorded as usual', async () => {
    await feedsCmd('add', [opt.str('url', otherUrl), opt.str('name', 'Other')]);
    const requested: string[] = [];
    h.server.route('/other.xml', (req, res) => {
      requested.push(req.url ?? '');
      res.writeHead(200, RSS).end(rssDocument([reprint]));
    });
    const otherBefore = h.app.feeds.byUrl(otherUrl)!;
    const held = holdNextRequest('/feed.xml');
    const tick = pollFeeds(h.app.pollDeps(), h.app.feeds.due(NOW));
    const response = await held;
    expect((await feedsCmd('remove', [opt.str('url', otherUrl)])).body.content).toMatch(/^Stopped polling \*\*Other\*\*/);
    response.writeHead(200, RSS).end(rssDocument([STORIES.indictment]));
    const outcomes = (await tick).map((outcome) => [outcome.feedUrl, outcome.status]);

    expect(outcomes).toEqual([
      [removedUrl, 'ok'],
      [otherUrl, 'discarded'],
    ]);
    expect(requested).toEqual([]);
    expect(h.app.feeds.byUrl(otherUrl)).toMatchObject({ lastCheckedAt: otherBefore.lastCheckedAt, consecutiveErrors: 0, enabled: false });
    expect(storiesOf(otherUrl)).toEqual([]);
    expect(storiesOf(removedUrl)).toEqual([STORIES.indictment.guid]);
  });
});
