/**
 * sendRequest against a real HTTP server on 127.0.0.1: one GET whose body comes back exactly as
 * sent (still compressed), redirects left to the caller, the server's own reason phrase kept, the
 * guard's dispatcher used when given, and the caller's signal obeyed.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAddressGuard } from '../../src/fetch/address-guard';
import { BlockedAddressError } from '../../src/fetch/errors';
import { readCappedBody } from '../../src/fetch/read-body';
import { header, sendRequest } from '../../src/fetch/send-request';
import { startFeedServer, type FeedServer } from '../support/feed-server';

const FEED = '<rss><channel><title>Maduro y el Cartel de los Soles</title></channel></rss>';
const GZIPPED = gzipSync(FEED);

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/gzip', (_req, res) => {
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('link', ['<a>; rel="self"', '<b>; rel="hub"']);
    res.writeHead(200, 'Fine Thanks').end(GZIPPED);
  });
  server.route('/moved', (_req, res) => res.writeHead(301, { location: '/gzip' }).end());
  server.route('/silent', () => undefined);
});

afterAll(() => server.close());

const noSignal = (): AbortSignal => new AbortController().signal;

describe('sendRequest', () => {
  it('gives the status, the server’s reason phrase, the headers and the body still compressed', async () => {
    const response = await sendRequest(`${server.base}/gzip`, { 'Accept-Encoding': 'gzip' }, noSignal(), undefined);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('Fine Thanks');
    expect(header(response.headers, 'content-encoding')).toBe('gzip');
    expect(await readCappedBody(response.body, 1024, 'u')).toEqual(GZIPPED);
    expect(server.lastHeaders('/gzip')?.['accept-encoding']).toBe('gzip');
  });

  it('leaves redirects to the caller', async () => {
    const response = await sendRequest(`${server.base}/moved`, {}, noSignal(), undefined);
    expect(response.status).toBe(301);
    expect(header(response.headers, 'location')).toBe('/gzip');
  });

  it('connects through the guard’s dispatcher, whose lookup refuses a loopback host name', async () => {
    const port = new URL(server.base).port;
    const sent = sendRequest(`http://localhost:${port}/gzip`, {}, noSignal(), createAddressGuard());
    await expect(sent).rejects.toBeInstanceOf(BlockedAddressError);
  });

  it('stops waiting for headers when the signal fires', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(sendRequest(`${server.base}/silent`, {}, controller.signal, undefined)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('header', () => {
  it('joins a repeated header as fetch did, and gives null for a missing one', async () => {
    const response = await sendRequest(`${server.base}/gzip`, {}, noSignal(), undefined);
    response.body.resume();
    expect(header(response.headers, 'link')).toBe('<a>; rel="self", <b>; rel="hub"');
    expect(header(response.headers, 'etag')).toBeNull();
  });
});
