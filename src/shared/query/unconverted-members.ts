import { compareDecimal, formatMoney } from '../money/display-amount';
import type { Cell, Dimension, QueryResult } from './query-spec';
import { isTimeDimension } from './spec-vocabulary';
import { linesText, listText, rowUnconvertedText } from './unconverted-lines';

/** A member's lines no FX rate converts yet, and their currencies. */
export interface WaitingLines {
  lines: number;
  currencies: string[];
}

/** What a row of an answer by some dimension leaves out for want of a rate; null when nothing. */
export type WaitingOfRow = (result: QueryResult, row: readonly Cell[]) => WaitingLines | null;

/** A base-currency figure as shown, and what it leaves out for want of a rate, said after it. */
export interface FigureWithWaiting {
  figure: string;
  note: string | null;
  /** False when no converted money counts towards it yet: the figure is then words, not an amount. */
  converted: boolean;
}

/** The column a row names its member by: a period's own text, else the hidden `<dimension>_key`. */
function keyColumn(result: QueryResult, dimension: Dimension): number {
  const name = isTimeDimension(dimension) ? dimension : `${dimension}_key`;
  return result.columns.findIndex((column) => column.name === name);
}

function memberKey(result: QueryResult, dimension: Dimension, row: readonly Cell[]): string | null {
  const index = keyColumn(result, dimension);
  const key = index < 0 ? null : row[index];
  return key === null || key === undefined ? null : String(key);
}

/**
 * The lines each member of `dimension` waits with, from the answer to `unconvertedSpec(basis,
 * [dimension])`: a row of any answer by that dimension is found by its member's key, so a member
 * the answer does not name has every line converted.
 */
export function waitingByMember(marks: QueryResult, dimension: Dimension): WaitingOfRow {
  const lines = marks.columns.findIndex((column) => column.name === 'unconverted_lines');
  const currency = marks.columns.findIndex((column) => column.name === 'currency_key');
  const byMember = new Map<string, WaitingLines>();
  for (const row of marks.rows) {
    const key = memberKey(marks, dimension, row);
    if (key === null) continue;
    const entry = byMember.get(key) ?? { lines: 0, currencies: [] };
    entry.lines += Number(row[lines] ?? 0);
    const code = currency < 0 ? null : row[currency];
    if (code !== null && code !== undefined && !entry.currencies.includes(String(code))) entry.currencies = [...entry.currencies, String(code)].sort();
    byMember.set(key, entry);
  }
  return (result, row) => {
    const key = memberKey(result, dimension, row);
    return key === null ? null : (byMember.get(key) ?? null);
  };
}

/** "2 lines in EUR", "1 line in EUR and GBP". */
export function waitingText({ lines, currencies }: WaitingLines): string {
  return currencies.length === 0 ? linesText(lines) : `${linesText(lines)} in ${listText(currencies)}`;
}

/**
 * A base-currency figure as the page shows it (a sum, a per-stream rate), with what it leaves out:
 * "$3.10 + 2 lines in EUR not converted". When nothing converted counts towards it (`value` is
 * zero), "$0.00" would read as "earned nothing": it is "no USD figure yet — 2 lines in EUR not
 * converted" instead.
 */
export function shownWithWaiting(shown: string, value: string, baseCurrency: string, waiting: WaitingLines | null): FigureWithWaiting {
  if (!waiting || waiting.lines === 0) return { figure: shown, note: null, converted: true };
  if (compareDecimal(value, '0') === 0) return { figure: `no ${baseCurrency} figure yet`, note: `— ${waitingText(waiting)} not converted`, converted: false };
  return { figure: shown, note: rowUnconvertedText(waiting.lines, waiting.currencies), converted: true };
}

/** A revenue amount with what it leaves out, as shownWithWaiting says it. */
export function moneyWithWaiting(amount: string, baseCurrency: string, waiting: WaitingLines | null): FigureWithWaiting {
  return shownWithWaiting(formatMoney(amount, baseCurrency), amount, baseCurrency, waiting);
}

/** The figure and its note as one line of text (tooltips, sentences for screen readers). */
export function figureWithWaitingText({ figure, note }: FigureWithWaiting): string {
  return note === null ? figure : `${figure} ${note}`;
}
