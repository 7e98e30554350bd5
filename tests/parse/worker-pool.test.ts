import { afterAll, describe, expect, it } from 'vitest';
import {
  AnalyzeError,
  MalformedFeedError,
  NotAFeedError,
  ParseError,
  ParseMemoryError,
  ParseTimeoutError,
} from '../../src/parse/errors';
import { createParserPool } from '../../src/parse/worker-pool';
import { entitySchema } from '../../src/config/schema';
import type { MatchRules } from '../../src/pipeline/analyze-feed';
import { miniRules } from '../support/mini-config';
import { atom, numberedFeed, pathologicalFeed, rdf, rss091, rss2Full, rssWithoutVersion } from './fixtures';

const pool = createParserPool({ workers: 2, timeoutMs: 10_000, maxMemoryMb: 64 });
afterAll(() => pool.close());

describe('parser pool: feed dialects', () => {
  it('reads RSS 2.0 with content:encoded, dc:creator and media:content', async () => {
    const feed = await pool.parse(rss2Full, 'https://noticias.example/rss');
    expect(feed.title).toBe('Noticias de Caracas');
    expect(feed.link).toBe('https://noticias.example/');
    expect(feed.ttlMinutes).toBe(30);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      guid: 'marcha-2024',
      link: 'https://noticias.example/marcha',
      title: 'La oposición convoca una marcha en Caracas',
      html: '<p>La oposición venezolana convocó una marcha para el sábado.</p>',
      description: 'Resumen breve de la convocatoria.',
      author: 'María Pérez',
      published: 'Sat, 03 Aug 2024 14:00:00 -0400',
      mediaUrl: 'https://noticias.example/foto.jpg',
    });
  });

  it('keeps an invalid date as the raw string', async () => {
    const feed = await pool.parse(rss2Full, 'rss2');
    expect(feed.items[1]?.published).toBe('sometime last week');
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const feed = await pool.parse(rdf, 'rdf');
    expect(feed.title).toBe('RDF News');
    expect(feed.items[0]).toMatchObject({
      title: 'Venezuela oil exports rise',
      link: 'https://rdf.example/oil',
      html: 'Exports rose in July.',
      author: 'John Smith',
      published: '2024-08-01T10:00:00Z',
    });
  });

  it('reads RSS 0.91 and an <rss> without a version', async () => {
    const old = await pool.parse(rss091, 'rss091');
    expect(old.items.map((item) => item.title)).toEqual(['Elecciones en Venezuela']);
    const bare = await pool.parse(rssWithoutVersion, 'bare');
    expect(bare.items.map((item) => item.link)).toEqual(['https://nov.example/1']);
  });

  it('reads Atom: XHTML title as HTML (normalize reads it), link without href, invalid date kept raw', async () => {
    const feed = await pool.parse(atom, 'atom');
    expect(feed.title).toBe('Atom Desk');
    expect(feed.link).toBe('https://atom.example/');
    expect(feed.items[0]).toEqual({
      guid: 'tag:atom.example,2024:sanctions',
      link: 'https://atom.example/sanctions',
      title: '<div>Sanctions on <b>Venezuela</b></div>',
      html: '<p>The long body about sanctions.</p>',
      description: 'Short summary.',
      author: 'Ann Lee',
      published: 'not a real date',
      mediaUrl: null,
    });
  });
});

