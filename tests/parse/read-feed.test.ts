import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/parse/read-feed';

describe('readFeed', () => {
  it('keeps only the fields coercion reads, and the raw text of an Atom date it cannot read', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Mesa</title>
      <link href="https://mesa.example/"/><link/>
      <entry><id>tag:mesa.example,2025:1</id><title>Sanciones</title><link/><link href="https://mesa.example/1"/>
      <updated>la semana pasada</updated><summary>Resumen.</summary><rights>reservados</rights></entry></feed>`;
    const feed = (await readFeed(atom)) as { title: string; link: string; items: Array<Record<string, unknown>> };
    expect(feed.title).toBe('Mesa');
    expect(feed.link).toBe('https://mesa.example/');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ id: 'tag:mesa.example,2025:1', title: 'Sanciones', link: 'https://mesa.example/1', pubDate: 'la semana pasada' });
    expect(Object.keys(feed.items[0]!)).not.toContain('rights');
  });

  it('says an RSS document without a channel has none, instead of failing on a missing field', async () => {
    await expect(readFeed('<rss version="2.0"><item/></rss>')).rejects.toThrow('RSS without a <channel> element');
  });
});
