import type Database from 'better-sqlite3';
import type { StatementReconciliation } from '../../shared/analytics/reconciliation-contract';
import { reconciliationStatus, statedDifference, type StatedTotalCheck } from '../../shared/analytics/statement-reconciliation';
import { mappedFormatNames } from '../import/column-mapping/saved-mappings';
import { formatName } from '../import/format-names';

interface BatchRow {
  id: number;
  file_name: string;
  format: string;
  imported_at: string;
  totals_json: string;
  totals_checked: number;
}

interface CheckRow {
  import_id: number;
  label: string;
  measure: StatedTotalCheck['measure'];
  currency: string | null;
  line_no: number | null;
  stated: string;
  found: string;
  matches: number;
}

/**
 * Every import next to the totals its file states about itself, as judged when it was imported
 * (kept in stated_total_check), newest first, with the exact difference of each figure.
 */
export function statementReconciliation(db: Database.Database): StatementReconciliation {
  const mappingNames = mappedFormatNames(db);
  const batches = db
    .prepare<[], BatchRow>('SELECT id, file_name, format, imported_at, totals_json, totals_checked FROM import_batch ORDER BY id DESC')
    .all();
  const checks = new Map<number, StatedTotalCheck[]>();
  const rows = db
    .prepare<[], CheckRow>('SELECT import_id, label, measure, currency, line_no, stated, found, matches FROM stated_total_check ORDER BY import_id, position')
    .all();
  for (const row of rows) {
    const list = checks.get(row.import_id) ?? [];
    list.push({ label: row.label, measure: row.measure, currency: row.currency, line: row.line_no, stated: row.stated, found: row.found, matches: row.matches === 1 });
    checks.set(row.import_id, list);
  }
  const platforms = new Map<number, string[]>();
  const named = db
    .prepare<[], { import_id: number; name: string }>(
      `SELECT DISTINCT r.import_id, p.name FROM rollup_month_platform r JOIN platform p ON p.id = r.platform_id ORDER BY r.import_id, p.name`,
    )
    .all();
  for (const row of named) platforms.set(row.import_id, [...(platforms.get(row.import_id) ?? []), row.name]);
  const summary = { matched: 0, mismatch: 0, noStatedTotal: 0, notRecorded: 0 };
  const imports = batches.map((batch) => {
    const stated = checks.get(batch.id) ?? [];
    const status = reconciliationStatus(batch.totals_checked === 1, stated);
    summary[status] += 1;
    return {
      importId: batch.id,
      fileName: batch.file_name,
      format: mappingNames.get(batch.format) ?? formatName(batch.format),
      platforms: platforms.get(batch.id) ?? [],
      importedAt: batch.imported_at,
      status,
      amounts: JSON.parse(batch.totals_json) as Record<string, string>,
      checks: stated.map((check) => ({ ...check, difference: statedDifference(check) })),
    };
  });
  return { imports, summary };
}
