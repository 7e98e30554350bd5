/**
 * failureKind, isRefusedBody and describeFailure on the errors discord.js really throws (its own
 * DiscordAPIError and HTTPError), a network failure, and our UnusableChannelError.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { describeFailure, failureKind, isRefusedBody } from '../../src/deliver/delivery-failure';
import { UnusableChannelError } from '../../src/discord/send-to-channel';

const URL = 'https://discord.com/api/v10/channels/199999999999999999/messages';
const apiError = (status: number, code: number, message: string) => new DiscordAPIError({ message, code }, code, status, 'POST', URL, { body: undefined, files: undefined });

describe('failureKind', () => {
  it.each([
    ['404 Unknown Channel', apiError(404, 10003, 'Unknown Channel')],
    ['404 Unknown Message', apiError(404, 10008, 'Unknown Message')],
    ['403 Missing Access', apiError(403, 50001, 'Missing Access')],
    ['403 Missing Permissions', apiError(403, 50013, 'Missing Permissions')],
    ['400 Invalid Form Body', apiError(400, 50035, 'Invalid Form Body')],
    ['a channel nothing can be posted in', new UnusableChannelError('100000000000000009', 'post')],
  ])('calls %s permanent: asking again changes nothing', (_, error) => {
    expect(failureKind(error)).toBe('permanent');
  });

  it.each([
    ['a 5xx after discord.js retried it', new HTTPError(502, 'Bad Gateway', 'POST', URL, { body: undefined, files: undefined })],
    ['a 429 that reached us', apiError(429, 0, 'You are being rate limited.')],
    ['a 401: the token, not the channel', apiError(401, 0, '401: Unauthorized')],
    ['a network failure', new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })],
    ['anything unrecognised', 'a string thrown by someone'],
  ])('calls %s transient: it may pass, so it is retried', (_, error) => {
    expect(failureKind(error)).toBe('transient');
  });

  it('calls a rate limit discord.js gave up waiting for transient', () => {
    const limited = new RateLimitError({ timeToReset: 1000, limit: 5, method: 'POST', hash: 'h', url: URL, route: '/channels/:id/messages', majorParameter: '1', global: false, retryAfter: 1000, sublimitTimeout: 0, scope: 'user' });
    expect(failureKind(limited)).toBe('transient');
  });
});

describe('isRefusedBody', () => {
  it('is true only for a 400, where a plainer message may pass', () => {
    expect(isRefusedBody(apiError(400, 50035, 'Invalid Form Body'))).toBe(true);
    expect(isRefusedBody(apiError(404, 10003, 'Unknown Channel'))).toBe(false);
    expect(isRefusedBody(new UnusableChannelError('1', 'post'))).toBe(false);
  });
});

describe('describeFailure', () => {
  it('says the status, Discord’s words and its code', () => {
    expect(describeFailure(apiError(404, 10003, 'Unknown Channel'))).toBe('404 Unknown Channel (code 10003)');
    expect(describeFailure(new HTTPError(503, 'Service Unavailable', 'POST', URL, { body: undefined, files: undefined }))).toBe('503 Service Unavailable');
  });

  it('keeps the message of anything else', () => {
    expect(describeFailure(new UnusableChannelError('100000000000000009', 'edit'))).toBe('channel 100000000000000009 is not a channel the bot can edit in');
    expect(describeFailure('plain text')).toBe('plain text');
  });
});
