import { calendarMonthOfAppleFiscal } from '../../../shared/period/apple-fiscal-month';
import { formatDayNumber, type DateOrder, type DayRange } from '../../../shared/period/sale-period';
import { readPeriod } from '../field-readers';
import { cell, type HeaderColumns } from '../header-columns';
import { normaliseIsrc } from '../identifiers';
import { LineRejection } from '../statement-line';

/**
 * Cell readers the three Apple layouts (Apple Music streaming detail, the financial report and the
 * legacy iTunes sales report) share.
 */

/** [extra key, header name]: columns kept as printed besides the earned amount. */
export type KeptSpec = readonly (readonly [string, string])[];
type KeptColumns = readonly (readonly [string, number])[];

export function keptColumns(columns: HeaderColumns, spec: KeptSpec): KeptColumns {
  return spec.map(([key, name]) => [key, columns.find(name)] as const).filter(([, index]) => index >= 0);
}

/** Blank cells are left out, so a line's extra holds only what the statement said. */
export function keptExtra(fields: string[], kept: KeptColumns): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const [key, index] of kept) {
    const value = cell(fields, index);
    if (value !== '') extra[key] = value;
  }
  return extra;
}

/**
 * The recording's ISRC. Apple leaves the ISRC column blank on some lines while its "Vendor
 * Identifier" is the ISRC in lower case; a vendor id that cannot be an ISRC (a label's own
 * catalogue code) is never taken for one.
 */
export function appleIsrc(isrcText: string, vendorIdentifier: string): string | null {
  if (isrcText !== '') return isrcText;
  return normaliseIsrc(vendorIdentifier) === null ? null : vendorIdentifier;
}

/** The days from the first day of `startText` to the last day of `endText`. */
export function readDaySpan(startText: string, startColumn: string, endText: string, endColumn: string, order?: DateOrder): DayRange {
  if (startText === '') throw new LineRejection(`column "${startColumn}" is empty`);
  if (endText === '') throw new LineRejection(`column "${endColumn}" is empty`);
  const start = readPeriod(startText, startColumn, order).start;
  const end = readPeriod(endText, endColumn, order).end;
  if (end < start) throw new LineRejection(`column "${endColumn}": "${endText}" is before ${startColumn} "${startText}"`);
  return { start, end };
}

/**
 * A line's sale period from the span Apple printed. A fiscal month counts as the calendar month it
 * is named for, so months, FX rates and reports by period end land where the label expects them
 * and consecutive reports meet without overlapping; the printed span is kept in `extra` as
 * `apple_period`. Any other span is the sale period as printed.
 */
export function appleSalePeriod(printed: DayRange, extra: Record<string, string>): DayRange {
  const month = calendarMonthOfAppleFiscal(printed);
  if (month === null) return printed;
  extra.apple_period = `${formatDayNumber(printed.start)} – ${formatDayNumber(printed.end)}`;
  return month;
}

/** Makes a return's figure negative; one Apple already printed negative stays as it is. */
export function asReturn<T extends bigint | number>(value: T): T {
  return (value > 0 ? -value : value) as T;
}
