import type Database from 'better-sqlite3';
import { formatAmount, parseAmount } from '../../../shared/money/exact-amount';
import type { ImportedFigures } from '../reconciliation';
import type { StatementLineWriter } from '../statement-line-writer';
import { storedTerritories, territoriesStored } from '../statement-overlaps';

interface BatchRow {
  line_count: number;
  quantity_total: number;
  totals_json: string;
  sale_from: number | null;
  sale_to: number | null;
  reporting_from: number | null;
  reporting_to: number | null;
  period_basis: string;
  territories: string | null;
}

const earlier = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const together = (a: string[] | null, b: string[] | null) => (a === null ? b : b === null ? a : [...new Set([...a, ...b])].sort());

/**
 * The import's own figures with the corrected lines added: counts (a corrected line moves from
 * quarantined to imported; the file's line count stays), quantity, the earned totals per currency
 * (exact), and the periods and territories its lines print. Returns the import's figures as its
 * stated totals are judged against.
 */
export function addCorrectedLines(db: Database.Database, importId: number, writer: StatementLineWriter): ImportedFigures {
  const batch = db
    .prepare<[number], BatchRow>(
      'SELECT line_count, quantity_total, totals_json, sale_from, sale_to, reporting_from, reporting_to, period_basis, territories FROM import_batch WHERE id = ?',
    )
    .get(importId)!;
  const amounts = new Map(Object.entries(JSON.parse(batch.totals_json) as Record<string, string>).map(([c, v]) => [c, parseAmount(v)]));
  for (const [currency, units] of writer.totals) amounts.set(currency, (amounts.get(currency) ?? 0n) + units);
  const totals = Object.fromEntries([...amounts].sort(([a], [b]) => a.localeCompare(b)).map(([c, v]) => [c, formatAmount(v)]));
  const quantity = batch.quantity_total + writer.quantity;
  const reportingFrom = earlier(batch.reporting_from, writer.reportingFrom);
  db.prepare(
    `UPDATE import_batch SET imported_count = imported_count + ?, rejected_count = rejected_count - ?, quantity_total = ?, totals_json = ?,
       sale_from = ?, sale_to = ?, reporting_from = ?, reporting_to = ?, period_basis = ?, territories = ? WHERE id = ?`,
  ).run(
    writer.imported, writer.imported, quantity, JSON.stringify(totals),
    earlier(batch.sale_from, writer.saleFrom), later(batch.sale_to, writer.saleTo), reportingFrom, later(batch.reporting_to, writer.reportingTo),
    reportingFrom === null ? batch.period_basis : periodBasis(db, importId),
    storedTerritories(together(territoriesStored(batch.territories), writer.territoriesWritten())), importId,
  );
  return { lines: batch.line_count, quantity, amounts };
}

/**
 * How the statement is cut (see StatementLineWriter.periodBasis), from all of its lines now: one
 * sale month over several reporting months, or the other way round. Only a statement that prints
 * reporting dates has a basis, and then every line of it prints one.
 */
function periodBasis(db: Database.Database, importId: number): string {
  const months = db
    .prepare<[number], { sale: number; reporting: number }>(
      'SELECT COUNT(DISTINCT sale_month) AS sale, COUNT(DISTINCT reporting_month) AS reporting FROM statement_line WHERE import_id = ?',
    )
    .get(importId)!;
  if (months.sale === 1 && months.reporting > 1) return 'sale';
  if (months.reporting === 1 && months.sale > 1) return 'reporting';
  return 'unknown';
}
