import type Database from 'better-sqlite3';
import { completenessGrid, type CellState, type PlatformMonths, type ReportedMonth } from '../../shared/analytics/completeness';
import type { Completeness, CompletenessRequest } from '../../shared/analytics/completeness-contract';
import { monthIndex, monthIndexOfDay, monthIndexOfYyyymm, monthsFrom, monthText } from '../../shared/analytics/months';
import { dayNumberFromDate } from '../../shared/period/sale-period';
import { resolveAnalysisWindow } from './analysis-window';

/** yyyymm of an import's ISO timestamp: the report month of lines that print no reporting date. */
const IMPORT_MONTH = 'CAST(substr(b.imported_at, 1, 4) AS INTEGER) * 100 + CAST(substr(b.imported_at, 6, 2) AS INTEGER)';

interface PlatformReports {
  platformId: number;
  name: string;
  months: ReportedMonth[];
}

/**
 * Each platform's sale months and the first month a statement reported each. A statement that
 * reports within one month pairs its sale months with that month straight from the platform
 * rollup; only statements reporting across several months (a DistroKid export cut by sale month)
 * need their lines read to pair each sale month with its own reporting month. CROSS JOIN keeps
 * SQLite from scanning every line: it walks the few batches and reads theirs by import index.
 */
function reportedMonths(db: Database.Database): PlatformReports[] {
  const rows = db
    .prepare<[], { platform_id: number; name: string; sale_month: number; reported: number }>(
      `SELECT c.platform_id, p.name, c.sale_month, MIN(c.reported) AS reported FROM (
         SELECT r.platform_id, r.month AS sale_month, COALESCE(b.reporting_from / 100, ${IMPORT_MONTH}) AS reported
         FROM rollup_month_platform r JOIN import_batch b ON b.id = r.import_id
         WHERE r.basis = 'sale' AND (b.reporting_from IS NULL OR b.reporting_from / 100 = b.reporting_to / 100)
         UNION ALL
         SELECT f.platform_id, f.sale_month, COALESCE(f.reporting_month, ${IMPORT_MONTH}) AS reported
         FROM import_batch b CROSS JOIN statement_line f ON f.import_id = b.id
         WHERE b.reporting_from / 100 <> b.reporting_to / 100
       ) c JOIN platform p ON p.id = c.platform_id
       GROUP BY c.platform_id, c.sale_month ORDER BY p.name COLLATE NOCASE, c.platform_id, c.sale_month`,
    )
    .all();
  const platforms = new Map<number, PlatformReports>();
  for (const row of rows) {
    const platform = platforms.get(row.platform_id) ?? { platformId: row.platform_id, name: row.name, months: [] };
    platform.months.push({ month: monthIndexOfYyyymm(row.sale_month), firstReported: monthIndexOfYyyymm(row.reported) });
    platforms.set(row.platform_id, platform);
  }
  return [...platforms.values()];
}

/**
 * The platform × sale month grid: which months have lines, which are missing, late or not due
 * yet, each platform judged by its own usual reporting lag.
 */
export function dataCompleteness(db: Database.Database, request: CompletenessRequest, today: Date): Completeness {
  const asOf = request.asOf ? monthIndex(request.asOf) : monthIndexOfDay(dayNumberFromDate(today));
  const platforms = reportedMonths(db);
  const dataMonths = platforms.flatMap((p) => p.months.map((m) => m.month));
  const { window, allTime } = resolveAnalysisWindow(db, request.timeRange, 'sale', today);
  // All time runs on to the as-of month, so months still to come show as late or not due.
  const from = allTime ? Math.min(asOf, ...dataMonths) : window ? monthIndexOfDay(window.from) : asOf;
  const to = allTime ? Math.max(asOf, ...dataMonths) : window ? monthIndexOfDay(window.to) : asOf - 1;
  const grid = completenessGrid(
    platforms.map((p): PlatformMonths => ({ key: String(p.platformId), months: p.months })),
    { from, to, asOf },
  );
  const summary: Record<CellState, number> = { present: 0, missing: 0, late: 0, notDue: 0, beforeFirst: 0 };
  return {
    asOf: monthText(asOf),
    months: monthsFrom(from, to).map(monthText),
    platforms: grid.map((row, i) => {
      row.cells.forEach((c) => (summary[c.state] += 1));
      return {
        platformId: platforms[i]!.platformId,
        name: platforms[i]!.name,
        firstMonth: row.firstMonth === null ? null : monthText(row.firstMonth),
        lagMonths: row.lagMonths,
        dueAfterMonths: row.dueAfterMonths,
        cells: row.cells.map((c) => ({ month: monthText(c.month), state: c.state, lagMonths: c.lagMonths })),
      };
    }),
    summary,
  };
}
