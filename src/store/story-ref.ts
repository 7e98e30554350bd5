/** The few columns every listing of stories shows: title, link, outlet and when. */
import { storyTime } from './story-time';

export interface StoryRef {
  id: string;
  title: string;
  url: string | null;
  feedName: string;
  /** Epoch ms: see storyTime. */
  time: number;
  lang: string;
}

/** Select list for StoryRef; the query must join `stories s` with `feeds f`. */
export const STORY_REF_COLUMNS = `s.id AS id, s.title AS title, s.url AS url, f.name AS feedName, ${storyTime('s')} AS time, s.lang AS lang`;

/** FROM clause starting at the stories. */
export const STORIES_WITH_FEED = 'stories s JOIN feeds f ON f.id = s.feed_id';

/** Joins `stories s` and its `feeds f` onto a table already in the FROM clause. */
export function joinStoriesOn(condition: string): string {
  return `JOIN stories s ON ${condition} JOIN feeds f ON f.id = s.feed_id`;
}
