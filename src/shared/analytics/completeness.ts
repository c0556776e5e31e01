import { median } from './median';
import { monthsFrom, type MonthIndex } from './months';

/**
 * present: the platform has lines for the sale month. missing: none, although a later month of
 * the same platform has some (a statement never imported, or a month without sales). late: none,
 * nothing later either, and the month the platform usually reports it by is over. notDue: none
 * yet, and by the platform's usual lag none is expected yet. beforeFirst: before the platform's
 * first month in the store.
 */
export type CellState = 'present' | 'missing' | 'late' | 'notDue' | 'beforeFirst';

export interface ReportedMonth {
  /** The sale month. */
  month: MonthIndex;
  /** The first month a statement reported it in (its reporting month, or the import's month when it prints none). */
  firstReported: MonthIndex;
}

export interface PlatformMonths {
  key: string;
  /** Every sale month the platform has lines for, in any order. */
  months: readonly ReportedMonth[];
}

export interface CompletenessCell {
  month: MonthIndex;
  state: CellState;
  /** For a present cell: months from the sale month to its first report. */
  lagMonths: number | null;
}

export interface PlatformCompleteness {
  key: string;
  firstMonth: MonthIndex | null;
  /** The platform's usual reporting lag: the median over its sale months, in months. */
  lagMonths: number | null;
  /** The lag a month is judged by: the median rounded up, so a late verdict is never premature. */
  dueAfterMonths: number;
  cells: CompletenessCell[];
}

const lagOf = (m: ReportedMonth) => Math.max(0, m.firstReported - m.month);

/** Median months between a sale month and its first report; a report dated before the sale counts as no lag. */
export function reportingLag(months: readonly ReportedMonth[]): number | null {
  return median(months.map(lagOf));
}

/**
 * Which platform × sale month cells from `from` to `to` have data, judged as of the month `asOf`:
 * a month is due once `dueAfterMonths` months after it have passed entirely (sales of January with a
 * one-month lag are due by the end of February, so late from March on).
 */
export function completenessGrid(
  platforms: readonly PlatformMonths[],
  range: { from: MonthIndex; to: MonthIndex; asOf: MonthIndex },
): PlatformCompleteness[] {
  const months = monthsFrom(range.from, range.to);
  return platforms.map((platform) => {
    const byMonth = new Map(platform.months.map((m) => [m.month, m]));
    const first = platform.months.length ? Math.min(...byMonth.keys()) : null;
    const last = platform.months.length ? Math.max(...byMonth.keys()) : null;
    const lag = reportingLag(platform.months);
    const dueAfterMonths = lag === null ? 0 : Math.ceil(lag);
    const cells = months.map((month): CompletenessCell => {
      const reported = byMonth.get(month);
      if (reported) return { month, state: 'present', lagMonths: lagOf(reported) };
      const state: CellState =
        first === null || month < first ? 'beforeFirst'
        : month < last! ? 'missing'
        : month + dueAfterMonths < range.asOf ? 'late'
        : 'notDue';
      return { month, state, lagMonths: null };
    });
    return { key: platform.key, firstMonth: first, lagMonths: lag, dueAfterMonths, cells };
  });
}
