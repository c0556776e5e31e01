import type { QuerySpecInput } from '../../../../shared/query/query-spec';
import { withLinesNotConverted } from '../../../../shared/query/unconverted-lines';
import { isoDay } from '../../format/calendar-text';
import { revenueByMonthSpec, revenueByPlatformSpec, topRecordingsSpec, type OverviewScope } from './overview-specs';

export interface ExportTable {
  id: string;
  label: string;
  spec: QuerySpecInput;
}

/**
 * The Overview's tables as exports: every row of the chosen window, not just the top ten on screen,
 * and while some line of the store waits for an FX rate, how many each row leaves out.
 */
export function overviewExportTables(scope: OverviewScope, linesWait = false): ExportTable[] {
  const tables = [
    { id: 'revenue-by-month', label: 'Revenue by month', spec: revenueByMonthSpec(scope) },
    { id: 'revenue-by-platform', label: 'Revenue by platform', spec: revenueByPlatformSpec(scope) },
    { id: 'top-recordings', label: 'Top recordings', spec: topRecordingsSpec(scope) },
  ];
  return linesWait ? tables.map((table) => ({ ...table, spec: withLinesNotConverted(table.spec) })) : tables;
}

/** "overview-revenue-by-month-2026-11-21.csv": says what it is and sorts by day in a folder. */
export function defaultExportFileName(tableId: string, today: Date): string {
  return `overview-${tableId}-${isoDay(today)}.csv`;
}
