import { describe, expect, it } from 'vitest';
import { linkLabel, SAFE_ALLOWED_MENTIONS, safeMessage, safeReply, truncate, urlText } from '../../src/discord/safe-message';

describe('safe-message', () => {
  it('turns a string into content with no mentions allowed', () => {
    expect(safeReply('hola')).toEqual({ content: 'hola', allowedMentions: { parse: [], repliedUser: false } });
  });

  it('overrides whatever allowedMentions the caller passed, keeping the rest', () => {
    const options = { content: '<@1>', flags: 64, allowedMentions: { parse: ['everyone' as const], users: ['1'] } };
    expect(safeReply(options)).toEqual({ content: '<@1>', flags: 64, allowedMentions: { parse: [], repliedUser: false } });
    expect(options.allowedMentions.parse).toEqual(['everyone']);
    expect(safeMessage).toBe(safeReply);
  });

  it('hands out fresh objects and a frozen default', () => {
    const a = safeReply('a');
    const b = safeReply('b');
    expect(a.allowedMentions).not.toBe(b.allowedMentions);
    expect(Object.isFrozen(SAFE_ALLOWED_MENTIONS)).toBe(true);
    expect(SAFE_ALLOWED_MENTIONS).toEqual({ parse: [], repliedUser: false });
  });

  it('re-exports the text helpers', () => {
    expect(truncate('one two three', 8)).toBe('one two…');
    expect(linkLabel('A - B', 10)).toBe('A - B');
    expect(urlText('https://example.com/es-419', 100, 'no-preview')).toBe('<https://example.com/es-419>');
  });
});
