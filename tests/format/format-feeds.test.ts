import { describe, expect, it } from 'vitest';
import { describeFeedHealth, feedHealth, formatFeedList, formatFeedStatus, LIST_PAGE_SIZE, STATUS_PAGE_SIZE } from '../../src/format/format-feeds';
import type { FeedRow } from '../../src/store/feeds-repo';

const NOW = 1_800_000_000_000;
const feed = (overrides: Partial<FeedRow>): FeedRow => ({
  id: 1,
  url: 'https://example.com/feed',
  name: 'Example',
  language: 'es',
  intervalS: null,
  enabled: true,
  origin: 'config',
  etag: null,
  lastModified: null,
  nextCheckAt: NOW + 600_000,
  lastCheckedAt: NOW - 60_000,
  lastSuccessAt: NOW - 60_000,
  consecutiveErrors: 0,
  lastError: null,
  lastErrorAt: null,
  disabledReason: null,
  firstPolledAt: 1,
  switchCount: 0,
  pollUrl: null,
  movedTo: null,
  movedSeen: 0,
  ...overrides,
});

describe('feed health in words', () => {
  it('says healthy, failing or disabled', () => {
    expect(feedHealth(feed({}))).toBe('healthy');
    expect(feedHealth(feed({ consecutiveErrors: 2 }))).toBe('failing');
    expect(feedHealth(feed({ enabled: false, consecutiveErrors: 9 }))).toBe('disabled');
  });

  it('gives last success, last error, next check and the disabled reason', () => {
    const healthy = describeFeedHealth(feed({}), NOW);
    expect(healthy).toBe(
      `🟢 **[Example](https://example.com/feed)** — healthy\nlast success: <t:${(NOW - 60_000) / 1000}:R> (<t:${(NOW - 60_000) / 1000}:f>)\nnext check: <t:${(NOW + 600_000) / 1000}:R>`,
    );
    const disabled = describeFeedHealth(feed({ enabled: false, lastSuccessAt: null, lastError: 'HTTP 410 *Gone*', lastErrorAt: NOW, consecutiveErrors: 10, disabledReason: 'disabled after 10 consecutive failures' }), NOW);
    expect(disabled).toContain('— disabled');
    expect(disabled).toContain('last success: never');
    expect(disabled).toContain('last error: 10 failures in a row; ');
    expect(disabled).toContain('HTTP 410 \\*Gone\\*');
    expect(disabled).toContain('disabled: disabled after 10 consecutive failures');
    expect(disabled).not.toContain('next check');
    expect(describeFeedHealth(feed({ nextCheckAt: NOW - 1 }), NOW)).toContain('next check: due now');
  });

  it('leaves the URLs in the last error unescaped, so Discord links them whole', () => {
    const failing = describeFeedHealth(feed({ lastError: 'HTTP 404 Not Found from https://news.example/rss_es-419', lastErrorAt: NOW, consecutiveErrors: 1 }), NOW);
    expect(failing).toContain(': HTTP 404 Not Found from https://news.example/rss_es-419');
  });

  it('says where a moved feed is polled, its URL encoded for Discord to link whole', () => {
    const moved = describeFeedHealth(feed({ pollUrl: 'https://new.example/rss_(es)*?q=a b' }), NOW).split('\n');
    expect(moved).toHaveLength(4);
    expect(moved[0]).toBe('🟢 **[Example](https://example.com/feed)** — healthy');
    expect(moved[2]).toBe('moved permanently; polled at https://new.example/rss_%28es%29*?q=a%20b');
    const long = describeFeedHealth(feed({ pollUrl: `https://new.example:8443/${'a'.repeat(300)}` }), NOW);
    expect(long).toContain('\nmoved permanently; polled at https://new.example:8443\n');
  });

  it('puts feeds in trouble first and counts them', () => {
    const reply = formatFeedStatus([feed({ id: 1, name: 'Fine' }), feed({ id: 2, name: 'Off', enabled: false }), feed({ id: 3, name: 'Bad', consecutiveErrors: 1 })], NOW);
    const [embed] = reply.embeds;
    expect(reply.components).toEqual([]);
    expect(embed.description!.split('\n').filter((line) => line.startsWith('🟢') || line.startsWith('🟠') || line.startsWith('⚫')).map((line) => /\[(\w+)\]/.exec(line)?.[1])).toEqual(['Off', 'Bad', 'Fine']);
    expect(embed.footer!.text).toBe('1 healthy · 1 failing · 1 disabled');
  });

  it('lists feeds with where they came from', () => {
    expect(formatFeedList([feed({ origin: 'user' })]).embeds[0].description).toBe('🟢 [Example](https://example.com/feed) — added with /feeds add · es');
  });

  it('shows a feed name in its link as written, with no backslashes, and the link encoded', () => {
    const list = formatFeedList([feed({ name: 'Google News - Venezuela [es]', url: 'https://news.google.com/rss/search?q=(cartel)&hl=es-419' })]);
    expect(list.embeds[0].description).toBe('🟢 [Google News - Venezuela (es)](https://news.google.com/rss/search?q=%28cartel%29&hl=es-419) — feeds.yaml · es');
  });
});

describe('paging', () => {
  const many = (count: number, overrides: (index: number) => Partial<FeedRow> = () => ({})) =>
    Array.from({ length: count }, (_, index) => feed({ id: index + 1, name: `Outlet${index + 1}`, url: `https://outlet${index + 1}.example/rss`, ...overrides(index) }));
  const namesIn = (description: string | undefined) => [...(description ?? '').matchAll(/\[(Outlet\d+)\]/g)].map((match) => match[1]);
  const buttons = (reply: ReturnType<typeof formatFeedStatus>) => reply.components.flatMap((row) => row.components).map((button) => ['label' in button ? button.label : null, 'custom_id' in button ? button.custom_id : null, button.disabled]);

  it('shows every feed of a long status across pages, troubled feeds on the first, with buttons to the others', () => {
    // Every fifth feed is failing: they come first.
    const feeds = many(20, (index) => (index % 5 === 0 ? { consecutiveErrors: 2, lastError: 'HTTP 503', lastErrorAt: NOW } : {}));
    const pages = [1, 2, 3].map((page) => formatFeedStatus(feeds, NOW, page));
    expect(pages.flatMap((page) => namesIn(page.embeds[0].description))).toEqual([
      ...['Outlet1', 'Outlet6', 'Outlet11', 'Outlet16'],
      ...feeds.filter((_, index) => index % 5 !== 0).map((each) => each.name),
    ]);
    expect(pages[0]!.embeds[0].footer!.text).toBe(`16 healthy · 4 failing · 0 disabled · page 1 of 3`);
    expect(buttons(pages[0]!)).toEqual([
      ['◀ Previous', 'feeds:status:0', true],
      ['Next ▶', 'feeds:status:2', false],
    ]);
    expect(buttons(pages[2]!)).toEqual([
      ['◀ Previous', 'feeds:status:2', false],
      ['Next ▶', 'feeds:status:4', true],
    ]);
    expect(namesIn(pages[0]!.embeds[0].description)).toHaveLength(STATUS_PAGE_SIZE);
  });

  it('shows the last page for a page past the end', () => {
    const feeds = many(LIST_PAGE_SIZE + 1);
    expect(namesIn(formatFeedList(feeds, 99).embeds[0].description)).toEqual([`Outlet${LIST_PAGE_SIZE + 1}`]);
    expect(formatFeedList(feeds, 99).embeds[0].footer!.text).toBe(`${LIST_PAGE_SIZE + 1} feeds · page 2 of 2`);
  });
});
