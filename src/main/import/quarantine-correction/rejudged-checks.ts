import type Database from 'better-sqlite3';
import { parseAmount } from '../../../shared/money/exact-amount';
import { reconcile, type ImportedFigures, type LocatedTotal } from '../reconciliation';

interface CheckRow {
  position: number;
  label: string;
  measure: 'amount' | 'quantity';
  currency: string | null;
  line_no: number | null;
  stated: string;
}

/** An amount's printed precision, as the check kept it: the digits its stated figure has after the point. */
const decimalsOf = (stated: string) => stated.split('.')[1]?.length ?? 0;

/**
 * The import's kept stated-total checks judged again against its figures with the corrected lines
 * in: a corrected line can be what a totals row was missing. Amounts and units change; the rows
 * the file has (and a DSR file's record counts) do not.
 */
export function rejudgeStatedTotals(db: Database.Database, importId: number, figures: ImportedFigures): void {
  const rows = db
    .prepare<[number], CheckRow>(
      `SELECT position, label, measure, currency, line_no, stated FROM stated_total_check
       WHERE import_id = ? AND measure IN ('amount', 'quantity') ORDER BY position`,
    )
    .all(importId);
  if (rows.length === 0) return;
  const located: LocatedTotal[] = rows.map((row) => ({
    line: row.line_no ?? 0,
    total: row.measure === 'amount'
      ? { label: row.label, measure: 'amount', value: parseAmount(row.stated), decimals: decimalsOf(row.stated), currency: row.currency }
      : { label: row.label, measure: 'quantity', value: BigInt(row.stated), decimals: 0, currency: null },
  }));
  const judged = reconcile(located, figures);
  const mismatches = new Set(judged.mismatches);
  const update = db.prepare('UPDATE stated_total_check SET found = ?, matches = ? WHERE import_id = ? AND position = ?');
  judged.checked.forEach((check, i) => update.run(check.found, mismatches.has(check) ? 0 : 1, importId, rows[i]!.position));
}
