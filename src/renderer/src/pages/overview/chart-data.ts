import type { QueryResult } from '../../../../shared/query/query-spec';
import { moneyWithWaiting, type FigureWithWaiting, type WaitingOfRow } from '../../../../shared/query/unconverted-members';
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
  /** The revenue as read when lines of the month wait for an FX rate; absent when none does. */
  waiting?: FigureWithWaiting;
}

/** The revenue as read, only when lines wait for a rate: bare figures are formatted where shown. */
function waitingFigure(result: QueryResult, row: QueryResult['rows'][number] | undefined, revenueText: string, waiting: WaitingOfRow | null): { waiting?: FigureWithWaiting } {
  const lines = row && waiting ? waiting(result, row) : null;
  return lines ? { waiting: moneyWithWaiting(revenueText, result.baseCurrency, lines) } : {};
}

/** One point per month from the first to the last month with sales; silent months are zero. */
export function revenueByMonthPoints(result: QueryResult, waiting: WaitingOfRow | null = null): MonthPoint[] {
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
      ...waitingFigure(result, row, revenueText, waiting),
    };
  });
}

export interface PlatformBar {
  platform: string;
  revenue: number;
  revenueText: string;
  quantityText: string;
  /** The revenue as read when lines of the platform wait for an FX rate; absent when none does. */
  waiting?: FigureWithWaiting;
}

/** Bars in the order the engine ranked them (highest revenue first). */
export function revenueByPlatformBars(result: QueryResult, waiting: WaitingOfRow | null = null): PlatformBar[] {
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
      ...waitingFigure(result, row, revenueText, waiting),
    };
  });
}
