import { expect } from 'vitest';
import { rebuildRollups } from '../../src/main/query/rollups/rollup-maintenance';
import { openWriterStore, type Store } from '../../src/main/store/open-store';

/** Opens the store's file for one look, closed again afterwards. */
export function withStore<T>(databaseFile: string, read: (db: Store) => T): T {
  const db = openWriterStore(databaseFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Every table's rows, in order: what "as it was" means. */
export function wholeStore(db: Store): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).map((c) => `"${c}"`);
    return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.join(', ')}`).raw().all()];
  }));
}

/**
 * Whether the rollups are what rebuilding every import's rollups from its lines makes, tried and
 * rolled back: a whole transaction, not a savepoint, whose release would commit the pages it
 * touched and leave the file other than it found it.
 */
export function expectRollupsAsRebuilt(db: Store): void {
  const rollups = () => Object.fromEntries(Object.entries(wholeStore(db)).filter(([table]) => table.includes('rollup')));
  const now = rollups();
  expect(Object.keys(now).length).toBeGreaterThan(0);
  db.exec('BEGIN');
  let rebuilt;
  try {
    rebuildRollups(db, db.prepare('SELECT id FROM import_batch').pluck().all() as number[]);
    rebuilt = rollups();
  } finally {
    db.exec('ROLLBACK');
  }
  expect(now).toEqual(rebuilt);
}
