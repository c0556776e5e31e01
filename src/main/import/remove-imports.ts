import type Database from 'better-sqlite3';
import { rebuildRollups } from '../query/rollups/rollup-maintenance';

/**
 * Removes imports and everything they added (lines and their kept columns, gauges, quarantined lines); the archived
 * originals stay, so an undone statement can be imported again. Runs inside the caller's
 * transaction when there is one, else in its own.
 */
export function removeImports(db: Database.Database, importIds: number[]): number {
  const remove = () => {
    let removed = 0;
    for (const id of importIds) {
      removed += db.prepare('DELETE FROM statement_line WHERE import_id = ?').run(id).changes;
      db.prepare('DELETE FROM line_extra WHERE import_id = ?').run(id);
      removed += db.prepare('DELETE FROM gauge_reading WHERE import_id = ?').run(id).changes;
      db.prepare('DELETE FROM rejected_line WHERE import_id = ?').run(id);
      db.prepare('DELETE FROM import_batch WHERE id = ?').run(id);
    }
    rebuildRollups(db, importIds);
    return removed;
  };
  return db.inTransaction ? remove() : db.transaction(remove)();
}
