/**
 * Dedup across feeds: the same article reached through two feeds (its canonical URL already stored,
 * or seen earlier in the same batch) is recorded as a duplicate of the first and does not alert again.
 * Clustering of rewrites and translations builds on this.
 */

export interface DuplicateLookup {
  idByUrl(url: string): string | null;
}

export class DuplicateFinder {
  private readonly batch = new Map<string, string>();

  constructor(private readonly stored: DuplicateLookup) {}

  /** The id of the story this one repeats, or null; remembers this one for the rest of the batch. */
  duplicateOf(storyId: string, url: string | null): string | null {
    if (!url) return null;
    const earlier = this.batch.get(url) ?? this.stored.idByUrl(url);
    if (!this.batch.has(url)) this.batch.set(url, storyId);
    return earlier;
  }
}
