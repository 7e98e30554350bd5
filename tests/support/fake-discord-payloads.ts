/**
 * The JSON the fake Discord reads and writes: request bodies in, and out the users, the guild with
 * its channels, messages, interactions and error replies, shaped as the v10 API sends them. Ids are
 * real snowflakes (discord.js's REST client buckets routes by them).
 */
import type { IncomingMessage } from 'node:http';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake: milliseconds since the Discord epoch, shifted, plus a counter. 18–19 digits. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** Permission bit strings as the API sends them. */
export const PERMISSIONS = {
  /** View channels, send messages, embed links, read history, use application commands. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 31n)),
  /** A member who may also manage the server. */
  manager: String((1n << 5n) | (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 31n)),
  administrator: String(1n << 3n),
} as const;

export interface FakeIds {
  applicationId: string;
  botUserId: string;
  /** A human member who sends the interactions. */
  memberUserId: string;
  guildId: string;
  channels: { alerts: string; health: string; other: string };
}

export function newIds(): FakeIds {
  const botUserId = snowflake();
  return {
    applicationId: botUserId,
    botUserId,
    memberUserId: snowflake(),
    guildId: snowflake(),
    channels: { alerts: snowflake(), health: snowflake(), other: snowflake() },
  };
}

export function userObject(id: string, username: string, bot = false): Record<string, unknown> {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot, system: false, flags: 0, public_flags: 0 };
}

export function channelObject(ids: FakeIds, id: string, name: string, position: number): Record<string, unknown> {
  return {
    id,
    type: 0,
    guild_id: ids.guildId,
    name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    parent_id: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function channelObjects(ids: FakeIds): Array<Record<string, unknown>> {
  return [
    channelObject(ids, ids.channels.alerts, 'alerts', 0),
    channelObject(ids, ids.channels.health, 'feed-health', 1),
    channelObject(ids, ids.channels.other, 'maduro-watch', 2),
  ];
}

export function memberObject(user: Record<string, unknown>, permissions?: string): Record<string, unknown> {
  return {
    user,
    nick: null,
    avatar: null,
    roles: [],
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    ...(permissions === undefined ? {} : { permissions }),
  };
}

export function guildCreate(ids: FakeIds): Record<string, unknown> {
  const everyone = { id: ids.guildId, name: '@everyone', permissions: PERMISSIONS.member, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
  return {
    id: ids.guildId,
    name: 'Vigia test newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: ids.memberUserId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [everyone],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberObject(userObject(ids.botUserId, 'vigia', true)), memberObject(userObject(ids.memberUserId, 'editor'))],
    channels: channelObjects(ids),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export function readyPayload(ids: FakeIds, sessionId: string, gatewayUrl: string): Record<string, unknown> {
  return {
    v: 10,
    user: { ...userObject(ids.botUserId, 'vigia', true), verified: true, mfa_enabled: false },
    guilds: [{ id: ids.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: ids.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    user_settings: {},
  };
}

/** A message as Discord returns it after a create or an edit. */
export function messageObject(ids: FakeIds, channelId: string, body: Record<string, unknown>, id = snowflake()): Record<string, unknown> {
  return {
    id,
    channel_id: channelId,
    guild_id: ids.guildId,
    author: userObject(ids.botUserId, 'vigia', true),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    type: 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...(body.nonce === undefined ? {} : { nonce: body.nonce }),
  };
}

export interface InteractionInput {
  /** 2 application command (the default), 3 message component, 4 autocomplete, 5 modal submit. */
  type?: number;
  /** At least `name` for commands; `id` and `type: 1` are filled in. Options as the API sends them. */
  data: Record<string, unknown>;
  channelId?: string;
  userId?: string;
  locale?: string;
}

export function interactionObject(ids: FakeIds, input: InteractionInput, permissions: string, commandId: string): Record<string, unknown> {
  const id = snowflake();
  const channelId = input.channelId ?? ids.channels.other;
  const user = userObject(input.userId ?? ids.memberUserId, 'editor');
  const type = input.type ?? 2;
  const data = type === 2 || type === 4 ? { id: commandId, type: 1, guild_id: ids.guildId, ...input.data } : input.data;
  return {
    id,
    application_id: ids.applicationId,
    type,
    data,
    guild_id: ids.guildId,
    guild: { id: ids.guildId, locale: 'en-US', features: [] },
    channel_id: channelId,
    channel: { ...channelObjects(ids).find((channel) => channel.id === channelId), id: channelId },
    member: memberObject(user, permissions),
    token: `itoken-${id}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    app_permissions: PERMISSIONS.administrator,
    locale: input.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': ids.guildId },
    context: 0,
    attachment_size_limit: 8 * 1024 * 1024,
  };
}

/** What Discord would refuse with 400 Invalid Form Body: over-long text, too many fields, a bad nonce. */
export function messageProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  if (text(body.content).length > 2000) problems.push('content: longer than 2000');
  if (body.nonce !== undefined && String(body.nonce).length > 25) problems.push('nonce: longer than 25');
  if (body.enforce_nonce === true && body.nonce === undefined) problems.push('nonce: required with enforce_nonce');
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Array<Record<string, unknown>>) : [];
  if (embeds.length > 10) problems.push('embeds: more than 10');
  let total = 0;
  embeds.forEach((embed, index) => {
    const check = (name: string, value: string, max: number): void => {
      total += value.length;
      if (value.length > max) problems.push(`embeds[${index}].${name}: ${value.length} > ${max}`);
    };
    check('title', text(embed.title), 256);
    check('description', text(embed.description), 4096);
    check('footer.text', text((embed.footer as Record<string, unknown> | undefined)?.text), 2048);
    check('author.name', text((embed.author as Record<string, unknown> | undefined)?.name), 256);
    const fields = Array.isArray(embed.fields) ? (embed.fields as Array<Record<string, unknown>>) : [];
    if (fields.length > 25) problems.push(`embeds[${index}].fields: ${fields.length} > 25`);
    fields.forEach((field, f) => {
      check(`fields[${f}].name`, text(field.name), 256);
      check(`fields[${f}].value`, text(field.value), 1024);
      if (!text(field.name) || !text(field.value)) problems.push(`embeds[${index}].fields[${f}]: name and value are required`);
    });
  });
  if (total > 6000) problems.push(`embeds: ${total} characters in total > 6000`);
  return problems;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const notFound = (message: string, code: number): Reply => ({ status: 404, body: { message, code } });

/** A 5xx, or a 429 with the body and x-ratelimit headers Discord sends. */
export function failureReply(bucket: string, status: number, retryAfterS: number): Reply {
  if (status !== 429) return { status, body: { message: `${status}: Server Error`, code: 0 } };
  const after = String(retryAfterS);
  return {
    status,
    body: { message: 'You are being rate limited.', retry_after: retryAfterS, global: false },
    headers: { 'retry-after': after, 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': after, 'x-ratelimit-bucket': `fake-${bucket}`, 'x-ratelimit-scope': 'user' },
  };
}

/** JSON, or the payload_json part of a multipart body (messages with files). */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('multipart/form-data')) {
    const payload = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text)?.[1];
    return payload ? JSON.parse(payload) : {};
  }
  return JSON.parse(text);
}
