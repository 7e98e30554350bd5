/**
 * serveDirectory (src/cli/corpus-server.ts), the server `check:corpus --http` fetches the corpus
 * from: a real HTTP server on 127.0.0.1 serving a temp directory. Files come back byte for byte with
 * no content-type, names that need encoding are reachable through urlOf, a missing file is a 404,
 * nothing outside the directory is served, and close() stops it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveDirectory, type CorpusServer } from '../../src/cli/corpus-server';

// "Mérida" in ISO-8859-1: one byte for é, which UTF-8 would spell in two.
const LATIN1_FEED = Buffer.concat([
  Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Noticias de M'),
  Buffer.from([0xe9]),
  Buffer.from('rida</title></channel></rss>'),
]);
// UTF-16LE with its byte order mark.
const UTF16_FEED = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss version="2.0"><channel><title>Caracas</title></channel></rss>', 'utf16le')]);

let parent = '';
let corpus = '';
let server: CorpusServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'vigia-corpus-server-'));
  corpus = join(parent, 'corpus');
  await mkdir(join(corpus, 'nested'), { recursive: true });
  await writeFile(join(corpus, 'latin1.xml'), LATIN1_FEED);
  await writeFile(join(corpus, 'nested', 'año 2025 #1.xml'), UTF16_FEED);
  // Beside the corpus, never to be served: a file, and a directory whose name starts like it.
  await writeFile(join(parent, 'secret.txt'), 'token de acceso');
  await mkdir(join(parent, 'corpus-private'));
  await writeFile(join(parent, 'corpus-private', 'key.txt'), 'clave privada');
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

beforeEach(async () => {
  server = await serveDirectory(corpus);
});

afterEach(async () => {
  await server.close();
});

/** A GET with the path sent exactly as written (fetch would resolve the dot segments first). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveDirectory', () => {
  it('serves a file byte for byte with no content-type, so decoding goes by the bytes as for a file', async () => {
    const response = await fetch(server.urlOf('latin1.xml'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer())).toEqual(LATIN1_FEED);
  });

  it('builds URLs on 127.0.0.1 that reach nested files whose names need encoding', async () => {
    const url = server.urlOf(join('nested', 'año 2025 #1.xml'));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/nested\/a%C3%B1o%202025%20%231\.xml$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(UTF16_FEED);
  });

  it('ignores a query string', async () => {
    const response = await fetch(`${server.urlOf('latin1.xml')}?v=2`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(LATIN1_FEED);
  });

  it('answers 404 for a file that does not exist', async () => {
    const response = await fetch(server.urlOf('missing.xml'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a directory, the root included, instead of a 200 that never ends', async () => {
    expect(await rawGet(server.urlOf(''), '/')).toEqual({ status: 404, body: '' });
    expect(await rawGet(server.urlOf(''), '/nested')).toEqual({ status: 404, body: '' });
  });

  it('answers 400 for a broken %-escape, and keeps serving', async () => {
    expect(await rawGet(server.urlOf(''), '/%E0%A4%A')).toEqual({ status: 400, body: '' });
    expect((await fetch(server.urlOf('latin1.xml'))).status).toBe(200);
  });

  it('refuses any path that leads outside the directory, however it is written', async () => {
    const base = server.urlOf('');
    for (const path of ['/../secret.txt', '/nested/../../secret.txt', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/../corpus-private/key.txt']) {
      const response = await rawGet(base, path);
      expect({ path, ...response }).toEqual({ path, status: 403, body: '' });
    }
  });

  it('still serves a path whose dot segments stay inside the directory', async () => {
    const response = await rawGet(server.urlOf(''), '/nested/../latin1.xml');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Noticias de M');
  });

  it('stops accepting connections once closed', async () => {
    const url = server.urlOf('latin1.xml');
    await server.close();
    await expect(fetch(url)).rejects.toThrow();
    // A fresh one for afterEach to close.
    server = await serveDirectory(corpus);
  });
});
