/**
 * Button clicks through the fake Discord. Its interaction payloads carry no `message`, which
 * discord.js needs to build a button interaction, so the client connects through a relay: REST goes
 * to the fake unchanged except that GET /gateway/bot names the relay's gateway, and the relay passes
 * every gateway frame both ways, adding the clicked message to component interactions. The fake
 * still registers, dispatches and records each interaction and its answers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { startRestProxy, type RestProxy } from './check-channels-proxy';
import type { FakeDiscord } from './fake-discord';
import { messageObject } from './fake-discord-payloads';

/** A bot message holding the button that was clicked, as Discord sends it with the click. */
function withClickedMessage(fake: FakeDiscord, frame: string): string {
  const payload = JSON.parse(frame) as { t?: string; d?: Record<string, unknown> };
  const d = payload.d;
  if (payload.t !== 'INTERACTION_CREATE' || !d || d.type !== 3 || d.message) return frame;
  const customId = String((d.data as { custom_id?: unknown } | undefined)?.custom_id ?? '');
  const components = [{ type: 1, components: [{ type: 2, style: 2, label: 'Más', custom_id: customId }] }];
  d.message = messageObject(fake, String(d.channel_id), { content: 'Resultados', components });
  return JSON.stringify(payload);
}

export async function startButtonRelay(fake: FakeDiscord): Promise<RestProxy> {
  const fakeGateway = new URL(fake.apiBase).origin.replace(/^http/, 'ws');
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (client) => {
      const upstream = new WebSocket(`${fakeGateway}${req.url ?? '/gateway'}`);
      const waiting: Array<[RawData, boolean]> = [];
      const closeBoth = (): void => {
        client.terminate();
        upstream.terminate();
      };
      client.on('message', (data, isBinary) => {
        if (upstream.readyState === WebSocket.OPEN) upstream.send(data, { binary: isBinary });
        else waiting.push([data, isBinary]);
      });
      upstream.on('open', () => {
        for (const [data, isBinary] of waiting.splice(0)) upstream.send(data, { binary: isBinary });
      });
      upstream.on('message', (data) => {
        if (client.readyState === WebSocket.OPEN) client.send(withClickedMessage(fake, String(data)));
      });
      for (const socket of [client, upstream]) {
        socket.on('close', closeBoth);
        socket.on('error', closeBoth);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const relayGateway = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/gateway`;
  const rest = await startRestProxy(fake, (method, path) =>
    method === 'GET' && path === '/gateway/bot'
      ? { status: 200, body: { url: relayGateway, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } } }
      : undefined,
  );
  return {
    apiBase: rest.apiBase,
    async close() {
      for (const socket of wss.clients) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rest.close();
    },
  };
}
