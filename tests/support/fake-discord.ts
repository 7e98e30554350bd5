/**
 * A fake Discord on 127.0.0.1 that the real, unmodified discord.js client talks to: point the client
 * at `apiBase` (ClientOptions rest.api) and log in with `token`. It serves the REST routes vigia
 * uses and the gateway (fake-discord-gateway.ts), records every message, interaction response and
 * command registration, honours nonce + enforce_nonce like Discord, and can answer the next requests
 * of a kind with 429 or 5xx to test retries.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway, type Identify } from './fake-discord-gateway';
import { createInteractionDesk, type InteractionResponse } from './fake-discord-interactions';
import {
  channelObjects,
  interactionObject,
  messageObject,
  failureReply,
  messageProblems,
  newIds,
  notFound,
  ok,
  readBody,
  PERMISSIONS,
  snowflake,
  userObject,
  type FakeIds,
  type InteractionInput,
  type Reply,
} from './fake-discord-payloads';

export { PERMISSIONS, type InteractionInput } from './fake-discord-payloads';
export type { InteractionResponse } from './fake-discord-interactions';

type Json = Record<string, unknown>;

export interface FakeMessage {
  id: string;
  channelId: string;
  /** The JSON body discord.js sent (allowed_mentions, nonce, enforce_nonce, embeds…). */
  body: Json;
  /** The message object the fake answered with. */
  message: Json;
  /** When the fake had read the whole POST: epoch ms with sub-ms precision (for the bench's latency). */
  receivedAt: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export type FailKind = 'message' | 'interaction';

export interface FailOptions {
  /** Seconds in the 429's Retry-After (default 1). */
  retryAfterS?: number;
  /** Store the message first, then answer with the failure: Discord accepted it but the answer was lost. */
  afterCreate?: boolean;
}

export interface FakeDiscord extends FakeIds {
  apiBase: string;
  token: string;
  messages: FakeMessage[];
  interactionResponses: Map<string, InteractionResponse[]>;
  registeredCommands: { global: Json[]; guilds: Map<string, Json[]> };
  requests: RecordedRequest[];
  /** Requests no route answered ("METHOD /path"): a test can assert there were none. */
  unhandled: string[];
  identifies: Identify[];
  resumes: string[];
  messagesIn(channelId: string): FakeMessage[];
  failNext(kind: FailKind, statuses: number[], options?: FailOptions): void;
  /** An outage: while down, every REST call answers 503 and the gateway drops and refuses connections. */
  setDown(down: boolean): void;
  /** The nonce window passes: a repeated nonce now posts a second message, as Discord's does after a few minutes. */
  forgetNonces(): void;
  /** Dispatches INTERACTION_CREATE; resolves with the first response (the callback). */
  sendInteraction(input: InteractionInput, permissions?: string): Promise<InteractionResponse>;
  /** Resolves once the interaction has `count` responses (callback, edits, follow-ups). */
  responsesOf(interactionId: string, count: number, timeoutMs?: number): Promise<InteractionResponse[]>;
  close(): Promise<void>;
}

