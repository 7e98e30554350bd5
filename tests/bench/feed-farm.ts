/**
 * Many feeds on 127.0.0.1 for the poll and idle figures: each feed is a fixed RSS body with an ETag
 * and a Last-Modified, and a conditional request that matches either gets a bodiless 304, as a
 * well-behaved publisher answers. Every answer is counted, so a figure can check what was served
 * instead of assuming it.
 *
 * Why several ports: the poller limits requests per host (poll.perHost, host:port), and a real list
 * of 500 feeds is spread over many outlets, several feeds each. Every server still listens on
 * 127.0.0.1; each port stands for one outlet's host.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { SHIPPED_CONFIG } from '../support/config-dir';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import type { EntityConfig } from '../../src/config/schema';
import { makeFeedItems, makeFigures, rssFeed, type FeedItem, type Random } from './synthetic';

export interface FarmCounts {
  /** Full bodies sent (200). */
  full: number;
  /** Conditional requests answered 304. */
  notModified: number;
  /** Bytes of feed bodies sent. */
  bytes: number;
}

export interface FeedFarm {
  /** Feed URLs, in the order of the bodies given. */
  urls: string[];
  hosts: number;
  counts(): FarmCounts;
  /** Zeroes the counters, e.g. between two poll cycles. */
  resetCounts(): void;
  /** The validators feed `index` answers with, to store them as if it had been polled before. */
  validators(index: number): { etag: string; lastModified: string };
  close(): Promise<void>;
}

export interface FarmFeed {
  /** Outlet name: the channel title and the host of the item links. */
  name: string;
  items: readonly FeedItem[];
}

export interface FarmOptions {
  feeds: readonly FarmFeed[];
  /** How many listening ports (outlet hosts) the feeds are spread over, round robin. */
  hosts: number;
  /** When every body last changed (Last-Modified). */
  modifiedAt: number;
}

interface ServedFeed {
  body: Buffer;
  etag: string;
  lastModified: string;
}

function isFresh(req: IncomingMessage, feed: ServedFeed): boolean {
  const etag = req.headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
  if (etag !== undefined) return etag.split(',').some((tag) => tag.trim() === feed.etag);
  const since = req.headers['if-modified-since'];
  return since !== undefined && Date.parse(since) >= Date.parse(feed.lastModified);
}

export async function startFeedFarm(options: FarmOptions): Promise<FeedFarm> {
  const servers: FeedServer[] = [];
  try {
    for (let host = 0; host < options.hosts; host++) servers.push(await startFeedServer());
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }
  const counts: FarmCounts = { full: 0, notModified: 0, bytes: 0 };
  const lastModified = new Date(options.modifiedAt).toUTCString();
  const served: ServedFeed[] = options.feeds.map((feed, index) => ({
    body: Buffer.from(rssFeed(feed.name, feed.items)),
    etag: `"feed-${index}-v1"`,
    lastModified,
  }));
  const urls = served.map((feed, index) => {
    const server = servers[index % servers.length]!;
    const path = `/feed-${index}.xml`;
    server.route(path, (req: IncomingMessage, res: ServerResponse) => {
      const validators = { etag: feed.etag, 'last-modified': feed.lastModified };
      if (isFresh(req, feed)) {
        counts.notModified++;
        res.writeHead(304, validators).end();
        return;
      }
      counts.full++;
      counts.bytes += feed.body.byteLength;
      res.writeHead(200, { ...validators, 'content-type': 'application/rss+xml; charset=utf-8', 'content-length': feed.body.byteLength }).end(feed.body);
    });
    return `${server.base}${path}`;
  });
  return {
    urls,
    hosts: servers.length,
    counts: () => ({ ...counts }),
    resetCounts() {
      counts.full = 0;
      counts.notModified = 0;
      counts.bytes = 0;
    },
    validators: (index) => ({ etag: served[index]!.etag, lastModified: served[index]!.lastModified }),
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

/**
 * `count` outlets of `itemsPerFeed` items each, one a minute back from `start`. The items name
 * `figures` at random (see makeFeedItems), so only those that name a tracked figure match.
 */
export function syntheticFeeds(random: Random, figures: readonly EntityConfig[], options: { count: number; itemsPerFeed: number; bytes: number; start: number }): FarmFeed[] {
  return Array.from({ length: options.count }, (_, index) => {
    const name = `outlet-${index}`;
    return { name, items: makeFeedItems(random, name, figures, { count: options.itemsPerFeed, bytes: options.bytes, start: options.start }) };
  });
}

/**
 * The tracked figures plus three times as many invented ones that nobody tracks: an article names one
 * to three of them, so about a third of the items name a tracked figure and the rest are other news.
 */
export function newsFigures(): EntityConfig[] {
  const tracked = loadConfig(SHIPPED_CONFIG, {}).entities;
  return [...tracked, ...makeFigures(tracked.length * 3)];
}

/** The shipped settings.yaml as it is; the log level comes from the environment (warn). */
export function shippedSettings(): string {
  return readFileSync(path.join(SHIPPED_CONFIG, 'settings.yaml'), 'utf8');
}
