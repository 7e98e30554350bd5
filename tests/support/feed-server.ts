/**
 * A real HTTP server on 127.0.0.1 for the fetch tests: each path maps to a handler, and every
 * request's headers are kept so tests can check what fetchFeed sent.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  base: string;
  route(path: string, handler: Handler): void;
  /** Headers of the most recent request to `path`. */
  lastHeaders(path: string): IncomingHttpHeaders | undefined;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const seen = new Map<string, IncomingHttpHeaders>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.set(path, req.headers);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('no route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    route: (path, handler) => routes.set(path, handler),
    lastHeaders: (path) => seen.get(path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was just open and is now closed, so connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
