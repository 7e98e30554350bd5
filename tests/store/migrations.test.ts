/**
 * MIGRATIONS: a fresh database ends at the last version with exactly the expected schema, and every
 * migration, run on a database holding rows of the version before, keeps those rows. What migrations
 * 5 to 7 do to search and cluster features is checked in search-repo and clusters-repo tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations';
import { migrate, openDatabase, type Db } from '../../src/store/open-database';
import { withDatabaseAt } from '../support/store-fixtures';

const namesOf = (db: Db, type: 'table' | 'index' | 'trigger'): string[] =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all(type) as string[];

const has = (db: Db, table: string): boolean => namesOf(db, 'table').includes(table);

/** Rows of every data table as each version's first migration wrote them; later columns have defaults. */
const SEED: Array<{ table: string; columns: string; rows: unknown[][] }> = [
  {
    table: 'stories',
    columns: 'id, feed_id, url, title, text, published_at, fetched_at, lang, summary, duplicate_of',
    rows: [
      ['s1', 1, 'https://x.example/a', 'Maduro niega el Cartel de los Soles', 'El gobierno negó las acusaciones.', 900, 1000, 'es', 'Resumen.', null],
      ['s2', 1, 'https://x.example/a', 'Maduro niega el Cartel de los Soles', 'El gobierno negó las acusaciones.', 900, 1100, 'es', 'Resumen.', 's1'],
    ],
  },
  { table: 'story_entities', columns: 'story_id, entity_id, name, mentions', rows: [['s1', 'nicolas-maduro', 'Nicolás Maduro', 2]] },
  { table: 'story_claims', columns: 'story_id, claim_id, stance, evidence, detail', rows: [['s1', 'state-cartel', 'disputes', 'El gobierno negó las acusaciones.', '{}']] },
  { table: 'alerts', columns: 'story_id, created_at, payload, attempts, delivered_at, delivery_ref', rows: [['s1', 1000, '{"title":"x"}', 1, 2000, 'msg-1']] },
  { table: 'tracked_entities', columns: 'id, name, kind, aliases, added_by, added_at, updated_at', rows: [['alex-saab', 'Alex Saab', 'person', '["Saab"]', 'editor', 5, 6]] },
  { table: 'deliveries', columns: 'alert_id, channel_id, message_id, delivered_at', rows: [[1, '100000000000000001', 'msg-1', 2000]] },
  { table: 'health_notices', columns: 'kind, feed_url, feed_name, detail, failures, created_at', rows: [['failing', 'https://x.example/feed', 'X', 'HTTP 503', 1, 3000]] },
  { table: 'story_features', columns: 'story_id, at, features', rows: [['s1', 900, '{"numbers":["2020"]}']] },
  { table: 'alert_outlets', columns: 'alert_id, story_id, feed_name, url, title, added_at', rows: [[1, 's2', 'X', 'https://x.example/a', 'Maduro niega', 1100]] },
];