/** Discord answers a repeated nonce with the earlier message for "a few minutes". */
const NONCE_WINDOW_MS = 5 * 60_000;

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const ids = newIds();
  const token = 'fake-bot-token.vigia-tests';
  const channelIds = new Set(Object.values(ids.channels));
  const changes = new EventEmitter().setMaxListeners(100);
  const failures = new Map<FailKind, Array<{ status: number } & FailOptions>>();
  const nonces = new Map<string, { message: Json; at: number }>();
  let base = '';
  let down = false;

  const fake = {
    ...ids,
    apiBase: '',
    token,
    messages: [] as FakeMessage[],
    registeredCommands: { global: [] as Json[], guilds: new Map<string, Json[]>() },
    requests: [] as RecordedRequest[],
    unhandled: [] as string[],
  };
  const desk = createInteractionDesk(ids);
  const gateway = createGateway(ids, () => `${base.replace('http', 'ws')}/gateway`);

  const until = <T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const probe = (): void => {
        const value = check();
        if (value === undefined) return;
        changes.off('change', probe);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        changes.off('change', probe);
        reject(new Error(`fake discord: ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      changes.on('change', probe);
      probe();
    });

  const failure = (kind: FailKind, create: () => void): Reply | null => {
    const next = failures.get(kind)?.shift();
    if (!next) return null;
    if (next.afterCreate) create();
    return failureReply(kind, next.status, next.retryAfterS ?? 1);
  };

  const createMessage = (channelId: string, body: Json): Reply => {
    if (!channelIds.has(channelId)) return notFound('Unknown Channel', 10003);
    const problems = messageProblems(body);
    if (problems.length > 0) return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: problems } };
    const key = `${channelId}\n${String(body.nonce)}`;
    const earlier = body.enforce_nonce === true ? nonces.get(key) : undefined;
    if (earlier && Date.now() - earlier.at < NONCE_WINDOW_MS) return ok(earlier.message);
    const create = (): Json => {
      const message = messageObject(ids, channelId, body);
      fake.messages.push({ id: String(message.id), channelId, body, message, receivedAt: performance.timeOrigin + performance.now() });
      if (body.enforce_nonce === true) nonces.set(key, { message, at: Date.now() });
      return message;
    };
    return failure('message', create) ?? ok(create());
  };

  /**
   * A page of a channel's messages after the `after` id (Discord's order: newest first), without
   * their nonces, which Discord does not keep.
   */
  const history = (channelId: string, query: URLSearchParams): Json[] => {
    const after = BigInt(query.get('after') ?? '0');
    const limit = Number(query.get('limit') ?? 50);
    const later = fake.messages.filter((message) => message.channelId === channelId && BigInt(message.id) > after);
    later.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    return later.slice(0, limit).reverse().map(({ message: { nonce: _nonce, ...shown } }) => shown);
  };

  const registerCommands = (list: Json[], body: unknown): Json[] => {
    const commands = (Array.isArray(body) ? (body as Json[]) : []).map((command) => ({
      id: snowflake(),
      application_id: ids.applicationId,
      version: snowflake(),
      type: 1,
      default_member_permissions: null,
      ...command,
    }));
    list.splice(0, list.length, ...commands);
    return commands;
  };

  const route = async (method: string, path: string, query: URLSearchParams, req: IncomingMessage): Promise<Reply> => {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const body = method === 'GET' || method === 'DELETE' ? {} : ((await readBody(req)) as Json);
    if (down) return { status: 503, body: { message: 'Service Unavailable', code: 0 } };
    const [root, id, third, fourth, fifth] = parts;
    // Interaction responses are authenticated by the interaction token in the path, not the bot token.
    if (root === 'interactions' && method === 'POST' && fourth === 'callback' && parts.length === 4) {
      return desk.callback(id!, third!, body, query.get('with_response') === 'true', () => failure('interaction', () => {}));
    }
    if (root === 'webhooks' && third && (parts.length === 3 ? method === 'POST' : fourth === 'messages' && parts.length === 5)) {
      return desk.webhook(method, third, fifth, body);
    }
    if (req.headers.authorization !== `Bot ${token}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    // Every second segment is an id: "channels/123/messages" → "channels/:id/messages".
    const shape = `${method} ${parts.map((part, i) => (i % 2 === 1 ? ':id' : part)).join('/')}`;
    switch (shape) {
      case 'GET gateway/:id':
        return ok({ url: `${base.replace('http', 'ws')}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } });
      case 'GET users/:id':
        return ok(userObject(ids.botUserId, 'vigia', true));
      case 'GET applications/:id':
        return ok({ id: ids.applicationId, name: 'vigia', flags: 0, bot_public: false, bot_require_code_grant: false, description: '', icon: null, verify_key: 'fake' });
      case 'GET channels/:id':
        return channelIds.has(id!) ? ok(channelObjects(ids).find((channel) => channel.id === id)) : notFound('Unknown Channel', 10003);
      case 'POST channels/:id/messages':
        return createMessage(id!, body);
      case 'GET channels/:id/messages':
        return channelIds.has(id!) ? ok(history(id!, query)) : notFound('Unknown Channel', 10003);
      case 'GET channels/:id/messages/:id':
      case 'PATCH channels/:id/messages/:id': {
        const stored = fake.messages.find((message) => message.id === fourth && message.channelId === id);
        if (!stored) return notFound('Unknown Message', 10008);
        if (method === 'PATCH') stored.message = { ...stored.message, ...body, edited_timestamp: new Date().toISOString() };
        return ok(stored.message);
      }
      case 'PUT applications/:id/commands':
        return ok(registerCommands(fake.registeredCommands.global, body));
      case 'GET applications/:id/commands':
        return ok(fake.registeredCommands.global);
      case 'PUT applications/:id/guilds/:id/commands':
      case 'GET applications/:id/guilds/:id/commands': {
        const list = fake.registeredCommands.guilds.get(fourth!) ?? [];
        fake.registeredCommands.guilds.set(fourth!, list);
        return ok(method === 'PUT' ? registerCommands(list, body) : list);
      }
      default:
        fake.unhandled.push(`${method} /${parts.join('/')}`);
        return notFound('404: Not Found', 0);
    }
  };

  const server = createServer((req, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname.replace(/^\/api/, '').replace(/^\/v\d+/, '');
    route(req.method ?? 'GET', path, url.searchParams, req)
      .catch((error: unknown): Reply => ({ status: 500, body: { message: `fake discord bug: ${String(error)}`, code: 0 } }))
      .then((reply) => {
        fake.requests.push({ method: req.method ?? 'GET', path, status: reply.status });
        const headers = { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'fake', ...reply.headers };
        if (reply.body === undefined) res.writeHead(reply.status, headers).end();
        else res.writeHead(reply.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
        changes.emit('change');
      });
  });
  server.on('upgrade', (req, socket, head) => {
    if (!down && (req.url ?? '').startsWith('/gateway')) gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiBase = `${base}/api`;

  const responsesOf = (interactionId: string, count: number, timeoutMs = 10_000): Promise<InteractionResponse[]> =>
    until(() => {
      const list = desk.responses.get(interactionId) ?? [];
      return list.length >= count ? list.slice() : undefined;
    }, timeoutMs, `${count} responses to interaction ${interactionId} not seen`);

  const commandId = (name: unknown): string =>
    String([...fake.registeredCommands.global, ...[...fake.registeredCommands.guilds.values()].flat()].find((command) => command.name === name)?.id ?? snowflake());

  return {
    ...fake,
    interactionResponses: desk.responses,
    identifies: gateway.identifies,
    resumes: gateway.resumes,
    messagesIn: (channelId) => fake.messages.filter((message) => message.channelId === channelId),
    setDown(value) {
      down = value;
      if (down) gateway.disconnectAll();
    },
    forgetNonces: () => nonces.clear(),
    failNext(kind, statuses, options = {}) {
      failures.set(kind, [...(failures.get(kind) ?? []), ...statuses.map((status) => ({ status, ...options }))]);
    },
    async sendInteraction(input, permissions = PERMISSIONS.member) {
      const interaction = interactionObject(ids, input, permissions, commandId(input.data.name));
      const id = String(interaction.id);
      desk.open(id, String(interaction.token));
      gateway.dispatch('INTERACTION_CREATE', interaction);
      const [first] = await responsesOf(id, 1);
      return first!;
    },
    responsesOf,
    async close() {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
