import type { ExportChoice } from '../../components/ExportDialog';
import { withLinesNotConverted } from '../../../../shared/query/unconverted-lines';
import { isoDay } from '../../format/calendar-text';
import { revenueByMonthSpec, revenueByPlatformSpec, topRecordingsSpec, type OverviewScope } from './overview-specs';

/**
 * The Overview's tables as exports: every row of the chosen window, not just the top ten on screen,
 * and while some line of the store waits for an FX rate, how many each row leaves out.
 */
export function overviewExportTables(scope: OverviewScope, linesWait = false): ExportChoice[] {
  const tables = [
    { id: 'revenue-by-month', label: 'Revenue by month', spec: revenueByMonthSpec(scope), holds: 'Every month with sales in the time range on screen.' },
    {
      id: 'revenue-by-platform',
      label: 'Revenue by platform',
      spec: revenueByPlatformSpec(scope),
      holds: 'Every platform for the time range on screen, not only the top ten.',
    },
    {
      id: 'top-recordings',
      label: 'Top recordings',
      spec: topRecordingsSpec(scope),
      holds: 'Every recording for the time range on screen, not only the top ten; sales that name no recording are left out, as in the list.',
    },
  ];
  return linesWait ? tables.map((table) => ({ ...table, spec: withLinesNotConverted(table.spec) })) : tables;
}

/** "overview-revenue-by-month-2026-11-21.csv": says what it is and sorts by day in a folder. */
export function defaultExportFileName(tableId: string, today: Date): string {
  return `overview-${tableId}-${isoDay(today)}.csv`;
}
