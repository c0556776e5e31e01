import type { QueryResult } from '../../../../shared/query/query-spec';
import { monthLabel, monthsBetween } from '../../format/calendar-text';
import { decimalText, dimensionColumn, labelText, requireColumn } from '../../query/result-cells';

/**
 * Query results shaped for charts. `revenue`/`streams` numbers position marks on screen only;
 * anything a person reads (tooltips, tables) uses the exact `…Text` next to them.
 */

export interface MonthPoint {
  month: string;
  label: string;
  revenue: number;
  revenueText: string;
  streams: number;
  streamsText: string;
}

/** One point per month from the first to the last month with sales; silent months are zero. */
export function revenueByMonthPoints(result: QueryResult): MonthPoint[] {
  const month = requireColumn(result, 'month');
  const revenue = requireColumn(result, 'revenue');
  const streams = requireColumn(result, 'streams');
  const byMonth = new Map(result.rows.map((row) => [String(row[month]), row]));
  const present = [...byMonth.keys()].sort();
  if (present.length === 0) return [];
  return monthsBetween(present[0]!, present[present.length - 1]!).map((key) => {
    const row = byMonth.get(key);
    const revenueText = row ? decimalText(row[revenue]) : '0';
    const streamsText = row ? decimalText(row[streams]) : '0';
    return {
      month: key,
      label: monthLabel(key),
      revenue: Number(revenueText),
      revenueText,
      streams: Number(streamsText),
      streamsText,
    };
  });
}

export interface PlatformBar {
  platform: string;
  revenue: number;
  revenueText: string;
  quantityText: string;
}

/** Bars in the order the engine ranked them (highest revenue first). */
export function revenueByPlatformBars(result: QueryResult): PlatformBar[] {
  const platform = dimensionColumn(result, 'platform');
  const revenue = requireColumn(result, 'revenue');
  const quantity = requireColumn(result, 'quantity');
  return result.rows.map((row) => {
    const revenueText = decimalText(row[revenue]);
    return {
      platform: labelText(row[platform]),
      revenue: Number(revenueText),
      revenueText,
      quantityText: decimalText(row[quantity]),
    };
  });
}
