import { describe, expect, it } from 'vitest';
import { hasCredentials } from '../../src/config/feed-url';

describe('hasCredentials', () => {
  it('finds a user name, with or without a password', () => {
    expect(hasCredentials('https://reader:secret@news.example/feed')).toBe(true);
    expect(hasCredentials('https://reader@news.example/feed')).toBe(true);
    expect(hasCredentials('https://:secret@news.example/feed')).toBe(true);
  });

  it('reads a URL already parsed the same way', () => {
    expect(hasCredentials(new URL('https://reader:secret@news.example/feed'))).toBe(true);
    expect(hasCredentials(new URL('https://news.example/@reader/feed'))).toBe(false);
  });

  it('leaves an "@" in the path or query, and text that is no URL, alone', () => {
    expect(hasCredentials('https://news.example/feed?by=@reader')).toBe(false);
    expect(hasCredentials('https://news.example/@reader/feed')).toBe(false);
    expect(hasCredentials('news.example/feed')).toBe(false);
  });
});
