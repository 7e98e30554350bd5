/** What the clusterer needs from the archive: the features of recent matched stories, by cluster root. */
import type { StoryFeatures } from '../cluster/story-features';
import type { Db } from './open-database';

export class ClustersRepo {
  constructor(private readonly db: Db) {}

  /**
   * Features of matched stories since `since`, each under the id of its cluster's first story, so a
   * story that repeats a repeat joins the original alert. Only clusters whose first story has an
   * alert: a new feed's first poll stores its back catalogue without alerts, and a story joining
   * one of those would be gathered under an alert that does not exist, and never told.
   */
  recent(since: number): StoryFeatures[] {
    const rows = this.db
      .prepare(
        `SELECT COALESCE(s.cluster_of, f.story_id) AS root, f.features FROM story_features f
         JOIN stories s ON s.id = f.story_id
         JOIN alerts a ON a.story_id = COALESCE(s.cluster_of, f.story_id)
         WHERE f.at >= ? ORDER BY f.at`,
      )
      .all(since) as Array<{ root: string; features: string }>;
    return rows.map((row) => ({ ...(JSON.parse(row.features) as StoryFeatures), storyId: row.root }));
  }
}
