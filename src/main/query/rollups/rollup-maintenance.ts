import type Database from 'better-sqlite3';
import { ALWAYS_KEPT, ROLLUPS } from './rollup-definitions';

const BASES = [
  { basis: 'sale', month: 'sale_month' },
  { basis: 'reporting', month: 'reporting_month' },
] as const;

/**
 * Recomputes the rollup rows of the given imports from their lines, inside the caller's
 * transaction: after an import, an undo (no lines left: the rows just go), an FX correction, or
 * a merge of platforms or recordings.
 */
export function rebuildRollups(db: Database.Database, importIds: readonly number[]): void {
  for (const definition of ROLLUPS) {
    const keys = [...definition.keys, ...ALWAYS_KEPT];
    const remove = db.prepare(`DELETE FROM ${definition.table} WHERE import_id = ?`);
    const inserts = BASES.map(({ basis, month }) =>
      db.prepare(
        `INSERT INTO ${definition.table} (import_id, basis, month, ${keys.join(', ')}, lines, quantity, base_hi, base_lo)
         SELECT import_id, '${basis}', ${month}, ${keys.join(', ')}, COUNT(*), SUM(quantity), SUM(base_hi), SUM(base_lo)
         FROM statement_line WHERE import_id = ? AND ${month} IS NOT NULL
         GROUP BY ${month}, ${keys.join(', ')}`,
      ),
    );
    for (const id of importIds) {
      remove.run(id);
      for (const insert of inserts) insert.run(id);
    }
  }
}

/** The imports whose lines match a condition, for rebuilding after an update of those lines. */
export function importsWithLines(db: Database.Database, where: string, ...params: (string | number)[]): number[] {
  return db.prepare(`SELECT DISTINCT import_id FROM statement_line WHERE ${where}`).pluck().all(...params) as number[];
}
