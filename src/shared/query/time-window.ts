import { addDays, dayNumberFromDate, daysInMonth, formatDayNumber, toDayNumber } from '../period/sale-period';
import type { Comparison, RelativeTimeRange, TimeRange } from './query-spec';

export interface DayWindow {
  from: number;
  to: number;
}

/** Resolves a time range against "today" and the span of the data (for `all` and `latestData`). */
export function resolveTimeRange(range: TimeRange, today: Date, dataSpan: DayWindow | null): DayWindow | null {
  if (range.kind === 'absolute') {
    return { from: Number(range.from.replaceAll('-', '')), to: Number(range.to.replaceAll('-', '')) };
  }
  if (range.kind === 'relative') return relativeWindow(range, today, dataSpan);
  const end = dayNumberFromDate(today);
  switch (range.preset) {
    case 'last7d':
      return { from: addDays(end, -6), to: end };
    case 'last30d':
      return { from: addDays(end, -29), to: end };
    case 'last90d':
      return { from: addDays(end, -89), to: end };
    case 'last12m': {
      const y = Math.floor(end / 10000);
      const m = Math.floor(end / 100) % 100;
      return { from: toDayNumber(m === 12 ? y : y - 1, (m % 12) + 1, 1), to: end };
    }
    case 'ytd':
      return { from: toDayNumber(Math.floor(end / 10000), 1, 1), to: end };
    case 'all':
      return dataSpan;
  }
}

const MONTHS_PER: Record<'month' | 'quarter' | 'year', number> = { month: 1, quarter: 3, year: 12 };

/** Null when anchored on data and there is none. */
function relativeWindow(range: RelativeTimeRange, today: Date, dataSpan: DayWindow | null): DayWindow | null {
  const anchor = range.anchor ?? 'today';
  const reference = anchor === 'latestData' ? dataSpan?.to : dayNumberFromDate(today);
  if (reference === undefined) return null;
  const includeCurrent = range.includeCurrent ?? anchor === 'latestData';
  const skip = includeCurrent ? 0 : 1;
  switch (range.unit) {
    case 'day': {
      const to = addDays(reference, -skip);
      return { from: addDays(to, 1 - range.last), to };
    }
    case 'week': {
      const lastMonday = addDays(isoWeekStart(reference), -7 * skip);
      return { from: addDays(lastMonday, -7 * (range.last - 1)), to: addDays(lastMonday, 6) };
    }
    default: {
      const size = MONTHS_PER[range.unit];
      const current = monthIndex(reference) - (monthIndex(reference) % size);
      const lastUnit = current - size * skip;
      let to = lastUnit + size - 1;
      // Counted back from the data, the quarter or year holding it ends with it ("year to date"):
      // the months after the latest statement are empty, and would weigh against a whole earlier one.
      if (anchor === 'latestData') to = Math.min(to, monthIndex(reference));
      return { from: firstDayOfMonthIndex(lastUnit - size * (range.last - 1)), to: lastDayOfMonthIndex(to) };
    }
  }
}

export type ComparisonCalendar = 'days' | 'weeks' | 'months';

/**
 * How a range's earlier window is counted: in weeks for whole weeks; in months for ranges counted
 * in months ("last 12 months" ending today is 11 months and the days of this one, and compares
 * with the same days 12 months earlier, not with as many days before it); otherwise in days.
 */
export function comparisonCalendar(range: TimeRange): ComparisonCalendar {
  if (range.kind === 'relative') return range.unit === 'week' ? 'weeks' : range.unit === 'day' ? 'days' : 'months';
  return range.kind === 'preset' && (range.preset === 'last12m' || range.preset === 'ytd') ? 'months' : 'days';
}

/**
 * The window a comparison is made against. A window of whole months compares with whole months
 * (June with May, not with the 30 days before June); a window counted in months but cut short
 * (1 Dec – 22 Nov) with the same days as many months back (1 Dec – 22 Nov a year earlier); a
 * window of whole weeks, when the caller says it is one, with whole weeks (52 of them back for
 * last year, so Mondays stay Mondays).
 */
export function comparisonWindow(window: DayWindow, comparison: Comparison, calendar: ComparisonCalendar = 'days'): DayWindow {
  const months = monthIndex(window.to) - monthIndex(window.from) + 1;
  const shift = comparison === 'samePeriodLastYear' ? 12 : months;
  if (isWholeMonths(window)) {
    return { from: firstDayOfMonthIndex(monthIndex(window.from) - shift), to: lastDayOfMonthIndex(monthIndex(window.to) - shift) };
  }
  if (calendar === 'months') return { from: monthsEarlier(window.from, shift), to: monthsEarlier(window.to, shift) };
  if (comparison === 'samePeriodLastYear') {
    if (calendar === 'weeks') return { from: addDays(window.from, -364), to: addDays(window.to, -364) };
    return { from: clampDay(window.from - 10000), to: clampDay(window.to - 10000) };
  }
  const length = daysIn(window);
  return { from: addDays(window.from, -length), to: addDays(window.from, -1) };
}

/** A window the months of a rollup bound exactly: from a month's first day to a month's last. */
export function isWholeMonths(window: DayWindow): boolean {
  return window.from % 100 === 1 && window.to % 100 === daysInMonth(Math.floor(window.to / 10000), Math.floor(window.to / 100) % 100);
}

export function daysIn(window: DayWindow): number {
  return Math.round((Date.UTC(...ymd(window.to)) - Date.UTC(...ymd(window.from))) / 86_400_000) + 1;
}

/** The Monday of the ISO week a day falls in. */
export function isoWeekStart(day: number): number {
  const weekday = (new Date(Date.UTC(...ymd(day))).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Months counted from year 0, so month arithmetic is integer arithmetic. */
export function monthIndex(day: number): number {
  return Math.floor(day / 10000) * 12 + (Math.floor(day / 100) % 100) - 1;
}

export function firstDayOfMonthIndex(index: number): number {
  return toDayNumber(Math.floor(index / 12), (index % 12) + 1, 1);
}

function lastDayOfMonthIndex(index: number): number {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toDayNumber(year, month, daysInMonth(year, month));
}

/** The same day of the month `months` earlier, or that month's last day when it is shorter. */
function monthsEarlier(day: number, months: number): number {
  const index = monthIndex(day) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toDayNumber(year, month, Math.min(day % 100, daysInMonth(year, month)));
}

function ymd(day: number): [number, number, number] {
  return [Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100];
}

/** 29 February minus a year is 28 February. */
function clampDay(day: number): number {
  return day % 10000 === 229 ? day - 1 : day;
}

export function windowToIso(window: DayWindow): { from: string; to: string } {
  return { from: formatDayNumber(window.from), to: formatDayNumber(window.to) };
}
