/** What the clusterer needs from the archive: the features of recent matched stories, by cluster root. */
import type { StoryFeatures } from '../cluster/story-features';
import type { Db } from './open-database';

export class ClustersRepo {
  constructor(private readonly db: Db) {}

  /**
   * Features of matched stories since `since`, each under the id of its cluster's first story, so a
   * story that repeats a repeat joins the original alert.
   */
  recent(since: number): StoryFeatures[] {
    const rows = this.db
      .prepare(
        `SELECT COALESCE(s.cluster_of, f.story_id) AS root, f.features FROM story_features f
         JOIN stories s ON s.id = f.story_id WHERE f.at >= ? ORDER BY f.at`,
      )
      .all(since) as Array<{ root: string; features: string }>;
    return rows.map((row) => ({ ...(JSON.parse(row.features) as StoryFeatures), storyId: row.root }));
  }
}
