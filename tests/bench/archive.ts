/**
 * A stored archive for the search, /figure and idle-memory figures: `count` stories over the last 60
 * days, each naming one to three of the given figures (the shipped ones, so real ids and names are
 * searched), some carrying a claim, written through StoriesRepo like the pipeline writes them.
 */
import type { ClaimHit, EntityHit, Stance } from '../../src/model';
import type { Db } from '../../src/store/open-database';
import { StoriesRepo, type StoredStory } from '../../src/store/stories-repo';
import { makeArticle, pick, type Random } from './synthetic';
import type { EntityConfig } from '../../src/config/schema';

const DAY = 86_400_000;
const STANCES: readonly Stance[] = ['asserts', 'disputes', 'mentions'];

export interface ArchiveOptions {
  count: number;
  /** Feed rows (already in the feeds table) the stories are spread over. */
  feeds: ReadonlyArray<{ id: number; url: string; name: string }>;
  figures: readonly EntityConfig[];
  claimIds: readonly string[];
  now: number;
  random: Random;
  /** Approximate body size in bytes. */
  bytes?: number;
}

function storedStory(options: ArchiveOptions, index: number): { feedId: number; item: StoredStory } {
  const { random } = options;
  const feed = options.feeds[index % options.feeds.length]!;
  const article = makeArticle(random, options.figures, { lang: index % 2 === 0 ? 'en' : 'es', bytes: options.bytes ?? 700, mentions: 1 + Math.floor(random() * 3) });
  const entities: EntityHit[] = article.named.map((id) => ({ id, name: options.figures.find((figure) => figure.id === id)!.name, mentions: 1 }));
  const claims: ClaimHit[] = [];
  if (options.claimIds.length > 0 && random() < 0.3) {
    const sentence = article.text.slice(0, article.text.indexOf('.') + 1);
    const stance = pick(random, STANCES);
    const item = { sentence, source: null };
    claims.push({ id: pick(random, options.claimIds), stance, evidence: sentence, asserting: stance === 'asserts' ? [item] : [], disputing: stance === 'disputes' ? [item] : [] });
  }
  const id = `archive-${index}`;
  const publishedAt = options.now - Math.floor(random() * 60 * DAY);
  return {
    feedId: feed.id,
    item: {
      story: { id, feedUrl: feed.url, feedName: feed.name, guid: id, url: `https://${feed.name}.example/${id}`, title: article.title, text: article.text, publishedAt, author: null, declaredLanguage: article.lang },
      match: { lang: article.lang, entities, claims, summary: article.text.slice(0, 300) },
      duplicateOf: null,
      alert: null,
    },
  };
}

/** Writes the archive in transactions of a thousand stories; returns how many are stored. */
export function seedArchive(db: Db, options: ArchiveOptions): number {
  const repo = new StoriesRepo(db);
  const batchSize = 1000;
  for (let start = 0; start < options.count; start += batchSize) {
    const byFeed = new Map<number, StoredStory[]>();
    for (let index = start; index < Math.min(options.count, start + batchSize); index++) {
      const { feedId, item } = storedStory(options, index);
      const items = byFeed.get(feedId);
      if (items) items.push(item);
      else byFeed.set(feedId, [item]);
    }
    db.transaction(() => {
      for (const [feedId, items] of byFeed) repo.saveAll(feedId, options.now, items);
    })();
    // A tick's worth at a time, as the poll tick indexes what it stored.
    repo.indexForSearch();
  }
  return repo.count();
}
