/**
 * What a feed URL may not hold, wherever it comes from (feeds.yaml or /feeds add): one rule, one
 * message.
 */

export const CREDENTIALS_PROBLEM = 'must not contain a user name or password: vigia sends none, and /feeds list would show them';

/** True when a parsable URL carries a user name or password ("https://reader:secret@host/feed"). */
export function hasCredentials(url: string | URL): boolean {
  if (typeof url === 'string' && !URL.canParse(url)) return false;
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return parsed.username !== '' || parsed.password !== '';
}
