/**
 * Statement periods. Every line carries a sale (activity) period and a reporting period; both are
 * kept as inclusive day ranges encoded as yyyymmdd integers, which sort and compare as dates.
 */

export interface DayRange {
  /** yyyymmdd */
  start: number;
  /** yyyymmdd, inclusive */
  end: number;
}

export class PeriodSyntaxError extends Error {}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toDayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/**
 * The years a statement may date a sale or a report in: every reader of dates keeps to them.
 * Beyond them a date is a slip (3025 for 2025), and the rollups' month keys are not made for it
 * (they hold until the year 2730).
 */
export function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2200;
}

function validDay(year: number, month: number, day: number): boolean {
  return plausibleYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function dayRange(year: number, month: number, day: number, text: string): DayRange {
  if (!validDay(year, month, day)) throw new PeriodSyntaxError(`"${text}" is not a valid date`);
  const d = toDayNumber(year, month, day);
  return { start: d, end: d };
}

function monthRange(year: number, month: number, text: string): DayRange {
  if (!validDay(year, month, 1)) throw new PeriodSyntaxError(`"${text}" is not a valid month`);
  return { start: toDayNumber(year, month, 1), end: toDayNumber(year, month, daysInMonth(year, month)) };
}

function quarterRange(year: number, quarter: number, text: string): DayRange {
  if (quarter < 1 || quarter > 4) throw new PeriodSyntaxError(`"${text}" is not a valid quarter`);
  const first = (quarter - 1) * 3 + 1;
  return { start: monthRange(year, first, text).start, end: monthRange(year, first + 2, text).end };
}

function fullYear(yy: string): number {
  const n = Number(yy);
  return yy.length === 4 ? n : n < 70 ? 2000 + n : 1900 + n;
}

/** How numeric dates such as `03/04/2025` are ordered: month first (US) or day first. */
export type DateOrder = 'mdy' | 'dmy';

/**
 * Parses the period spellings found in statements: `2024-03-15`, `2024-03`, `3/15/2024 12:00:00 AM`,
 * `3/15/24 4:05pm`, `JUN-25`, `June 2025`, `2017M10`, `2022Q3`, `2Q2025`, `2024_3`, `20240315`,
 * `15.03.2024`. Slash dates are read month-first (US), unless the first number cannot be a month;
 * in a file known to write them day first (`dmy`), day-first, and one that cannot be is refused.
 */
export function parsePeriod(raw: string, order: DateOrder = 'mdy'): DayRange {
  const text = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text))) return dayRange(+m[1]!, +m[2]!, +m[3]!, text);
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(text))) return monthRange(+m[1]!, +m[2]!, text);
  if ((m = /^(\d{4})_(\d{1,2})$/.exec(text))) return monthRange(+m[1]!, +m[2]!, text);
  if ((m = /^(\d{4})M(\d{1,2})$/i.exec(text))) return monthRange(+m[1]!, +m[2]!, text);
  if ((m = /^(\d{4})\s*-?Q([1-4])$/i.exec(text))) return quarterRange(+m[1]!, +m[2]!, text);
  if ((m = /^Q?([1-4])Q?[\s-]?(\d{4})$/i.exec(text)) && /q/i.test(text)) return quarterRange(+m[2]!, +m[1]!, text);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) return dayRange(+m[1]!, +m[2]!, +m[3]!, text);
  if ((m = /^(\d{4})(\d{2})$/.exec(text))) return monthRange(+m[1]!, +m[2]!, text);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm]?)?)?$/.exec(text))) {
    if (order === 'dmy') {
      if (+m[2]! > 12) throw new PeriodSyntaxError(`"${text}" is not a day/month/year date, as the file's other dates are`);
      return dayRange(fullYear(m[3]!), +m[2]!, +m[1]!, text);
    }
    let month = +m[1]!;
    let day = +m[2]!;
    if (month > 12 && day <= 12) [month, day] = [day, month];
    return dayRange(fullYear(m[3]!), month, day, text);
  }
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) return dayRange(+m[3]!, +m[2]!, +m[1]!, text);
  if ((m = /^([A-Za-z]{3,9})[-\s.,]+(\d{2}|\d{4})$/.exec(text))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return monthRange(fullYear(m[2]!), month, text);
  }
  if ((m = /^(\d{1,2})[-\s]([A-Za-z]{3,9})[-\s](\d{2}|\d{4})$/.exec(text))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return dayRange(fullYear(m[3]!), month, +m[1]!, text);
  }
  throw new PeriodSyntaxError(text === '' ? 'empty period' : `"${text}" is not a period this app can read`);
}

export function formatDayNumber(day: number): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function dayNumberFromDate(date: Date): number {
  return toDayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function dateFromDayNumber(day: number): Date {
  return new Date(Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100));
}

export function addDays(day: number, days: number): number {
  const d = dateFromDayNumber(day);
  d.setUTCDate(d.getUTCDate() + days);
  return dayNumberFromDate(d);
}

export function daysBetween(from: number, to: number): number {
  return Math.round((dateFromDayNumber(to).getTime() - dateFromDayNumber(from).getTime()) / 86_400_000);
}
