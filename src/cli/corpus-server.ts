/**
 * Serves a directory on 127.0.0.1 for `check:corpus --http`, so every corpus file also goes through
 * the real fetch stage (streamed read, size cap, charset decoding), not only through parsing.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
    let requested: string;
    try {
      requested = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    } catch {
      return void res.writeHead(400).end(); // a broken %-escape
    }
    const path = normalize(join(root, requested));
    // Never outside the corpus directory, whatever the request says.
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    // Only files: a directory would open, then fail at its first read after the 200 was sent.
    stat(path).then(
      (info) => {
        if (!info.isFile()) return void res.writeHead(404).end();
        // No content-type: decoding then goes by BOM, XML declaration and bytes, as for a file.
        res.writeHead(200);
        createReadStream(path).on('error', () => res.destroy()).pipe(res);
      },
      () => void res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (relativePath) => `http://127.0.0.1:${port}/${relativePath.split(sep).map(encodeURIComponent).join('/')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
