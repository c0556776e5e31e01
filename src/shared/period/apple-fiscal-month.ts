import { addDays, dateFromDayNumber, daysBetween, daysInMonth, type DayRange } from './sale-period';

/**
 * Apple pays and reports by its fiscal calendar: every month is whole weeks, Sunday to Saturday,
 * each quarter a 5-week month and two 4-week ones (in a 53-week year December has five weeks
 * too), so fiscal January 2025 runs 29 Dec 2024 – 1 Feb 2025. A fiscal month starts within a
 * week of its calendar month's first day, so its middle always lies in that calendar month.
 */
const FISCAL_MONTH_DAYS = new Set([28, 35]);
const SUNDAY = 0;
const SATURDAY = 6;

function weekday(day: number): number {
  return dateFromDayNumber(day).getUTCDay();
}

/**
 * The calendar month an Apple fiscal month stands for (its first to last day): the month holding
 * the span's middle day. Null for a span that is not a fiscal month (a day, a calendar month, a
 * week), which is then kept as printed.
 */
export function calendarMonthOfAppleFiscal(span: DayRange): DayRange | null {
  const days = daysBetween(span.start, span.end) + 1;
  if (!FISCAL_MONTH_DAYS.has(days) || weekday(span.start) !== SUNDAY || weekday(span.end) !== SATURDAY) return null;
  const middle = addDays(span.start, Math.floor((days - 1) / 2));
  const month = Math.floor(middle / 100);
  const year = Math.floor(month / 100);
  return { start: month * 100 + 1, end: month * 100 + daysInMonth(year, month % 100) };
}
