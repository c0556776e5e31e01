import { daysInMonth, toDayNumber, type DateOrder, type DayRange } from '../../../shared/period/sale-period';
import { readPeriod } from '../field-readers';
import { HeaderColumns, cell } from '../header-columns';
import { LineRejection } from '../statement-line';

/**
 * Small pieces the label-distributor formats (CD Baby, Symphonic, The Orchard, Believe, Kontor,
 * Beatport, Too Lost, TuneCore Japan) share, so each format file holds only what is its own.
 */

/** A header whose names are NFC-normalised: a file saved on macOS may spell "é" or "デ" decomposed. */
export function columnsOf(header: string[]): HeaderColumns {
  return new HeaderColumns(header.map((name) => name.normalize('NFC')));
}

/** Share of fingerprint groups present; a group is met by any one of its spellings. */
export function groupCoverage(columns: HeaderColumns, groups: readonly (readonly string[])[]): number {
  return groups.filter((spellings) => columns.has(...spellings)).length / groups.length;
}

/** [extra key, ...header spellings]: the columns kept as printed besides the earned amount. */
export type KeptSpec = readonly (readonly [string, ...string[]])[];
export type KeptColumns = readonly (readonly [string, number])[];

export function keptColumns(columns: HeaderColumns, spec: KeptSpec): KeptColumns {
  return spec
    .map(([key, ...names]) => [key, columns.find(...names)] as const)
    .filter(([, index]) => index >= 0);
}

export function keptExtra(fields: string[], kept: KeptColumns): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const [key, index] of kept) {
    const value = cell(fields, index);
    if (value !== '') extra[key] = value;
  }
  return extra;
}

/** Every spelling a spec lists, for FormatMatch.unknownColumns. */
export function knownNames(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** Spellings readPeriod does not take: `2024/03/01` (Believe), `03/2024`, `2025年6月` (TuneCore Japan). */
function periodText(text: string): string {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s.*)?$/.exec(t))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(t))) return `${m[2]}-${m[1]}`;
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/.exec(t))) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  return t;
}

/** A day or a period as printed, in any spelling the formats above use. */
export function readAnyPeriod(text: string, column: string, order?: DateOrder): DayRange {
  const rewritten = periodText(text);
  try {
    return readPeriod(rewritten, column, order);
  } catch (error) {
    // The message must quote the cell as the file prints it, not our rewriting of it.
    if (!(error instanceof LineRejection) || rewritten === text.trim()) throw error;
    throw new LineRejection(`column "${column}": "${text.trim()}" is not a valid date or month`);
  }
}

/**
 * The whole month(s) a printed date or month falls in. Sale months are printed as a day by some
 * (CD Baby's month-end `Sales Date`, Believe's `2024/03/01`); the sale still covers the month.
 */
export function readMonth(text: string, column: string, order?: DateOrder): DayRange {
  const { start, end } = readAnyPeriod(text, column, order);
  const endYear = Math.floor(end / 10000);
  const endMonth = Math.floor(end / 100) % 100;
  return {
    start: Math.floor(start / 100) * 100 + 1,
    end: toDayNumber(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

/** First day of the reporting period, or null when the column is blank. */
export function readReportingDay(text: string, column: string, order?: DateOrder): number | null {
  return text === '' ? null : readAnyPeriod(text, column, order).start;
}

/** Returns, refunds and voids are printed positive by some stores: make them negative, never twice. */
export function negativeUnlessAlready<T extends bigint | number>(value: T): T {
  return (value > 0 ? -value : value) as T;
}

/**
 * A UPC/EAN cell, without Excel's `="0123"` and `'0123` guards and stray quotes. Excel's
 * `1.91774E+11` goes on as printed, the cell kept beside it: the catalogue repairs it when every
 * digit survived and flags it either way (readBarcode).
 */
export function barcode(text: string, extra: Record<string, string>): string | null {
  const value = text.replace(/^="?|"$|^'/g, '').trim();
  if (value === '') return null;
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(value)) extra.upc_as_printed = text;
  return value;
}

/** The importer's sale-type word rule, shared with the mapping wizard. */
export { saleTypeFromWords } from '../../../shared/catalogue/sale-type-words';

/** Totals rows in the languages these statements come in; English ones the pipeline skips itself. */
export function isTotalsWord(text: string): boolean {
  return /^(grand )?totals?:?$|^total général$|^(gesamt|summe|gesamtsumme)$|^(合計|総計)$/i.test(text.trim());
}
