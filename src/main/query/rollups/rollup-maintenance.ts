import type Database from 'better-sqlite3';
import { noteCatalogueTouched, refreshCatalogueSummaries } from './catalogue-summaries';
import { MERGED_ROLLUPS, mergeSql } from './merged-rollups';
import { ALWAYS_KEPT, ROLLUPS, type RollupDefinition } from './rollup-definitions';

/**
 * Inserts one rollup's rows on one date basis, summed from the lines `lineFilter` picks, one row
 * per import and cell. A line without a month on that basis has no row there.
 */
export function rollupRowsSql(definition: RollupDefinition, basis: 'sale' | 'reporting', lineFilter: string): string {
  const month = basis === 'sale' ? 'sale_month' : 'reporting_month';
  const keys = [...definition.keys, ...ALWAYS_KEPT].join(', ');
  return `INSERT INTO ${definition.table} (import_id, basis, month, ${keys}, lines, quantity, base_hi, base_lo)
    SELECT import_id, '${basis}', ${month}, ${keys}, COUNT(*), SUM(quantity), SUM(base_hi), SUM(base_lo)
    FROM statement_line WHERE ${lineFilter} AND ${month} IS NOT NULL
    GROUP BY import_id, ${month}, ${keys}`;
}

/**
 * Recomputes the rollup rows of the given imports from their lines, inside the caller's
 * transaction: after an import, an undo (no lines left: the rows just go), an FX correction, or
 * a merge of platforms or recordings.
 */
export function rebuildRollups(db: Database.Database, importIds: readonly number[]): void {
  mergeImports(db, importIds, -1);
  for (const definition of ROLLUPS) {
    const remove = db.prepare(`DELETE FROM ${definition.table} WHERE import_id = ?`);
    const inserts = (['sale', 'reporting'] as const).map((basis) => db.prepare(rollupRowsSql(definition, basis, 'import_id = ?')));
    for (const id of importIds) {
      remove.run(id);
      for (const insert of inserts) insert.run(id);
    }
  }
  mergeImports(db, importIds, 1);
  refreshCatalogueSummaries(db);
}

/**
 * Adds lines just written to an existing import (ids past `afterLineId`: a correction's) to its
 * rollup rows, reading only those lines: rebuilding the rows would read all of the import's lines,
 * seconds for a large statement to add one line. A cell the import had takes the new sums in, a
 * new cell gets its row, so the rows stay what a rebuild makes; the merged rollups take the
 * import's rows out and back in (rows, not lines).
 */
export function addLinesToRollups(db: Database.Database, importId: number, afterLineId: number): void {
  mergeImports(db, [importId], -1);
  for (const definition of ROLLUPS) {
    const columns = ['import_id', 'basis', 'month', ...definition.keys, ...ALWAYS_KEPT];
    db.exec(`CREATE TEMP TABLE added_cells AS SELECT * FROM ${definition.table} WHERE 0`);
    try {
      for (const basis of ['sale', 'reporting'] as const) {
        db.prepare(rollupRowsSql({ ...definition, table: 'temp.added_cells' }, basis, 'import_id = ? AND id > ?')).run(importId, afterLineId);
      }
      const sameCell = columns.map((c) => `${definition.table}.${c} IS a.${c}`).join(' AND ');
      // A base sum is NULL only while none of the cell's lines has one, as SUM over them would be.
      const plus = (c: string) => `CASE WHEN ${definition.table}.${c} IS NULL AND a.${c} IS NULL THEN NULL ELSE COALESCE(${definition.table}.${c}, 0) + COALESCE(a.${c}, 0) END`;
      db.exec(`UPDATE ${definition.table} SET lines = ${definition.table}.lines + a.lines, quantity = ${definition.table}.quantity + a.quantity,
          base_hi = ${plus('base_hi')}, base_lo = ${plus('base_lo')}
        FROM temp.added_cells a WHERE ${sameCell}`);
      db.exec(`INSERT INTO ${definition.table} SELECT * FROM temp.added_cells a
        WHERE NOT EXISTS (SELECT 1 FROM ${definition.table} WHERE ${sameCell})`);
    } finally {
      db.exec('DROP TABLE temp.added_cells');
    }
  }
  mergeImports(db, [importId], 1);
  refreshCatalogueSummaries(db);
}

/** Adds newly written imports' rollup rows into the merged rollups, in the import's transaction. */
export function addToMergedRollups(db: Database.Database, importIds: readonly number[]): void {
  mergeImports(db, importIds, 1);
  refreshCatalogueSummaries(db);
}

/**
 * Adds (1) or takes away (-1) imports' per-import rollup rows in the merged rollups: taken away
 * before those rows are rebuilt or removed, added once they are written, so merged sums stay exact.
 */
function mergeImports(db: Database.Database, importIds: readonly number[], sign: 1 | -1): void {
  if (importIds.length === 0) return;
  noteCatalogueTouched(db, importIds);
  for (const merged of MERGED_ROLLUPS) {
    const merge = db.prepare(mergeSql(merged, 'import_id = ?', sign));
    for (const id of importIds) merge.run(id);
    if (sign === -1) db.prepare(`DELETE FROM ${merged.table} WHERE lines = 0`).run();
  }
}

/** The imports whose lines match a condition, for rebuilding after an update of those lines. */
export function importsWithLines(db: Database.Database, where: string, ...params: (string | number)[]): number[] {
  return db.prepare(`SELECT DISTINCT import_id FROM statement_line WHERE ${where}`).pluck().all(...params) as number[];
}
