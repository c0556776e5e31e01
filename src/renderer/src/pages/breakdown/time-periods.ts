import type { Dimension } from '../../../../shared/query/query-spec';
import { dayLabel, monthLabel } from '../../format/calendar-text';

/** A window of calendar days, both ends included, as "YYYY-MM-DD". */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday to Sunday of ISO week `week` of ISO year `year`: week 1 is the one holding 4 January. */
function isoWeekRange(year: number, week: number): DayRange {
  const fourth = Date.UTC(year, 0, 4);
  const weekday = (new Date(fourth).getUTCDay() + 6) % 7;
  const monday = fourth - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { from: iso(monday), to: iso(monday + 6 * DAY_MS) };
}

function monthsRange(year: number, firstMonth: number, lastMonth: number): DayRange {
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

/** The days a period of a time dimension covers, as the engine names it ("2024", "2024-Q2", "2024-03", "2024-W05", "2024-03-05"). */
export function periodDays(dimension: Dimension, key: string): DayRange | null {
  let match: RegExpExecArray | null;
  switch (dimension) {
    case 'year':
      match = /^(\d{4})$/.exec(key);
      return match ? monthsRange(Number(match[1]), 1, 12) : null;
    case 'quarter':
      match = /^(\d{4})-Q([1-4])$/.exec(key);
      return match ? monthsRange(Number(match[1]), Number(match[2]) * 3 - 2, Number(match[2]) * 3) : null;
    case 'month':
      match = /^(\d{4})-(\d{2})$/.exec(key);
      return match ? monthsRange(Number(match[1]), Number(match[2]), Number(match[2])) : null;
    case 'week':
      match = /^(\d{4})-W(\d{2})$/.exec(key);
      return match ? isoWeekRange(Number(match[1]), Number(match[2])) : null;
    case 'day':
      return /^\d{4}-\d{2}-\d{2}$/.test(key) ? { from: key, to: key } : null;
    default:
      return null;
  }
}

/** "2024-03" → "Mar 2024", "2024-Q2" → "Q2 2024", "2024-W05" → "Week 5 2024 (from 29 Jan 2024)". */
export function periodText(dimension: Dimension, key: string): string {
  switch (dimension) {
    case 'month':
      return /^\d{4}-\d{2}$/.test(key) ? monthLabel(key) : key;
    case 'quarter': {
      const match = /^(\d{4})-(Q[1-4])$/.exec(key);
      return match ? `${match[2]} ${match[1]}` : key;
    }
    case 'week': {
      const days = periodDays('week', key);
      // The Monday says where the week falls; the ISO number alone means little to most people.
      return days ? `Week ${Number(key.slice(6))} ${key.slice(0, 4)} (from ${dayLabel(days.from)})` : key;
    }
    case 'day':
      return /^\d{4}-\d{2}-\d{2}$/.test(key) ? dayLabel(key) : key;
    default:
      return key;
  }
}

/** The next finer time dimension a period opens into; a day has none. */
export function finerTimeDimension(dimension: Dimension): Dimension | null {
  switch (dimension) {
    case 'year':
      return 'quarter';
    case 'quarter':
      return 'month';
    case 'month':
    case 'week':
      return 'day';
    default:
      return null;
  }
}

/** The days two windows share, or null when they do not meet. */
export function sharedDays(a: DayRange, b: DayRange): DayRange | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}
