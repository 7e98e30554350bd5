/**
 * The fake Discord's gateway: the WebSocket discord.js connects to after GET /gateway/bot. Plain
 * JSON frames (no zlib-sync): HELLO, heartbeat ACKs, READY and one GUILD_CREATE after IDENTIFY,
 * RESUMED after RESUME, and dispatches the tests send (INTERACTION_CREATE).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { guildCreate, readyPayload, snowflake, type FakeIds } from './fake-discord-payloads';

export interface Identify {
  token: string;
  intents: number;
}

export interface FakeGateway {
  /** Every IDENTIFY received, to check the token and intents the client asked for. */
  identifies: Identify[];
  /** Session ids of every RESUME: a client back after a dropped connection. */
  resumes: string[];
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  dispatch(event: string, data: unknown): void;
  /** Drops every connection without a close frame, as an outage does. */
  disconnectAll(): void;
  close(): void;
}

const HEARTBEAT_INTERVAL_MS = 1000;

export function createGateway(ids: FakeIds, gatewayUrl: () => string): FakeGateway {
  const wss = new WebSocketServer({ noServer: true });
  const identifies: Identify[] = [];
  const resumes: string[] = [];
  const ready = new Set<WebSocket>();
  let sequence = 0;

  const send = (socket: WebSocket, payload: Record<string, unknown>): void => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  };
  const dispatchTo = (socket: WebSocket, event: string, data: unknown): void => send(socket, { op: 0, t: event, s: ++sequence, d: data });

  wss.on('connection', (socket) => {
    send(socket, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
    socket.on('message', (raw) => {
      let payload: { op?: number; d?: Record<string, unknown> };
      try {
        payload = JSON.parse(String(raw)) as typeof payload;
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      switch (payload.op) {
        case 1: // heartbeat
          send(socket, { op: 11 });
          break;
        case 2: // identify
          identifies.push({ token: String(payload.d?.token ?? ''), intents: Number(payload.d?.intents ?? 0) });
          dispatchTo(socket, 'READY', readyPayload(ids, snowflake(), gatewayUrl()));
          dispatchTo(socket, 'GUILD_CREATE', guildCreate(ids));
          ready.add(socket);
          break;
        case 6: // resume
          resumes.push(String(payload.d?.session_id ?? ''));
          dispatchTo(socket, 'RESUMED', null);
          ready.add(socket);
          break;
        default: // presence and voice updates: nothing to do
          break;
      }
    });
    socket.on('close', () => ready.delete(socket));
  });

  return {
    identifies,
    resumes,
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    dispatch(event, data) {
      for (const socket of ready) dispatchTo(socket, event, data);
    },
    disconnectAll() {
      for (const socket of wss.clients) socket.terminate();
    },
    close() {
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}
