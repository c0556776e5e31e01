import { rebuildRollups } from '../../src/main/query/rollups/rollup-maintenance';
import { applyMigration, MIGRATIONS } from '../../src/main/store/migrations';
import { openWriterStore } from '../../src/main/store/open-store';

/** The store update that finds imports an older version dated otherwise. */
export const READ_AGAIN_SINCE = 26;

/** Takes the store update of READ_AGAIN_SINCE on the store's file, as opening it after an upgrade does. */
export function takeReadAgainUpdate(databaseFile: string): void {
  const db = openWriterStore(databaseFile);
  try {
    applyMigration(db, MIGRATIONS.find((m) => m.version === READ_AGAIN_SINCE)!);
  } finally {
    db.close();
  }
}

/**
 * The store as a version before fiscal months counted as calendar months left an import of Apple's
 * fiscal January 2025 (29 Dec 2024 – 1 Feb 2025): its lines dated by the span printed (filed under
 * December, reported in February), converted at another rate than January's (one unit more), the
 * printed span not kept beside them, the import's period the span, its rollups summed so; then the
 * store update taken.
 */
export function dateFiscalJanuaryAsAnOlderVersionDid(databaseFile: string, importId: number): void {
  const db = openWriterStore(databaseFile);
  try {
    db.transaction(() => {
      db.prepare(
        `UPDATE statement_line SET sale_start = 20241229, sale_end = 20250201, sale_month = 202412, reporting_day = 20250201,
           reporting_month = 202502, base_hi = base_hi + 1 WHERE import_id = ?`,
      ).run(importId);
      db.prepare("UPDATE line_extra SET fields = json_remove(fields, '$.apple_period') WHERE import_id = ?").run(importId);
      db.prepare('UPDATE import_batch SET sale_from = 20241229, sale_to = 20250201, read_again_for = NULL WHERE id = ?').run(importId);
      rebuildRollups(db, [importId]);
    })();
  } finally {
    db.close();
  }
  takeReadAgainUpdate(databaseFile);
}
