import type Database from 'better-sqlite3';
import type { Reconciliation } from './reconciliation';

/**
 * Keeps an import's stated-total checks beside its batch, in the import's own transaction, so the
 * reconciliation report reads what the import judged instead of reading the file again.
 */
export function keepReconciliation(db: Database.Database, importId: number, reconciliation: Reconciliation): void {
  const insert = db.prepare(
    `INSERT INTO stated_total_check (import_id, position, label, measure, currency, line_no, stated, found, matches)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const mismatches = new Set(reconciliation.mismatches);
  reconciliation.checked.forEach((check, position) => {
    insert.run(importId, position, check.label, check.measure, check.currency, check.line, check.stated, check.found, mismatches.has(check) ? 0 : 1);
  });
  db.prepare('UPDATE import_batch SET totals_checked = 1 WHERE id = ?').run(importId);
}
