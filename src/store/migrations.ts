/**
 * Numbered schema migrations. The database's user_version is the number of migrations applied;
 * each runs once, in its own transaction. Never edit a shipped migration: add the next one.
 */

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
];
