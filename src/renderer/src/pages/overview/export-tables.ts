import type { QuerySpecInput } from '../../../../shared/query/query-spec';
import { isoDay } from '../../format/calendar-text';
import { revenueByMonthSpec, revenueByPlatformSpec, topRecordingsSpec, type OverviewScope } from './overview-specs';

export interface ExportTable {
  id: string;
  label: string;
  spec: QuerySpecInput;
}

/** The Overview's tables as exports: every row of the chosen window, not just the top ten on screen. */
export function overviewExportTables(scope: OverviewScope): ExportTable[] {
  return [
    { id: 'revenue-by-month', label: 'Revenue by month', spec: revenueByMonthSpec(scope) },
    { id: 'revenue-by-platform', label: 'Revenue by platform', spec: revenueByPlatformSpec(scope) },
    { id: 'top-recordings', label: 'Top recordings', spec: topRecordingsSpec(scope) },
  ];
}

/** "overview-revenue-by-month-2026-11-21.csv": says what it is and sorts by day in a folder. */
export function defaultExportFileName(tableId: string, today: Date): string {
  return `overview-${tableId}-${isoDay(today)}.csv`;
}
