/**
 * A spreadsheet cell as the text a statement line is read from, so a sheet goes through the same
 * format mappers as a CSV. The rules follow what the file actually holds:
 * - a number is a binary double and nothing more exact exists, so it becomes the shortest text
 *   that reads back as the same double (String(n)): 0.1 stays `0.1`, never `0.1000000000000000055`.
 *   A fraction whose shortest text needs more than 15 significant digits is float noise left by a
 *   calculation (0.1 + 0.2 is stored as `0.30000000000000004`): Excel keeps, shows and exports 15
 *   significant digits, so that is what it is read as (`0.3`). Every number of 15 digits or fewer,
 *   and every whole number, reads exactly as String(n);
 * - a date is a day (YYYY-MM-DD): statements carry sale and posting days, and the time of day a
 *   date-time cell may add is no part of a sale period; a time-only cell becomes `HH:MM:SS`;
 * - a formula is its cached result, as Excel last computed it; the formula itself is not evaluated;
 * - rich text is its runs' text, an error cell its code (`#N/A`);
 * - text stays text, even `=HYPERLINK("…")` typed into a cell that was never made a formula.
 */

export type SheetCellValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText: { text: string }[] }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { error: string }
  | { text: unknown; hyperlink: string }
  | Record<string, unknown>;

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Significant digits Excel stores, calculates and displays a number with. */
const EXCEL_DIGITS = 15;

function bareFormat(format: string): string {
  return format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/** Excel format codes are dates or times when they use y, m, d, h or s outside quotes, brackets and escapes. */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[ymdhs]/i.test(bareFormat(format));
}

/** `h:mm`, `[h]:mm:ss`: a time of day or a duration, with no day to speak of. */
function isTimeOnly(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = bareFormat(format);
  return !/[yd]/i.test(bare) && /[hs]/i.test(bare);
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayText(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function timeText(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** An Excel serial day number (days since 1899-12-30, or since 1904-01-01 in Mac workbooks). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.round((serial + (date1904 ? 1462 : 0)) * DAY_MS));
}

function dateCellText(date: Date, format: string | undefined): string {
  if (Number.isNaN(date.getTime())) return '';
  return isTimeOnly(format) ? timeText(date) : dayText(date);
}

function numberText(value: number, format: string | undefined, date1904: boolean): string {
  // A formula whose cached result is an error reaches here as NaN; its code is lost on the way.
  if (Number.isNaN(value)) return '#ERROR';
  if (isDateFormat(format)) return dateCellText(serialToDate(value, date1904), format);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(EXCEL_DIGITS)));
}

export function cellText(value: SheetCellValue, format: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, format, date1904);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateCellText(value, format);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula never calculated (written by a script, not by Excel) has no result to read.
    return 'result' in value ? cellText(value.result as SheetCellValue, format, date1904) : '';
  }
  if ('error' in value && typeof value.error === 'string') return value.error;
  if ('hyperlink' in value) return cellText(value.text as SheetCellValue, format, date1904);
  return '';
}