describe('parser pool: inputs that are not feeds', () => {
  it('says an HTML page is not a feed', async () => {
    const html = '<!DOCTYPE html><html><head><title>Inicio</title></head><body>Hola</body></html>';
    const error = await pool.parse(html, 'https://site.example/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAFeedError);
    expect((error as NotAFeedError).message).toBe('parse: got an HTML page, not a feed in https://site.example/');
    expect((error as NotAFeedError).label).toBe('https://site.example/');
  });

  it('says JSON, a Cloudflare challenge and an empty body are not feeds', async () => {
    await expect(pool.parse('{"items": []}', 'json')).rejects.toThrow(/got JSON, not a feed in json/);
    const challenge = '<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>';
    await expect(pool.parse(challenge, 'cf')).rejects.toThrow(/Cloudflare challenge/);
    await expect(pool.parse(' \n ', 'empty')).rejects.toBeInstanceOf(NotAFeedError);
  });

  it('reports malformed XML clearly, with where', async () => {
    const broken = '<rss version="2.0"><channel><title>Roto</title><item></channel></rss>';
    const error = await pool.parse(broken, 'broken.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedFeedError);
    expect((error as Error).message).toMatch(/^parse: malformed XML: .+ \(line \d+, column \d+\) in broken\.xml$/);
  });

  it('reports RSS without a channel instead of a TypeError', async () => {
    await expect(pool.parse('<rss version="2.0"><item/></rss>', 'nochannel')).rejects.toThrow(
      'parse: RSS without a <channel> element in nochannel',
    );
  });
});

describe('parser pool: robustness', () => {
  it('times out on the pathological description, then still parses normal feeds', async () => {
    const strict = createParserPool({ workers: 1, timeoutMs: 500, maxMemoryMb: 64 });
    try {
      const xml = pathologicalFeed();
      expect(xml.length).toBeGreaterThan(190_000);
      const started = Date.now();
      const error = await strict.parse(xml, 'slow.xml').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParseTimeoutError);
      expect((error as Error).message).toBe('parse: gave up after 500 ms (the feed is too slow to parse) in slow.xml');
      expect(Date.now() - started).toBeLessThan(3000);
      const feed = await strict.parse(rss091, 'after');
      expect(feed.items).toHaveLength(1);
    } finally {
      await strict.close();
    }
  });

  it('fails a feed that exhausts the worker heap, then goes on', async () => {
    const small = createParserPool({ workers: 1, timeoutMs: 20_000, maxMemoryMb: 16 });
    try {
      const item = (i: number) => `<item><title>nota ${i}</title><description>${'texto '.repeat(15)}</description></item>`;
      const items = Array.from({ length: 20_000 }, (_, i) => item(i));
      const huge = `<rss version="2.0"><channel>${items.join('')}</channel></rss>`;
      await expect(small.parse(huge, 'huge.xml')).rejects.toThrow(
        new ParseMemoryError(16, 'huge.xml').message,
      );
      const tooBig = `<rss version="2.0"><channel><title>${'a'.repeat(9 * 1024 * 1024)}</title></channel></rss>`;
      await expect(small.parse(tooBig, 'too-big.xml')).rejects.toThrow(/too large for the parse memory limit \(16 MB\)/);
      expect((await small.parse(rss091, 'after')).items).toHaveLength(1);
    } finally {
      await small.close();
    }
  });

  it('hands the feeds waiting behind a killed worker\'s job to a new worker, unharmed', async () => {
    // One worker holds the running job and the next one; only the running job is to blame.
    const strict = createParserPool({ workers: 1, timeoutMs: 500, maxMemoryMb: 64 });
    try {
      const [slow, ...after] = await Promise.allSettled([
        strict.parse(pathologicalFeed(), 'slow.xml'),
        strict.parse(numberedFeed(7), 'next'),
        strict.parse(numberedFeed(8), 'later'),
      ]);
      expect(slow).toMatchObject({ status: 'rejected', reason: expect.any(ParseTimeoutError) });
      expect(after.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.title : outcome.reason))).toEqual(['Feed 7', 'Feed 8']);
    } finally {
      await strict.close();
    }
  });

  it('blames a worker\'s death on the job it was running, not the one waiting behind it', async () => {
    const small = createParserPool({ workers: 1, timeoutMs: 20_000, maxMemoryMb: 16 });
    try {
      const items = Array.from({ length: 20_000 }, (_, i) => `<item><title>nota ${i}</title><description>${'texto '.repeat(15)}</description></item>`);
      const [first, huge, last] = await Promise.allSettled([
        small.parse(numberedFeed(1), 'before'),
        small.parse(`<rss version="2.0"><channel>${items.join('')}</channel></rss>`, 'huge.xml'),
        small.parse(numberedFeed(2), 'behind'),
      ]);
      expect(first).toMatchObject({ status: 'fulfilled', value: { title: 'Feed 1' } });
      expect(huge).toMatchObject({ status: 'rejected', reason: expect.any(ParseMemoryError) });
      expect(last).toMatchObject({ status: 'fulfilled', value: { title: 'Feed 2' } });
    } finally {
      await small.close();
    }
  });

  it('returns each feed its own items under concurrency', async () => {
    const numbers = Array.from({ length: 40 }, (_, n) => n);
    const feeds = await Promise.all(numbers.map((n) => pool.parse(numberedFeed(n), `feed-${n}`)));
    feeds.forEach((feed, n) => {
      expect(feed.title).toBe(`Feed ${n}`);
      expect(feed.items).toHaveLength((n % 3) + 1);
      for (const item of feed.items) expect(item.title).toMatch(new RegExp(`^feed ${n} item \\d$`));
    });
  });

  it('rejects queued and new jobs once closed', async () => {
    const closing = createParserPool({ workers: 1, timeoutMs: 5000, maxMemoryMb: 64 });
    const jobs = [1, 2, 3].map((n) => closing.parse(numberedFeed(n), `job-${n}`).catch((e: unknown) => e));
    await closing.close();
    for (const outcome of await Promise.all(jobs)) expect(outcome).toBeInstanceOf(ParseError);
    await expect(closing.parse(rss091, 'late')).rejects.toThrow(/closed/);
  });
});

