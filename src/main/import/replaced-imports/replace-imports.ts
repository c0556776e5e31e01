import type Database from 'better-sqlite3';
import { removeImports } from '../remove-imports';

/**
 * The quarantine of import `b` as kept when it is removed to be imported again later: one entry per
 * line its import quarantined, `{line, setAside, tried, triedReason}` for a line still quarantined,
 * `{line, corrected}` with the text for one corrected and imported since, so it can be corrected again.
 */
export const QUARANTINE_KEPT = `(SELECT json_group_array(json(entry)) FROM (
  SELECT r.line_no AS line_no,
    json_object('line', r.line_no, 'setAside', coalesce(f.set_aside, 0), 'tried', f.tried, 'triedReason', f.tried_reason) AS entry
  FROM rejected_line r LEFT JOIN rejected_line_follow_up f ON f.import_id = r.import_id AND f.line_no = r.line_no
  WHERE r.import_id = b.id
  UNION ALL
  SELECT c.line_no, json_object('line', c.line_no, 'corrected', c.text) FROM corrected_line c WHERE c.import_id = b.id
  ORDER BY line_no))`;

/**
 * Keeps what each replaced import was (see migrations 18 and 19) with the import replacing it,
 * then removes them: the history names them, and undoing the replacing import can import them
 * again from their archived originals, their quarantine as QUARANTINE_KEPT says. Runs inside the
 * replacing import's transaction.
 */
export function replaceImports(db: Database.Database, replacingId: number, replacedIds: number[]): number {
  const keep = db.prepare(
    `INSERT INTO replaced_import (replacing_import_id, replaced_import_id, file_name, file_sha256, archive_path, format, format_variant,
       layout, line_count, imported_count, rejected_count, quantity_total, totals_json, sale_from, sale_to, quarantine, replaced_at)
     SELECT ?, b.id, b.file_name, b.file_sha256, b.archive_path, b.format, b.format_variant, l.layout, b.line_count, b.imported_count,
       b.rejected_count, b.quantity_total, b.totals_json, b.sale_from, b.sale_to, ${QUARANTINE_KEPT}, ?
     FROM import_batch b LEFT JOIN import_layout l ON l.import_id = b.id WHERE b.id = ?`,
  );
  const now = new Date().toISOString();
  for (const id of replacedIds) keep.run(replacingId, now, id);
  return removeImports(db, replacedIds);
}