/** Writes the seed rows of every table the database has at its version; returns what it wrote. */
function seed(db: Db): Map<string, unknown[]> {
  const written = new Map<string, unknown[]>();
  for (const { table, columns, rows } of SEED) {
    if (!has(db, table)) continue;
    const insert = db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${rows[0]!.map(() => '?').join(', ')})`);
    for (const row of rows) insert.run(...row);
    written.set(table, read(db, table, columns));
  }
  return written;
}

const read = (db: Db, table: string, columns: string): unknown[] => db.prepare(`SELECT ${columns} FROM ${table} ORDER BY 1, 2`).all();

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-migrations-'));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a fresh database', () => {
  it('ends at user_version = the number of migrations, with exactly the expected tables, indexes and triggers', () => {
    const db = openDatabase(path.join(dir, 'vigia.db'));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      // story_search's own storage tables belong to FTS5, not to the schema.
      expect(namesOf(db, 'table').filter((name) => !/^story_search_(config|content|data|docsize|idx)$/.test(name))).toEqual([
        'alert_outlets',
        'alerts',
        'deliveries',
        'delivery_give_ups',
        'feeds',
        'health_notices',
        'stories',
        'story_claims',
        'story_entities',
        'story_features',
        'story_search',
        'story_search_pending',
        'tracked_entities',
      ]);
      expect(namesOf(db, 'index')).toEqual([
        'alerts_pending',
        'health_notices_pending',
        'stories_by_feed',
        'stories_cluster_of',
        'stories_duplicate_of',
        'stories_fetched',
        'stories_time',
        'stories_url',
        'story_claims_by_claim',
        'story_entities_by_entity',
        'story_entities_timeline',
        'story_features_at',
      ]);
      // The per-row insert trigger of migration 5 was replaced by the pending queue in 6.
      expect(namesOf(db, 'trigger')).toEqual(['feeds_count_switches', 'feeds_forget_move', 'story_search_delete', 'story_search_pending_insert', 'story_search_update']);
    } finally {
      db.close();
    }
  });

  it('refuses values the code never writes', () => {
    const db = openDatabase(path.join(dir, 'vigia.db'));
    try {
      const feed = db.prepare('INSERT INTO feeds (url, name, origin, created_at) VALUES (?, ?, ?, 0)');
      feed.run('https://x.example/feed', 'X', 'config');
      expect(() => feed.run('https://x.example/feed', 'Copy', 'user')).toThrow(/UNIQUE constraint failed: feeds.url/);
      expect(() => feed.run('https://y.example/feed', 'Y', 'discord')).toThrow(/CHECK constraint/);
      expect(() => db.prepare("INSERT INTO tracked_entities (id, name, kind, added_at, updated_at) VALUES ('x', 'X', 'animal', 0, 0)").run()).toThrow(/CHECK constraint/);
      // Foreign keys are on: a story must belong to a feed that exists.
      expect(() => db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES ('s', 99, 't', 'x', 0, 'es', '')").run()).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});

describe('each migration on a database with rows', () => {
  for (let version = 1; version < MIGRATIONS.length; version++) {
    it(`keeps every row of version ${version} when migrating to ${MIGRATIONS.length}`, () => {
      withDatabaseAt(version, (db) => {
        const before = seed(db);
        expect(before.get('stories')).toHaveLength(2);
        migrate(db);
        expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
        for (const [table, rows] of before) {
          expect({ table, rows: read(db, table, SEED.find((entry) => entry.table === table)!.columns) }).toEqual({ table, rows });
        }
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      });
    });
  }
});

describe('migration 2', () => {
  it('adds tracked figures with no aliases and not removed by default', () => {
    withDatabaseAt(1, (db) => {
      migrate(db);
      db.prepare("INSERT INTO tracked_entities (id, name, kind, added_at, updated_at) VALUES ('alex-saab', 'Alex Saab', 'person', 5, 5)").run();
      expect(db.prepare('SELECT aliases, removed, added_by FROM tracked_entities').get()).toEqual({ aliases: '[]', removed: 0, added_by: null });
    });
  });
});

describe('migration 3', () => {
  it('records one delivery per alert and channel, and queues health notices of known kinds only', () => {
    withDatabaseAt(2, (db) => {
      seed(db);
      migrate(db);
      const delivery = db.prepare("INSERT INTO deliveries (alert_id, channel_id, message_id, delivered_at) VALUES (1, '100000000000000002', ?, 1)");
      delivery.run('msg-2');
      expect(() => delivery.run('msg-again')).toThrow(/UNIQUE|PRIMARY KEY/);
      const notice = db.prepare("INSERT INTO health_notices (kind, feed_url, feed_name, failures, created_at) VALUES (?, 'https://x.example/feed', 'X', 0, 1)");
      expect(() => notice.run('flapping')).toThrow(/CHECK constraint/);
      const id = Number(notice.run('recovered').lastInsertRowid);
      expect(db.prepare('SELECT attempts, delivered_at FROM health_notices WHERE id = ?').get(id)).toEqual({ attempts: 0, delivered_at: null });
    });
  });
});

describe('migration 4', () => {
  it('gives stored stories no cluster and stored alerts outlet counters at zero', () => {
    withDatabaseAt(3, (db) => {
      seed(db);
      migrate(db);
      expect(db.prepare('SELECT id, cluster_of FROM stories ORDER BY id').all()).toEqual([
        { id: 's1', cluster_of: null },
        { id: 's2', cluster_of: null },
      ]);
      expect(db.prepare('SELECT outlets_version, outlets_shown FROM alerts').all()).toEqual([{ outlets_version: 0, outlets_shown: 0 }]);
    });
  });
});

describe('migration 9', () => {
  it('marks the messages several alerts share in a channel as roll-ups, and keeps one give-up per alert and channel', () => {
    withDatabaseAt(8, (db) => {
      seed(db);
      const story = db.prepare("INSERT INTO stories (id, feed_id, title, text, fetched_at, lang, summary) VALUES (?, 1, 't', 'x', 0, 'es', '')");
      const alert = db.prepare("INSERT INTO alerts (story_id, created_at, payload) VALUES (?, 0, '{}')");
      for (const id of ['s3', 's4']) {
        story.run(id);
        alert.run(id);
      }
      const delivery = db.prepare('INSERT INTO deliveries (alert_id, channel_id, message_id, delivered_at) VALUES (?, ?, ?, 1)');
      // Alerts 2 and 3 went out in one roll-up in channel A; alert 2 alone in channel B.
      delivery.run(2, 'A', 'rollup-1');
      delivery.run(3, 'A', 'rollup-1');
      delivery.run(2, 'B', 'single-2');
      migrate(db);
      expect(db.prepare('SELECT alert_id, channel_id, kind FROM deliveries ORDER BY alert_id, channel_id').all()).toEqual([
        { alert_id: 1, channel_id: '100000000000000001', kind: 'alert' },
        { alert_id: 2, channel_id: 'A', kind: 'rollup' },
        { alert_id: 2, channel_id: 'B', kind: 'alert' },
        { alert_id: 3, channel_id: 'A', kind: 'rollup' },
      ]);
      expect(() => db.prepare("UPDATE deliveries SET kind = 'digest'").run()).toThrow(/CHECK constraint/);
      const giveUp = db.prepare("INSERT INTO delivery_give_ups (alert_id, channel_id, reason, given_up_at) VALUES (?, 'C', '404 Unknown Channel', 2)");
      giveUp.run(1);
      expect(() => giveUp.run(1)).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => giveUp.run(99)).toThrow(/FOREIGN KEY/);
    });
  });
});

describe('migration 10', () => {
  it('leaves every waiting alert unplanned, and a roll-up must name an alert that exists', () => {
    withDatabaseAt(9, (db) => {
      seed(db);
      migrate(db);
      expect(db.prepare('SELECT planned_at, rollup_of FROM alerts').all()).toEqual([{ planned_at: null, rollup_of: null }]);
      expect(() => db.prepare('UPDATE alerts SET planned_at = 1, rollup_of = 99').run()).toThrow(/FOREIGN KEY/);
    });
  });
});

describe('migration 13', () => {
  it('keeps every feed as it was, polled at its own url with no move seen, and forgets a move when the feed is switched', () => {
    withDatabaseAt(12, (db) => {
      seed(db);
      const columns = 'id, url, name, enabled, origin, etag, last_modified, next_check_at, last_success_at, consecutive_errors, first_polled_at, switch_count';
      db.prepare(`UPDATE feeds SET etag = '"v3"', last_modified = 'yesterday', next_check_at = 500, last_success_at = 400, first_polled_at = 100, consecutive_errors = 2 WHERE id = 1`).run();
      const before = read(db, 'feeds', columns);
      migrate(db);
      expect(read(db, 'feeds', columns)).toEqual(before);
      expect(db.prepare('SELECT poll_url, moved_to, moved_seen FROM feeds').all()).toEqual([{ poll_url: null, moved_to: null, moved_seen: 0 }]);
      expect(read(db, 'stories', SEED[0]!.columns)).toHaveLength(2);

      db.prepare("UPDATE feeds SET poll_url = 'https://y.example/feed', moved_to = 'https://z.example/feed', moved_seen = 2").run();
      db.prepare('UPDATE feeds SET enabled = 1, name = ?').run('Renamed'); // no switch: kept
      expect(db.prepare('SELECT poll_url, moved_seen FROM feeds').get()).toEqual({ poll_url: 'https://y.example/feed', moved_seen: 2 });
      db.prepare('UPDATE feeds SET enabled = 0').run();
      expect(db.prepare('SELECT poll_url, moved_to, moved_seen, switch_count FROM feeds').get()).toEqual({ poll_url: null, moved_to: null, moved_seen: 0, switch_count: 1 });
    });
  });
});

describe('applying migrations', () => {
  it('rolls a failing migration back whole and leaves the version where it was', () => {
    withDatabaseAt(2, (db) => {
      // A table in the way of migration 3's second statement: its first must not survive either.
      db.exec('CREATE TABLE health_notices (id INTEGER PRIMARY KEY)');
      expect(() => migrate(db)).toThrow(/health_notices already exists/);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(has(db, 'deliveries')).toBe(false);
    });
  });
});
