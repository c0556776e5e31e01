import type Database from 'better-sqlite3';
import { noteCatalogueOf, removeUnreferencedCatalogue } from '../catalogue/unreferenced-catalogue';
import { rebuildRollups } from '../query/rollups/rollup-maintenance';

/** What an import stored, counted as what the undo removed. */
const FACTS = new Set(['statement_line', 'gauge_reading']);

/**
 * Every table that keeps rows per import (lines, kept columns, quarantined lines, checks…): what
 * the foreign keys' cascades would delete, read from the schema so that a table added later is
 * deleted too, with the foreign keys off.
 */
function perImportTables(db: Database.Database): { table: string; column: string }[] {
  return db
    .prepare<[], { table: string; column: string }>(
      `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'import_batch'`,
    )
    .all();
}

/**
 * Removes imports and everything they added (lines and their kept columns, gauges, quarantined
 * lines, kept checks, and the catalogue and review entries nothing else names); the archived
 * originals stay, so an undone statement can be imported again. Runs inside the caller's
 * transaction when there is one, after the rollups took in every other import's lines (they tell
 * which catalogue is still named), else in its own. Either way the foreign keys should be off, as
 * an import's are: statement_line has no index by catalogue id, so with them on, each catalogue
 * row removed would be checked by reading every line.
 */
export function removeImports(db: Database.Database, importIds: number[]): number {
  const remove = () => {
    noteCatalogueOf(db, importIds);
    let removed = 0;
    const tables = perImportTables(db);
    for (const id of importIds) {
      for (const { table, column } of tables) {
        const changes = db.prepare(`DELETE FROM "${table}" WHERE "${column}" = ?`).run(id).changes;
        if (FACTS.has(table)) removed += changes;
      }
      db.prepare('DELETE FROM import_batch WHERE id = ?').run(id);
    }
    rebuildRollups(db, importIds);
    removeUnreferencedCatalogue(db);
    return removed;
  };
  if (db.inTransaction) return remove();
  const checked = db.pragma('foreign_keys', { simple: true }) === 1;
  // SQLite takes this pragma only outside a transaction, so it is set around this one.
  db.pragma('foreign_keys = OFF');
  try {
    return db.transaction(remove)();
  } finally {
    if (checked) db.pragma('foreign_keys = ON');
  }
}