describe('parser pool: analyze', () => {
  const request = { feed: { url: 'https://noticias.example/rss', name: 'Noticias', language: null }, now: Date.parse('2024-08-05T00:00:00Z'), known: [] };
  const figures = (analyzed: { stories: Array<{ match: { entities: Array<{ id: string }> } }> }): string[][] =>
    analyzed.stories.map((story) => story.match.entities.map((entity) => entity.id));
  // The march story names no figure of the test rules; a figure tracked later with its words does.
  const withMarcha: MatchRules = {
    ...miniRules,
    entities: [...miniRules.entities, entitySchema.parse({ id: 'la-marcha', name: 'Marcha de Caracas', kind: 'place', aliases: ['marcha'] })],
  };

  it('normalizes and matches in the worker with the rules given, and uses new rules from the next job', async () => {
    const before = await pool.analyze(rss2Full, 'rss2', request, miniRules);
    expect(before.items).toBe(2);
    expect(before.stories.map((story) => story.story.guid)).toEqual(expect.arrayContaining(['marcha-2024']));
    expect(figures(before).flat()).not.toContain('la-marcha');
    const after = await pool.analyze(rss2Full, 'rss2', request, withMarcha);
    expect(figures(after).flat()).toContain('la-marcha');
    // Equal rules in a new object are not sent again, and still apply.
    const again = await pool.analyze(rss2Full, 'rss2', request, { ...withMarcha });
    expect(figures(again)).toEqual(figures(after));
  });

  it('gives the rules to a worker started after one was killed', async () => {
    const strict = createParserPool({ workers: 1, timeoutMs: 500, maxMemoryMb: 64 });
    try {
      await strict.analyze(rss2Full, 'first', request, withMarcha);
      await expect(strict.parse(pathologicalFeed(), 'slow.xml')).rejects.toBeInstanceOf(ParseTimeoutError);
      const analyzed = await strict.analyze(rss2Full, 'after', request, withMarcha);
      expect(figures(analyzed).flat()).toContain('la-marcha');
    } finally {
      await strict.close();
    }
  });

  it('fails the jobs of rules that do not compile, and the worker goes on parsing', async () => {
    const solo = createParserPool({ workers: 1, timeoutMs: 5000, maxMemoryMb: 64 });
    try {
      const broken = { ...miniRules, entities: [{ id: 'broken' }] } as unknown as MatchRules;
      const error = await solo.analyze(rss2Full, 'rss2', request, broken).catch((e: unknown) => e);
      // The feed is fine: the failure is named as the analysis's, never as a malformed feed.
      expect(error).toBeInstanceOf(AnalyzeError);
      expect((error as Error).message).toMatch(/^parse: analysis failed after parsing \(Error: the match rules could not be compiled \(.+\)\) in rss2$/);
      expect((await solo.parse(rss091, 'after')).items).toHaveLength(1);
    } finally {
      await solo.close();
    }
  });

  it('refuses what is not a feed before it reaches a worker, as parse does', async () => {
    await expect(pool.analyze('{"items": []}', 'json', request, miniRules)).rejects.toBeInstanceOf(NotAFeedError);
  });
});
