/**
 * UserError: an Error whose message is written for the person who ran the command, told apart from
 * every other error (a bug) by its class, so the router can show its text and nothing else's.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/user-error';

describe('UserError', () => {
  it('carries its message as written, under its own name', () => {
    const error = new UserError('No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
    expect(error.message).toBe('No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
    expect(error.name).toBe('UserError');
    expect(String(error)).toBe('UserError: No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
  });

  it('is an Error, with a stack for the log', () => {
    const error = new UserError('That feed is already polled.');
    expect(error).toBeInstanceOf(Error);
    expect(error.stack).toContain('UserError: That feed is already polled.');
  });

  it('is told apart from other errors, even with the same text', () => {
    expect(new Error('That feed is already polled.')).not.toBeInstanceOf(UserError);
    expect(new TypeError('x')).not.toBeInstanceOf(UserError);
    expect(new UserError('x')).toBeInstanceOf(UserError);
  });
});
