import type Database from 'better-sqlite3';
import { formatDayNumber } from '../../shared/period/sale-period';
import type { PeriodBasis } from './statement-line-writer';

export interface StatementPeriods {
  formatId: string;
  saleFrom: number | null;
  saleTo: number | null;
  reportingFrom: number | null;
  reportingTo: number | null;
  basis: PeriodBasis;
}

export interface OverlappingImport {
  importId: number;
  fileName: string;
  importedAt: string;
  saleFrom: string;
  saleTo: string;
}

interface BatchRow {
  id: number;
  file_name: string;
  imported_at: string;
  sale_from: number;
  sale_to: number;
  reporting_from: number | null;
  reporting_to: number | null;
  period_basis: PeriodBasis;
}

const intersects = (a1: number | null, a2: number | null, b1: number | null, b2: number | null) =>
  a1 !== null && a2 !== null && b1 !== null && b2 !== null && a1 <= b2 && b1 <= a2;

function earlierImports(db: Database.Database, formatId: string, exceptId: number): BatchRow[] {
  return db
    .prepare<[string, number], BatchRow>(
      `SELECT id, file_name, imported_at, sale_from, sale_to, reporting_from, reporting_to, period_basis
       FROM import_batch WHERE format = ? AND id <> ? AND sale_from IS NOT NULL ORDER BY id`,
    )
    .all(formatId, exceptId);
}

/**
 * Earlier statements from the same source covering the same period: a statement is dated by when
 * it was reported, so reporting periods are compared where both files have them, sale periods
 * otherwise (and for exports cut by sale month).
 */
export function findOverlaps(db: Database.Database, periods: StatementPeriods, exceptId: number): OverlappingImport[] {
  return earlierImports(db, periods.formatId, exceptId)
    .filter((row) => {
      const byReporting = periods.basis !== 'sale' && row.period_basis !== 'sale' && periods.reportingFrom !== null && row.reporting_from !== null;
      return byReporting
        ? intersects(periods.reportingFrom, periods.reportingTo, row.reporting_from, row.reporting_to)
        : intersects(periods.saleFrom, periods.saleTo, row.sale_from, row.sale_to);
    })
    .map((row) => ({
      importId: row.id,
      fileName: row.file_name,
      importedAt: row.imported_at,
      saleFrom: formatDayNumber(row.sale_from),
      saleTo: formatDayNumber(row.sale_to),
    }));
}

/** A sales-date export next to a reporting-date export whose lines can coincide: a double count. */
export function mixedBasisWarnings(db: Database.Database, periods: StatementPeriods, exceptId: number, formatName: string): string[] {
  if (periods.basis === 'unknown') return [];
  return earlierImports(db, periods.formatId, exceptId)
    .filter(
      (row) =>
        row.period_basis !== 'unknown' &&
        row.period_basis !== periods.basis &&
        intersects(periods.saleFrom, periods.saleTo, row.sale_from, row.sale_to) &&
        intersects(periods.reportingFrom, periods.reportingTo, row.reporting_from, row.reporting_to),
    )
    .map(
      (row) =>
        `This ${formatName} file is cut by ${periods.basis === 'sale' ? 'sale month' : 'reporting date'}, but ` +
        `${row.file_name} (imported ${row.imported_at.slice(0, 10)}) is cut by ${row.period_basis === 'sale' ? 'sale month' : 'reporting date'} ` +
        'over overlapping months: lines in both would be counted twice. Keep one kind of export per account.',
    );
}
