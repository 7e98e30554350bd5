/**
 * What a failed Discord request means for delivery. Transient: Discord or the network is having a
 * moment (429, 5xx, a timeout, a dropped connection, anything unrecognised): retry later, in order,
 * for as long as it takes, so an outage never drops an alert. Permanent: Discord refused this
 * request for good (any other 4xx, such as 404 Unknown Channel, 403 Missing Access or Missing
 * Permissions, 400 Invalid Form Body, or a channel id that names no channel to post in): asking
 * again changes nothing, so the caller gives that channel up instead of blocking everything after it.
 */
import { UnusableChannelError } from '../discord/send-to-channel';

export type FailureKind = 'transient' | 'permanent';

/** The HTTP status discord.js put on a REST failure (DiscordAPIError, HTTPError), if any. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function codeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' && code > 0 ? code : undefined;
}

export function failureKind(error: unknown): FailureKind {
  if (error instanceof UnusableChannelError) return 'permanent';
  const status = statusOf(error);
  if (status === undefined || status < 400 || status >= 500 || status === 429) return 'transient';
  // 401: the token itself was refused, which fails every channel alike; giving up would drop every alert.
  if (status === 401) return 'transient';
  return 'permanent';
}

/** Discord refused the message's body (400, typically 50035 Invalid Form Body): a plainer message may pass. */
export function isRefusedBody(error: unknown): boolean {
  return statusOf(error) === 400;
}

/** The failure in words for logs and the database: "404 Unknown Channel (code 10003)". */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const status = statusOf(error);
  const code = codeOf(error);
  return [status, message].filter((part) => part !== undefined).join(' ') + (code === undefined ? '' : ` (code ${code})`);
}
