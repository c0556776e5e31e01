import { formatMoney } from '../../../../shared/money/display-amount';
import type { StatementLineView } from '../../../../shared/query/statement-lines-contract';
import { isoDay, periodLabel } from '../../format/calendar-text';
import { countText } from '../../format/figures-text';

/** "statement-lines-2026-11-21.csv". */
export function linesFileName(today: Date): string {
  return `statement-lines-${isoDay(today)}.csv`;
}

/** Lines a page shows: enough to read through, few enough to render at once. */
export const LINES_PAGE_SIZE = 100;

/** "Lines 1–100 of 4,210", "Line 7 of 7": where the page sits among every line that matches. */
export function linesRangeText(offset: number, shown: number, total: number): string {
  if (total === 0) return 'No lines';
  if (shown === 0) return `${countText(total)} lines, none on this page`;
  const first = countText(offset + 1);
  if (shown === 1) return `Line ${first} of ${countText(total)}`;
  return `Lines ${first}–${countText(offset + shown)} of ${countText(total)}`;
}

/** Where the previous page starts; never before the first line. */
export function previousOffset(offset: number): number {
  return Math.max(0, offset - LINES_PAGE_SIZE);
}

/** Whether lines remain after the page that starts at `offset`. */
export function hasNextPage(offset: number, total: number): boolean {
  return offset + LINES_PAGE_SIZE < total;
}

/** Digits past the last one that is not a trailing zero: "0.0120" has 3. */
function significantDecimals(amount: string): number {
  return (amount.split('.')[1] ?? '').replace(/0+$/, '').length;
}

/**
 * Every digit a line earned, never fewer than the cents: "$0.0123456", "-€2.50". A line is what a
 * figure is checked against, so rounding it to the cent would hide what the statement said.
 */
export function exactMoneyText(amount: string, currency: string): string {
  try {
    return formatMoney(amount, currency, { decimals: Math.max(2, significantDecimals(amount)) });
  } catch {
    // A code Intl does not know (statements sometimes say "US$") still shows its digits.
    return `${amount} ${currency}`;
  }
}

/** The line in the base currency, or why it has no figure there yet. */
export function baseAmountText(base: string | null, baseCurrency: string): string {
  return base === null ? 'no rate yet' : exactMoneyText(base, baseCurrency);
}

/** "line 12": the file's own count, the header included, so it matches a text editor's. */
export function lineNumberText(line: number): string {
  return `line ${countText(line)}`;
}

/** "5 Mar 2025" for one day, "Mar 2025" for a whole month, else "3 Mar – 9 Mar 2025". */
export function salePeriodText(line: Pick<StatementLineView, 'saleFrom' | 'saleTo'>): string {
  return periodLabel(line.saleFrom, line.saleTo) ?? line.saleFrom;
}

/** What the line sold and the codes that name it: the recording, else the release, else a dash. */
export function recordingText(line: Pick<StatementLineView, 'recording' | 'release' | 'isrc' | 'upc'>): { title: string; codes: string } {
  const codes = [line.isrc && `ISRC ${line.isrc}`, line.upc && `UPC ${line.upc}`].filter(Boolean).join(' · ');
  return { title: line.recording ?? line.release ?? '—', codes };
}

/** "gross: 1.20 · fees: 0.18": the columns the app kept as the file printed them, in the file's order. */
export function keptText(kept: Record<string, string>): string {
  return Object.entries(kept)
    .map(([column, value]) => `${column}: ${value}`)
    .join(' · ');
}

/** Why the lines may not add up to the table: filters on totals keep groups, which single lines are not. */
export function setAsideText(count: number): string {
  if (count === 0) return '';
  if (count === 1) return '1 filter on totals does not apply to single lines and was set aside.';
  return `${countText(count)} filters on totals do not apply to single lines and were set aside.`;
}
