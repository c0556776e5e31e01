import { dayNumberFromDate, formatDayNumber } from '../../shared/period/sale-period';

/**
 * A statement dated after this month is most likely a typo in its dates, and it moves every
 * window counted back from the latest statement ("Last 12 months") to its month: said on import,
 * so the user can undo it before the dashboards mislead. Months, not days: this month's
 * statement ends on its last day, and a period printed as a month reports on it.
 */
export function futureDateWarnings(latest: { saleTo: number | null; reportingTo: number | null }, today: Date): string[] {
  const now = dayNumberFromDate(today);
  const month = (day: number) => Math.floor(day / 100);
  const dates = [
    { day: latest.saleTo, what: 'sold' },
    { day: latest.reportingTo, what: 'reported' },
  ].filter((date): date is { day: number; what: string } => date.day !== null && month(date.day) > month(now));
  return dates.map(
    ({ day, what }) =>
      `Some lines are ${what} as late as ${formatDayNumber(day)}, after today (${formatDayNumber(now)}): check the file's dates. Windows counted back from the latest statement now end in that month.`,
  );
}
