import { addDays, dayNumberFromDate, formatDayNumber, toDayNumber } from '../period/sale-period';
import type { Comparison, TimeRange } from './query-spec';

export interface DayWindow {
  from: number;
  to: number;
}

/** Resolves a time range against "today" and the span of the data (for `all`). */
export function resolveTimeRange(range: TimeRange, today: Date, dataSpan: DayWindow | null): DayWindow | null {
  if (range.kind === 'absolute') {
    return { from: Number(range.from.replaceAll('-', '')), to: Number(range.to.replaceAll('-', '')) };
  }
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

/** The window a comparison is made against, or null when there is none (e.g. "all time"). */
export function comparisonWindow(window: DayWindow, comparison: Comparison): DayWindow {
  if (comparison === 'samePeriodLastYear') {
    return { from: clampDay(window.from - 10000), to: clampDay(window.to - 10000) };
  }
  const length = Math.round((Date.UTC(...ymd(window.to)) - Date.UTC(...ymd(window.from))) / 86_400_000) + 1;
  return { from: addDays(window.from, -length), to: addDays(window.from, -1) };
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
