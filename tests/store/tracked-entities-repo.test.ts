import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database';
import { TrackedEntitiesRepo } from '../../src/store/tracked-entities-repo';
import { openTempDb, type TempDb } from '../support/store-fixtures';

let t: TempDb;
let repo: TrackedEntitiesRepo;

beforeEach(() => {
  t = openTempDb();
  repo = new TrackedEntitiesRepo(t.db);
});

afterEach(() => t.cleanup());

const change = { id: 'alex-saab', name: 'Alex Saab', kind: 'person' as const, aliases: ['Álex Saab'], removed: false, addedBy: '123456789012345678' };

describe('TrackedEntitiesRepo', () => {
  it('saves a row and lists it back', () => {
    repo.save(change, 1000);
    expect(repo.list()).toEqual([{ ...change, addedAt: 1000, updatedAt: 1000 }]);
  });

  it('replaces the row on a later save, keeping when it was first added', () => {
    repo.save(change, 1000);
    repo.save({ ...change, aliases: [], removed: true, addedBy: '223456789012345678' }, 2000);
    expect(repo.list()).toEqual([{ ...change, aliases: [], removed: true, addedBy: '223456789012345678', addedAt: 1000, updatedAt: 2000 }]);
  });

  it('lists rows in the order they were first added', () => {
    repo.save({ ...change, id: 'b', name: 'B' }, 2000);
    repo.save({ ...change, id: 'a', name: 'A' }, 1000);
    repo.save({ ...change, id: 'b', name: 'B' }, 3000);
    expect(repo.list().map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('survives reopening the database', () => {
    repo.save(change, 1000);
    const again = openDatabase(path.join(t.dir, 'vigia.db'));
    try {
      expect(new TrackedEntitiesRepo(again).list()).toEqual([{ ...change, addedAt: 1000, updatedAt: 1000 }]);
    } finally {
      again.close();
    }
  });

  it('reads a hand-broken aliases value as no aliases', () => {
    repo.save(change, 1000);
    t.db.prepare("UPDATE tracked_entities SET aliases = '{oops'").run();
    expect(repo.list()[0]!.aliases).toEqual([]);
  });

  it('refuses an unknown kind', () => {
    expect(() => repo.save({ ...change, kind: 'vehicle' as 'person' }, 1)).toThrow(/CHECK/);
  });
});
