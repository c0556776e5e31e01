import { formatDayNumber, toDayNumber } from '../../shared/period/sale-period';

/**
 * Months as one integer (year × 12 + month − 1) so the generator can step and compare them with
 * plain arithmetic; days stay yyyymmdd like everywhere else in the app.
 */
export type MonthIndex = number;

const MONTH_TEXT = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(text: string): MonthIndex {
  const m = MONTH_TEXT.exec(text);
  if (!m) throw new Error(`"${text}" is not a month (expected YYYY-MM)`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function yearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** 1..12 */
export function calendarMonthOf(month: MonthIndex): number {
  return (month % 12) + 1;
}

export function monthText(month: MonthIndex): string {
  return `${yearOf(month)}-${String(calendarMonthOf(month)).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Plain arithmetic rather than Date objects: the generator asks this hundreds of thousands of times. */
export function daysIn(month: MonthIndex): number {
  const m = calendarMonthOf(month);
  const y = yearOf(month);
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

export function dayOf(month: MonthIndex, day: number): number {
  return toDayNumber(yearOf(month), calendarMonthOf(month), day);
}

export function monthOfDay(day: number): MonthIndex {
  return Math.floor(day / 10000) * 12 + (Math.floor(day / 100) % 100) - 1;
}

export function dayText(day: number): string {
  return formatDayNumber(day);
}

/** 0 = Sunday … 6 = Saturday, by Sakamoto's method (again no Date objects in the hot path). */
export function weekdayOf(day: number): number {
  const month = Math.floor(day / 100) % 100;
  const year = Math.floor(day / 10000) - (month < 3 ? 1 : 0);
  const y = year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400);
  return (y + SAKAMOTO[month - 1]! + (day % 100)) % 7;
}

/**
 * The last complete sale month as the user sees the calendar: the month before today's month.
 * Local time on purpose, since "last month" means the month on the user's own calendar.
 */
export function demoEndMonth(today: Date): string {
  return monthText(today.getFullYear() * 12 + today.getMonth() - 1);
}
