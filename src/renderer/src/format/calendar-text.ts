const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthName(month: string): string {
  const name = MONTHS[Number(month) - 1];
  if (!name) throw new RangeError(`"${month}" is not a month number`);
  return name;
}

/** "2026-03" → "Mar 2026". */
export function monthLabel(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${monthName(month ?? '')} ${year}`;
}

/** "2026-03-05" → "5 Mar 2026": day first and the month spelled out, so no reader misreads it. */
export function dayLabel(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${Number(day)} ${monthName(month ?? '')} ${year}`;
}

/** "5 Mar 2026 – 4 Apr 2026", shortened when both ends share a year. */
export function rangeLabel(range: { from: string; to: string }): string {
  const from = dayLabel(range.from);
  const to = dayLabel(range.to);
  if (range.from.slice(0, 4) === range.to.slice(0, 4)) return `${from.slice(0, -5)} – ${to}`;
  return `${from} – ${to}`;
}

/** The months from one "YYYY-MM" to another, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A local calendar day as "YYYY-MM-DD", for file names people sort by. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function isFirstOfMonth(isoDay: string): boolean {
  return isoDay.endsWith('-01');
}

function isLastOfMonth(isoDay: string): boolean {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return day === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A statement period for people: whole months read as months ("Feb 2024", "Nov 2024 – Jan 2025"),
 * anything else as days. Statements are mostly monthly, and "1 Feb – 29 Feb 2024" hides that.
 */
export function periodLabel(from: string | null, to: string | null): string | null {
  if (!from || !to) return from ? dayLabel(from) : to ? dayLabel(to) : null;
  if (from === to) return dayLabel(from);
  if (isFirstOfMonth(from) && isLastOfMonth(to)) {
    const first = monthLabel(from.slice(0, 7));
    const last = monthLabel(to.slice(0, 7));
    if (first === last) return first;
    return from.slice(0, 4) === to.slice(0, 4) ? `${first.slice(0, 3)} – ${last}` : `${first} – ${last}`;
  }
  return rangeLabel({ from, to });
}

/** An ISO timestamp as local "5 Mar 2026, 14:05", for when something happened on this computer. */
export function dateTimeLabel(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  const time = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
  return `${dayLabel(isoDay(moment))}, ${time}`;
}
