/**
 * A REST proxy on 127.0.0.1 in front of the fake Discord, for the channel tests: it adds the kinds
 * of channel the fake lacks: a category (nothing can be posted in it), one the bot may not see (403
 * Missing Access), one where it may not send or embed, one where it may post but not read history,
 * and a voice channel; and passes every other request to the fake unchanged. The client is
 * pointed at it with `{ ...fake, apiBase: proxy.apiBase }`.
 */
import type { Client } from 'discord.js';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import { connectClient } from './discord-client';
import { startFakeDiscord, type FakeDiscord } from './fake-discord';
import { channelObject, snowflake } from './fake-discord-payloads';

export interface LocalAnswer {
  status: number;
  body: unknown;
}

export interface RestProxy {
  apiBase: string;
  close(): Promise<void>;
}

interface Forwarded {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

// Hop-by-hop and length headers: the proxy sends its own.
const DROPPED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

async function forward(origin: string, req: IncomingMessage): Promise<Forwarded> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'content-type', 'user-agent']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const method = req.method ?? 'GET';
  const response = await fetch(`${origin}${req.url ?? '/'}`, { method, headers, ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}) });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!DROPPED.has(name)) out[name] = value;
  });
  return { status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) };
}

/** Answers what `local` answers (paths as the fake sees them, "/channels/123"), the fake the rest. */
export async function startRestProxy(fake: FakeDiscord, local: (method: string, path: string) => LocalAnswer | undefined): Promise<RestProxy> {
  const origin = new URL(fake.apiBase).origin;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname.replace(/^\/api/, '').replace(/^\/v\d+/, '');
    const mine = local(req.method ?? 'GET', path);
    const reply: Promise<Forwarded> = mine
      ? Promise.resolve({ status: mine.status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(mine.body)) })
      : forward(origin, req);
    reply
      .catch((error: unknown): Forwarded => ({ status: 502, headers: {}, body: Buffer.from(`proxy: ${String(error)}`) }))
      .then(({ status, headers, body }) => res.writeHead(status, headers).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ChannelProxy extends RestProxy {
  /** A category channel in the fake's guild. */
  categoryId: string;
  /** A channel the bot has no access to. */
  hiddenId: string;
  /** A text channel where @everyone, and so the bot, may read but not send or embed links. */
  mutedId: string;
  /** A voice channel: its chat is sendable, but it is no place for alerts. */
  voiceId: string;
  /** A text channel where the bot may post but not read the history (see channelWithoutHistory). */
  noHistoryId: string;
}

/** A text channel denying @everyone, and so the bot, Read Message History (1 << 16) and nothing else. */
export function channelWithoutHistory(fake: FakeDiscord, id: string): Record<string, unknown> {
  const denyHistory = [{ id: fake.guildId, type: 0, allow: '0', deny: String(1n << 16n) }];
  return { ...channelObject(fake, id, 'sin-historial', 6), permission_overwrites: denyHistory };
}

export async function startChannelProxy(fake: FakeDiscord): Promise<ChannelProxy> {
  const categoryId = snowflake();
  const hiddenId = snowflake();
  const mutedId = snowflake();
  const voiceId = snowflake();
  const noHistoryId = snowflake();
  // Send Messages (1 << 11) and Embed Links (1 << 14) denied to the @everyone role, whose id is the guild's.
  const denySending = [{ id: fake.guildId, type: 0, allow: '0', deny: String((1n << 11n) | (1n << 14n)) }];
  const proxy = await startRestProxy(fake, (method, path) => {
    if (method !== 'GET') return undefined;
    if (path === `/channels/${categoryId}`) return { status: 200, body: { ...channelObject(fake, categoryId, 'archivo', 3), type: 4 } };
    if (path === `/channels/${hiddenId}`) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
    if (path === `/channels/${mutedId}`) return { status: 200, body: { ...channelObject(fake, mutedId, 'anuncios', 4), permission_overwrites: denySending } };
    if (path === `/channels/${voiceId}`) return { status: 200, body: { ...channelObject(fake, voiceId, 'sala', 5), type: 2, bitrate: 64000, user_limit: 0 } };
    if (path === `/channels/${noHistoryId}`) return { status: 200, body: channelWithoutHistory(fake, noHistoryId) };
    return undefined;
  });
  return { ...proxy, categoryId, hiddenId, mutedId, voiceId, noHistoryId };
}

export interface ProxiedClient {
  fake: FakeDiscord;
  proxy: ChannelProxy;
  /** A real discord.js client, logged in through the proxy; it has no allowedMentions default of its own. */
  client: Client;
  close(): Promise<void>;
}

/** The fake Discord, the channel proxy in front of it, and a client logged in through the proxy. */
export async function startProxiedClient(): Promise<ProxiedClient> {
  const fake = await startFakeDiscord();
  const proxy = await startChannelProxy(fake);
  const client = await connectClient({ ...fake, apiBase: proxy.apiBase });
  return {
    fake,
    proxy,
    client,
    async close() {
      await client.destroy();
      await proxy.close();
      await fake.close();
    },
  };
}

/**
 * A fresh `startProxiedClient()` for every test of the file, closed after it, with a check that the
 * fake Discord answered every request it got. Read its fields inside tests: each test gets new ones.
 */
export function useProxiedClient(): ProxiedClient {
  let current: ProxiedClient | null = null;
  const live = (): ProxiedClient => {
    if (!current) throw new Error('the proxied client exists only while a test runs');
    return current;
  };
  beforeEach(async () => {
    current = await startProxiedClient();
  });
  afterEach(async () => {
    const { fake } = live();
    await live().close();
    current = null;
    expect(fake.unhandled).toEqual([]);
  });
  return {
    get fake() {
      return live().fake;
    },
    get proxy() {
      return live().proxy;
    },
    get client() {
      return live().client;
    },
    close: () => live().close(),
  };
}
