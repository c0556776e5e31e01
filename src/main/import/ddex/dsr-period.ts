import { addDays, daysInMonth, plausibleYear, toDayNumber, type DayRange } from '../../../shared/period/sale-period';

/**
 * DSR periods. HEAD gives UsageStartDate/UsageEndDate as `YYYY[-MM[-DD]]` (a bare month or year
 * means all of it); file names use the notification-period syntaxes `2015`, `2015-02`,
 * `2015-02-14`, `2015-Q4`, `2015-W07` (ISO week, Monday first) and `2015-02-01--2015-02-14`.
 * A year no statement dates anything in (plausibleYear) is no date.
 */

function validMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** A `YYYY[-MM[-DD]]` date as the day range it names, or null when it is not one. */
export function readDsrDate(text: string): DayRange | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (!plausibleYear(year)) return null;
  if (m[2] === undefined) return { start: toDayNumber(year, 1, 1), end: toDayNumber(year, 12, 31) };
  const month = Number(m[2]);
  if (!validMonth(month)) return null;
  if (m[3] === undefined) return { start: toDayNumber(year, month, 1), end: toDayNumber(year, month, daysInMonth(year, month)) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const d = toDayNumber(year, month, day);
  return { start: d, end: d };
}

/** The Monday-to-Sunday range of ISO week `week` of `year` (week 1 holds 4 January). */
function isoWeek(year: number, week: number): DayRange | null {
  if (week < 1 || week > 53 || !plausibleYear(year)) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = addDays(toDayNumber(year, 1, 4), -((jan4.getUTCDay() + 6) % 7));
  const start = addDays(mondayOfWeek1, (week - 1) * 7);
  return { start, end: addDays(start, 6) };
}

/** A file name's MessageNotificationPeriod, or null when it is none of the DSR syntaxes. */
export function readDsrPeriod(text: string): DayRange | null {
  const s = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-Q([1-4])$/i.exec(s))) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    const year = Number(m[1]);
    if (!plausibleYear(year)) return null;
    return { start: toDayNumber(year, first, 1), end: toDayNumber(year, first + 2, daysInMonth(year, first + 2)) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/i.exec(s))) return isoWeek(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4}-\d{2}-\d{2})--(\d{4}-\d{2}-\d{2})$/.exec(s))) {
    const from = readDsrDate(m[1]!);
    const to = readDsrDate(m[2]!);
    return from && to && from.start <= to.end ? { start: from.start, end: to.end } : null;
  }
  return readDsrDate(s);
}

/** The day of a `YYYY-MM-DDThh:mm:ss…` timestamp or a file name's `YYYYMMDDThhmmss`, as printed (no zone shift). */
export function readDsrTimestampDay(text: string): number | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T|$)/.exec(text.trim());
  if (!m) return null;
  const day = readDsrDate(`${m[1]}-${m[2]}-${m[3]}`);
  return day ? day.start : null;
}
