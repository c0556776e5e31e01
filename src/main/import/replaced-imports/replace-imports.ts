import type Database from 'better-sqlite3';
import { removeImports } from '../remove-imports';

/**
 * Keeps what each replaced import was (see migration 18) with the import replacing it, then
 * removes them: the history names them, and undoing the replacing import can import them again
 * from their archived originals. Runs inside the replacing import's transaction.
 */
export function replaceImports(db: Database.Database, replacingId: number, replacedIds: number[]): number {
  const keep = db.prepare(
    `INSERT INTO replaced_import (replacing_import_id, replaced_import_id, file_name, file_sha256, archive_path, format, format_variant,
       layout, line_count, imported_count, rejected_count, quantity_total, totals_json, sale_from, sale_to, quarantine, replaced_at)
     SELECT ?, b.id, b.file_name, b.file_sha256, b.archive_path, b.format, b.format_variant, l.layout, b.line_count, b.imported_count,
       b.rejected_count, b.quantity_total, b.totals_json, b.sale_from, b.sale_to,
       (SELECT json_group_array(json_object('line', r.line_no, 'setAside', coalesce(f.set_aside, 0), 'tried', f.tried, 'triedReason', f.tried_reason))
        FROM rejected_line r LEFT JOIN rejected_line_follow_up f ON f.import_id = r.import_id AND f.line_no = r.line_no
        WHERE r.import_id = b.id),
       ?
     FROM import_batch b LEFT JOIN import_layout l ON l.import_id = b.id WHERE b.id = ?`,
  );
  const now = new Date().toISOString();
  for (const id of replacedIds) keep.run(replacingId, now, id);
  return removeImports(db, replacedIds);
}
