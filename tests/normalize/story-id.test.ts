import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { linkedStoryId, storyId } from '../../src/normalize/story-id';

const base = {
  feedUrl: 'https://example.com/venezuela/rss',
  guid: 'nota-12345',
  url: 'https://example.com/venezuela/cabello-niega',
  title: 'Cabello niega acusaciones de narcotráfico',
  text: 'El ministro Diosdado Cabello negó las acusaciones.',
};
const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 24);

describe('storyId', () => {
  it('uses the guid scoped to its feed', () => {
    expect(storyId(base)).toBe(`g:${sha(`${base.feedUrl}\n${base.guid}`)}`);
    expect(storyId(base)).toMatch(/^g:[0-9a-f]{24}$/);
  });

  it('is stable across calls', () => {
    expect(storyId({ ...base })).toBe(storyId({ ...base }));
    expect(storyId({ ...base, guid: null })).toBe(storyId({ ...base, guid: null }));
  });

  it('gives different ids for the same guid in different feeds', () => {
    expect(storyId(base)).not.toBe(storyId({ ...base, feedUrl: 'https://other.example/feed' }));
  });

  it('ignores title and text changes when a guid exists (edited stories keep their id)', () => {
    expect(storyId(base)).toBe(storyId({ ...base, title: 'Actualizado: Cabello niega', text: 'Nuevo texto' }));
  });

  it('falls back to the canonical url, the same whatever the feed', () => {
    const id = storyId({ ...base, guid: null });
    expect(id).toBe(`u:${sha(base.url)}`);
    expect(storyId({ ...base, guid: '  ', feedUrl: 'https://other.example/feed' })).toBe(id);
  });

  it('falls back to a hash of title and text', () => {
    const id = storyId({ ...base, guid: null, url: null });
    expect(id).toBe(`h:${sha(`${base.title}\n${base.text}`)}`);
    expect(storyId({ ...base, guid: null, url: null, text: 'otro texto' })).not.toBe(id);
  });
});

describe('linkedStoryId', () => {
  it('gives the guid or URL id storyId gives, without title or text', () => {
    expect(linkedStoryId(base)).toBe(storyId(base));
    expect(linkedStoryId({ ...base, guid: '  ' })).toBe(storyId({ ...base, guid: '  ' }));
    expect(linkedStoryId({ ...base, guid: null })).toBe(`u:${sha(base.url)}`);
  });

  it('is null when only the content can name the story', () => {
    expect(linkedStoryId({ ...base, guid: null, url: null })).toBeNull();
    expect(linkedStoryId({ ...base, guid: ' ', url: ' ' })).toBeNull();
  });
});
