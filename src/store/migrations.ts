/**
 * Numbered schema migrations. The database's user_version is the number of migrations applied;
 * each runs once, in its own transaction. Never edit a shipped migration: add the next one.
 */
import { searchKey, storyTime } from './story-time';

export const MIGRATIONS: readonly string[] = [
  // 1: feeds with their health, every story seen, what matched, and the alerts the sinks deliver from.
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    language TEXT,
    interval_s INTEGER,
    enabled INTEGER NOT NULL DEFAULT 1,
    origin TEXT NOT NULL DEFAULT 'config' CHECK (origin IN ('config', 'user')),
    etag TEXT,
    last_modified TEXT,
    next_check_at INTEGER NOT NULL DEFAULT 0,
    last_checked_at INTEGER,
    last_success_at INTEGER,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_error_at INTEGER,
    disabled_reason TEXT,
    first_polled_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id),
    guid TEXT,
    url TEXT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT,
    published_at INTEGER,
    fetched_at INTEGER NOT NULL,
    lang TEXT NOT NULL,
    summary TEXT NOT NULL,
    duplicate_of TEXT REFERENCES stories(id)
  );
  CREATE INDEX stories_url ON stories(url) WHERE url IS NOT NULL;
  CREATE INDEX stories_fetched ON stories(fetched_at);
  CREATE TABLE story_entities (
    story_id TEXT NOT NULL REFERENCES stories(id),
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (story_id, entity_id)
  ) WITHOUT ROWID;
  CREATE INDEX story_entities_by_entity ON story_entities(entity_id);
  CREATE TABLE story_claims (
    story_id TEXT NOT NULL REFERENCES stories(id),
    claim_id TEXT NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN ('asserts', 'disputes', 'mentions')),
    evidence TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (story_id, claim_id)
  ) WITHOUT ROWID;
  CREATE INDEX story_claims_by_claim ON story_claims(claim_id);
  CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL UNIQUE REFERENCES stories(id),
    created_at INTEGER NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    delivered_at INTEGER,
    delivery_ref TEXT
  );
  CREATE INDEX alerts_pending ON alerts(id) WHERE delivered_at IS NULL;
  `,
  // 2: slash commands. Accent-insensitive full-text search over stories, an index on when a story
  // happened (the expression must stay identical to storyTime() in story-time.ts), one to count an
  // article's copies from other feeds, and figures tracked at run time with /track (a row with the
  // id of an entities.yaml figure extends it; removed = 1 hides it: see README).
  `
  CREATE VIRTUAL TABLE story_search USING fts5(
    story_id UNINDEXED, title, text,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  INSERT INTO story_search (story_id, title, text) SELECT id, title, text FROM stories;
  CREATE TRIGGER story_search_insert AFTER INSERT ON stories BEGIN
    INSERT INTO story_search (story_id, title, text) VALUES (new.id, new.title, new.text);
  END;
  CREATE TRIGGER story_search_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_search WHERE story_id = old.id;
  END;
  CREATE TRIGGER story_search_update AFTER UPDATE OF title, text ON stories BEGIN
    UPDATE story_search SET title = new.title, text = new.text WHERE story_id = old.id;
  END;
  CREATE INDEX stories_time ON stories(min(coalesce(published_at, fetched_at), fetched_at));
  CREATE INDEX stories_duplicate_of ON stories(duplicate_of) WHERE duplicate_of IS NOT NULL;
  CREATE TABLE tracked_entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
    aliases TEXT NOT NULL DEFAULT '[]',
    removed INTEGER NOT NULL DEFAULT 0,
    added_by TEXT,
    added_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  // 3: Discord delivery. Which channels an alert has reached (so a failure on the second channel does
  // not resend to the first), and feed health notices, queued and delivered like alerts.
  `
  CREATE TABLE deliveries (
    alert_id INTEGER NOT NULL REFERENCES alerts(id),
    channel_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    delivered_at INTEGER NOT NULL,
    PRIMARY KEY (alert_id, channel_id)
  ) WITHOUT ROWID;
  CREATE TABLE health_notices (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('failing', 'disabled', 'recovered')),
    feed_url TEXT NOT NULL,
    feed_name TEXT NOT NULL,
    detail TEXT,
    failures INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    delivered_at INTEGER,
    delivery_ref TEXT
  );
  CREATE INDEX health_notices_pending ON health_notices(id) WHERE delivered_at IS NULL;
  `,
  // 4: clustering. What each matched story looks like to the clusterer (kept 72 hours' worth is
  // enough, older rows are harmless), which story a later one repeats, and the other outlets gathered
  // under an alert, with a version so a delivered alert is edited once per change.
  `
  CREATE TABLE story_features (
    story_id TEXT PRIMARY KEY REFERENCES stories(id),
    at INTEGER NOT NULL,
    features TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX story_features_at ON story_features(at);
  ALTER TABLE stories ADD COLUMN cluster_of TEXT REFERENCES stories(id);
  CREATE TABLE alert_outlets (
    alert_id INTEGER NOT NULL REFERENCES alerts(id),
    story_id TEXT NOT NULL REFERENCES stories(id),
    feed_name TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (alert_id, story_id)
  ) WITHOUT ROWID;
  ALTER TABLE alerts ADD COLUMN outlets_version INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE alerts ADD COLUMN outlets_shown INTEGER NOT NULL DEFAULT 0;
  `,
  // 5: answers that stay fast over a large archive. Search rows are keyed by when the story happened
  // (seconds, then the story's rowid, so keys are unique), so "newest first" reads the full-text
  // index backwards and stops at the page instead of sorting every match; copies of an article from
  // other feeds are left out of it. Each figure's mentions carry the story's time and whether the
  // story is an original, so /figure counts and lists from one index range.
  `
  DROP TRIGGER story_search_insert;
  DROP TRIGGER story_search_delete;
  DROP TRIGGER story_search_update;
  DROP TABLE story_search;
  CREATE VIRTUAL TABLE story_search USING fts5(
    story_id UNINDEXED, title, text,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  INSERT INTO story_search (rowid, story_id, title, text)
    SELECT ${searchKey('stories')}, id, title, text FROM stories WHERE duplicate_of IS NULL;
  CREATE TRIGGER story_search_insert AFTER INSERT ON stories WHEN new.duplicate_of IS NULL BEGIN
    INSERT INTO story_search (rowid, story_id, title, text) VALUES (${searchKey('new')}, new.id, new.title, new.text);
  END;
  CREATE TRIGGER story_search_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_search WHERE rowid = ${searchKey('old')};
  END;
  CREATE TRIGGER story_search_update AFTER UPDATE OF title, text ON stories WHEN new.duplicate_of IS NULL BEGIN
    UPDATE story_search SET title = new.title, text = new.text WHERE rowid = ${searchKey('old')};
  END;
  ALTER TABLE story_entities ADD COLUMN at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE story_entities ADD COLUMN original INTEGER NOT NULL DEFAULT 1;
  UPDATE story_entities SET
    at = (SELECT ${storyTime('s')} FROM stories s WHERE s.id = story_entities.story_id),
    original = (SELECT s.duplicate_of IS NULL FROM stories s WHERE s.id = story_entities.story_id);
  CREATE INDEX story_entities_timeline ON story_entities(entity_id, at) WHERE original = 1;
  `,
  // 6: the search index is written once a tick, in key order (StoriesRepo.indexForSearch), instead
  // of by a trigger as each feed's stories are stored. Feeds polled one after another cover the same
  // hours, so row-by-row keys overlapped across feeds and FTS5 spent as long merging as indexing.
  // Stories wait in story_search_pending until then; a crash in between leaves them there for the
  // next tick. Updates of an indexed story still go through story_search_update. The index by feed
  // lists the ids a feed gave last, which the parse worker skips instead of matching them again.
  `
  CREATE INDEX stories_by_feed ON stories(feed_id);
  DROP TRIGGER story_search_insert;
  DROP TRIGGER story_search_delete;
  CREATE TABLE story_search_pending (story_rowid INTEGER PRIMARY KEY);
  CREATE TRIGGER story_search_pending_insert AFTER INSERT ON stories WHEN new.duplicate_of IS NULL BEGIN
    INSERT INTO story_search_pending (story_rowid) VALUES (new.rowid);
  END;
  CREATE TRIGGER story_search_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_search WHERE rowid = ${searchKey('old')};
    DELETE FROM story_search_pending WHERE story_rowid = old.rowid;
  END;
  `,
  // 7: cluster features in a table with rowids. Keyed by the story's hashed id (WITHOUT ROWID), rows
  // of ~750 bytes landed on random leaf pages, four to a page: every feed's commit rewrote dozens of
  // them in the write-ahead log, and the checkpoint copied them again. Appended in rowid order, a
  // feed's rows fill a few new pages; only the small index on the id takes random inserts.
  `
  CREATE TABLE story_features_by_rowid (
    story_id TEXT NOT NULL UNIQUE REFERENCES stories(id),
    at INTEGER NOT NULL,
    features TEXT NOT NULL
  );
  INSERT INTO story_features_by_rowid (story_id, at, features) SELECT story_id, at, features FROM story_features ORDER BY at;
  DROP TABLE story_features;
  ALTER TABLE story_features_by_rowid RENAME TO story_features;
  CREATE INDEX story_features_at ON story_features(at);
  `,
  // 8: a contentless search index. The full-text table kept its own copy of every story's title and
  // text, a third of the database, written again at each tick's indexing and copied again at its
  // checkpoint. Now it keeps only the index and the story's id; the text is read from stories and
  // /search makes its snippets itself (src/format/search-snippet.ts). Deleting and updating rows of a
  // contentless table needs every column given, so both triggers are made again. Stories still
  // waiting for the tick's indexing are indexed here with the rest, so the queue starts empty.
  `
  DROP TRIGGER story_search_update;
  DROP TRIGGER story_search_delete;
  DROP TABLE story_search;
  CREATE VIRTUAL TABLE story_search USING fts5(
    story_id UNINDEXED, title, text,
    content = '', contentless_delete = 1, contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  DELETE FROM story_search_pending;
  INSERT INTO story_search (rowid, story_id, title, text)
    SELECT ${searchKey('stories')} AS key, id, title, text FROM stories WHERE duplicate_of IS NULL ORDER BY key;
  CREATE TRIGGER story_search_update AFTER UPDATE OF title, text ON stories WHEN new.duplicate_of IS NULL BEGIN
    UPDATE story_search SET story_id = new.id, title = new.title, text = new.text WHERE rowid = ${searchKey('old')};
  END;
  CREATE TRIGGER story_search_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_search WHERE rowid = ${searchKey('old')};
    DELETE FROM story_search_pending WHERE story_rowid = old.rowid;
  END;
  `,
  // 9: deliveries Discord refuses for good. A channel that is deleted, that the bot may not post in,
  // or that refuses an alert's body even in plain form is given up for that alert, with the error in
  // words: it is not asked again on every tick, and later alerts are not held up behind it. Each
  // delivery also says whether its message is the alert's own or a roll-up shared with other alerts,
  // which must never be edited with one alert's embed. Roll-ups posted before this are the messages
  // shared by several alerts; a roll-up of one alert in a channel cannot be told apart, and editing it
  // with that one alert loses nothing.
  `
  CREATE TABLE delivery_give_ups (
    alert_id INTEGER NOT NULL REFERENCES alerts(id),
    channel_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    given_up_at INTEGER NOT NULL,
    PRIMARY KEY (alert_id, channel_id)
  ) WITHOUT ROWID;
  ALTER TABLE deliveries ADD COLUMN kind TEXT NOT NULL DEFAULT 'alert' CHECK (kind IN ('alert', 'rollup'));
  UPDATE deliveries SET kind = 'rollup'
    WHERE (channel_id, message_id) IN (SELECT channel_id, message_id FROM deliveries GROUP BY channel_id, message_id HAVING COUNT(*) > 1);
  `,
  // 10: how each waiting alert is to be sent, written before the first try. A resend after a crash
  // then posts exactly the message it tried before (the same alerts under the same nonce), which
  // Discord answers with the message it already has, instead of regrouping the queue as it stands
  // now and posting the same alerts again. planned_at is when it was planned; rollup_of is the first
  // alert of the roll-up it goes out in, NULL for an alert sent in its own message.
  `
  ALTER TABLE alerts ADD COLUMN planned_at INTEGER;
  ALTER TABLE alerts ADD COLUMN rollup_of INTEGER REFERENCES alerts(id);
  `,
  // 11: the stories other outlets wrote about a story, found from it: the digest lists a story once,
  // with how many outlets carried it.
  `
  CREATE INDEX stories_cluster_of ON stories(cluster_of) WHERE cluster_of IS NOT NULL;
  `,
  // 12: how many times each feed was switched off or on, by anything (/feeds remove and add,
  // feeds.yaml, a poll disabling it), counted by a trigger so no writer can forget it. A poll records
  // its outcome only while the count is still the one it read (FeedsRepo.recordSuccess): a feed
  // removed, or removed and added back, while its poll was in flight gets nothing from that poll.
  `
  ALTER TABLE feeds ADD COLUMN switch_count INTEGER NOT NULL DEFAULT 0;
  CREATE TRIGGER feeds_count_switches AFTER UPDATE OF enabled ON feeds WHEN old.enabled IS NOT new.enabled BEGIN
    UPDATE feeds SET switch_count = old.switch_count + 1 WHERE id = new.id;
  END;
  `,
  // 13: permanent redirects remembered (FeedsRepo.recordSuccess). poll_url is the address polled
  // instead of url once a 301/308 to it was seen on several polls in a row (NULL: poll url);
  // moved_to and moved_seen are the target seen so far and how often. url stays the feed's identity.
  // A new url, or a feed switched off or on (removed, re-added, disabled), starts again from its own
  // url: by trigger, as for migration 12, so no writer can carry a stale poll_url over.
  `
  ALTER TABLE feeds ADD COLUMN poll_url TEXT;
  ALTER TABLE feeds ADD COLUMN moved_to TEXT;
  ALTER TABLE feeds ADD COLUMN moved_seen INTEGER NOT NULL DEFAULT 0;
  CREATE TRIGGER feeds_forget_move AFTER UPDATE OF url, enabled ON feeds
    WHEN old.url IS NOT new.url OR old.enabled IS NOT new.enabled BEGIN
    UPDATE feeds SET poll_url = NULL, moved_to = NULL, moved_seen = 0 WHERE id = new.id;
  END;
  `,
];
