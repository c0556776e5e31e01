import type Database from 'better-sqlite3';
import { daysInMonth, toDayNumber } from '../../shared/period/sale-period';
import type { DateBasis, TimeRange } from '../../shared/query/query-spec';
import { resolveTimeRange, type DayWindow } from '../../shared/query/time-window';

/** A window and whether it is the whole store (which needs no bounds at all). */
export interface AnalysisWindow {
  window: DayWindow | null;
  allTime: boolean;
}

/** The first and last months the store holds under a date basis, from the smallest rollup. */
export type StoreMonths = { first: number; last: number };

export function storeMonths(db: Database.Database, basis: DateBasis): StoreMonths | null {
  const row = db
    .prepare<[string], { first: number | null; last: number | null }>('SELECT MIN(month) AS first, MAX(month) AS last FROM rollup_month_platform WHERE basis = ?')
    .get(basis);
  return row?.first != null && row.last != null ? { first: row.first, last: row.last } : null;
}

function monthWindow(first: number, last: number): DayWindow {
  const year = Math.floor(last / 100);
  return { from: first * 100 + 1, to: toDayNumber(year, last % 100, daysInMonth(year, last % 100)) };
}

/**
 * Resolves a time range as the query engine does, "all time" spanning the months the store holds
 * (`months`, when the caller already knows them).
 */
export function resolveAnalysisWindow(
  db: Database.Database,
  range: TimeRange,
  basis: DateBasis,
  today: Date,
  months: StoreMonths | null = storeMonths(db, basis),
): AnalysisWindow {
  const span = months && monthWindow(months.first, months.last);
  return { window: resolveTimeRange(range, today, span), allTime: range.kind === 'preset' && range.preset === 'all' };
}
