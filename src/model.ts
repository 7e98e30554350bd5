/**
 * Plain data shared by the pipeline stages. Every stage takes and returns these shapes, so the core
 * stays a set of pure functions and the I/O edges can be swapped in tests.
 */

export type Language = 'en' | 'es' | 'other';

/** One feed item as the parser hands it over, every field already coerced to a string or null. */
export interface RawItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** The richest body the item has: content:encoded, then content, then description or summary. HTML. */
  html: string | null;
  /** The short description when the item also has a longer body. HTML. */
  description: string | null;
  author: string | null;
  /** The date exactly as the feed wrote it; normalize decides what it means. */
  published: string | null;
  mediaUrl: string | null;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  /** RSS <ttl>, in minutes, when present and sane. */
  ttlMinutes: number | null;
  items: RawItem[];
}

/** A normalized story: what every later stage works on. */
export interface Story {
  /** Stable across polls and restarts: guid within its feed, else canonical link, else a hash of title and text. */
  id: string;
  feedUrl: string;
  feedName: string;
  guid: string | null;
  /** Canonical link: absolute http(s), tracking parameters removed. */
  url: string | null;
  title: string;
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: string;
  /** Epoch milliseconds, null when the feed gave no usable date. */
  publishedAt: number | null;
  author: string | null;
  /** Language the feed declares, if any; detection may override it. */
  declaredLanguage: string | null;
}

export type Stance = 'asserts' | 'disputes' | 'mentions';

export interface EntityHit {
  id: string;
  name: string;
  mentions: number;
}

export interface Evidence {
  sentence: string;
  /** Who says it, where the story says so ("the Justice Department", "un analista"), else null. */
  source: string | null;
}

export interface ClaimHit {
  id: string;
  stance: Stance;
  /** The sentence that best shows the stance. */
  evidence: string;
  asserting: Evidence[];
  disputing: Evidence[];
}

export interface MatchResult {
  lang: Language;
  entities: EntityHit[];
  claims: ClaimHit[];
  summary: string;
}

/** What an alert carries to a sink: the story and what matched, nothing a sink must look up. */
export interface AlertPayload {
  storyId: string;
  feedName: string;
  feedUrl: string;
  url: string | null;
  title: string;
  publishedAt: number | null;
  lang: Language;
  entities: EntityHit[];
  claims: ClaimHit[];
  summary: string;
  /** Other outlets that carried the same news, gathered under this alert (filled at delivery). */
  outlets?: AlertOutlet[];
}

export interface AlertOutlet {
  feedName: string;
  url: string | null;
  title: string;
}
