import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/config/schema';
import { HttpStatusError } from '../../src/fetch/errors';
import { fetchFeed } from '../../src/fetch/fetch-feed';
import { NotAFeedError } from '../../src/parse/errors';
import { createParserPool, type ParserPool } from '../../src/parse/worker-pool';
import { testFeed, type FeedTestDeps } from '../../src/pipeline/test-feed';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { miniMatcher } from '../support/mini-config';
import { rssDocument, STORIES } from '../support/rss';

let server: FeedServer;
let parser: ParserPool;
let deps: FeedTestDeps;

beforeAll(async () => {
  server = await startFeedServer();
  parser = createParserPool({ workers: 1, timeoutMs: 5000, maxMemoryMb: 128 });
  deps = {
    fetchFeed,
    parse: (xml, label) => parser.parse(xml, label),
    matcher: miniMatcher(),
    settings: settingsSchema.parse({ poll: { timeout: 2 } }),
    now: () => Date.parse('2025-11-17T15:00:00Z'),
  };
  const feed = rssDocument([STORIES.plantains, STORIES.indictment, STORIES.denial], { title: 'Fixture news' });
  server.route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  server.route('/moved', (_req, res) => res.writeHead(301, { location: '/feed.xml' }).end());
  server.route('/gone', (_req, res) => res.writeHead(410).end());
  server.route('/page.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>hello</body></html>'));
});

afterAll(async () => {
  await parser.close();
  await server.close();
});

describe('testFeed', () => {
  it('fetches, parses, normalizes and matches every story, newest first', async () => {
    const result = await testFeed(deps, `${server.base}/moved`);
    expect(result).toMatchObject({ url: `${server.base}/moved`, finalUrl: `${server.base}/feed.xml`, feedTitle: 'Fixture news', items: 3 });
    expect(result.stories.map(({ story }) => story.guid)).toEqual(['denial-1', 'indictment-1', 'plantains-1']);
    const [denial, indictment, plantains] = result.stories;
    expect(denial!.match.claims).toEqual([expect.objectContaining({ id: 'state-cartel', stance: 'disputes' })]);
    expect(indictment!.match.entities.map((entity) => entity.id)).toContain('cartel-de-los-soles');
    expect(plantains!.match.entities).toEqual([]);
  });

  it('fails with the fetch or parse error in words', async () => {
    await expect(testFeed(deps, `${server.base}/gone`)).rejects.toBeInstanceOf(HttpStatusError);
    await expect(testFeed(deps, `${server.base}/page.html`)).rejects.toBeInstanceOf(NotAFeedError);
  });
});
