/**
 * Serves a directory on 127.0.0.1 for `check:corpus --http`, so every corpus file also goes through
 * the real fetch stage (streamed read, size cap, charset decoding), not only through parsing.
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export interface CorpusServer {
  urlOf(relativePath: string): string;
  close(): Promise<void>;
}

export async function serveDirectory(dir: string): Promise<CorpusServer> {
  const root = normalize(dir + sep);
  const server: Server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
    // Never outside the corpus directory, whatever the request says.
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    // No content-type: decoding then goes by BOM, XML declaration and bytes, as for a file.
    const stream = createReadStream(path);
    stream.on('error', () => res.headersSent || res.writeHead(404).end());
    stream.once('open', () => res.writeHead(200));
    stream.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (relativePath) => `http://127.0.0.1:${port}/${relativePath.split(sep).map(encodeURIComponent).join('/')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
