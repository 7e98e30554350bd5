import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAddressGuard } from '../../src/fetch/address-guard';
import { BlockedAddressError } from '../../src/fetch/errors';
import { fetchFeed, type FetchOptions } from '../../src/fetch/fetch-feed';
import { startFeedServer, type FeedServer } from '../support/feed-server';

let server: FeedServer;
let requests = 0;
const options = (guard: ReturnType<typeof createAddressGuard>): FetchOptions => ({ timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 5, userAgent: 'vigia-test', guard });

beforeEach(async () => {
  server = await startFeedServer();
  requests = 0;
  server.route('/feed.xml', (_req, res) => {
    requests++;
    res.writeHead(200).end('<rss version="2.0"><channel><title>t</title></channel></rss>');
  });
});

afterEach(async () => {
  await server.close();
});

const port = (): string => new URL(server.base).port;

describe('createAddressGuard with fetchFeed', () => {
  it('refuses a loopback IP literal before connecting, naming the URL and why', async () => {
    const url = `${server.base}/feed.xml`;
    const failure = await fetchFeed({ url }, options(createAddressGuard())).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BlockedAddressError);
    expect((failure as Error).message).toBe(`fetch: refused to fetch ${url}: 127.0.0.1 is a loopback address, not a public address`);
    expect(requests).toBe(0);
  });

  it('refuses the loopback address written as IPv4-mapped IPv6, which the URL parser turns into hex groups', async () => {
    const url = `http://[::ffff:127.0.0.1]:${port()}/feed.xml`;
    const failure = await fetchFeed({ url }, options(createAddressGuard())).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BlockedAddressError);
    expect((failure as Error).message).toContain('::ffff:7f00:1 is a loopback address');
    expect(requests).toBe(0);
  });

  it('refuses a host name that resolves to a non-public address, in the connection’s own lookup', async () => {
    const url = `http://localhost:${port()}/feed.xml`;
    const failure = await fetchFeed({ url }, options(createAddressGuard())).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BlockedAddressError);
    expect((failure as Error).message).toMatch(/^fetch: refused to fetch http:\/\/localhost:\d+\/feed\.xml: (127\.0\.0\.1|::1) is a loopback address/);
    expect(requests).toBe(0);
  });

  it('refuses the cloud metadata address', async () => {
    const failure = await fetchFeed({ url: 'http://169.254.169.254/latest/meta-data/' }, options(createAddressGuard())).catch((error: unknown) => error);
    expect((failure as Error).message).toContain('169.254.169.254 is a link-local address');
  });

  it('lets an allowed host through but checks every redirect hop again', async () => {
    const guard = createAddressGuard(['localhost']);
    const allowed = await fetchFeed({ url: `http://localhost:${port()}/feed.xml` }, options(guard));
    expect(allowed.kind).toBe('ok');
    server.route('/hop', (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${port()}/feed.xml` }).end());
    const failure = await fetchFeed({ url: `http://localhost:${port()}/hop` }, options(guard)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BlockedAddressError);
    expect((failure as BlockedAddressError).url).toBe(`http://127.0.0.1:${port()}/feed.xml`);
    expect(requests).toBe(1);
  });
});
