import type { Cell, Dimension, Metric, QueryResult } from '../../../../shared/query/query-spec';
import type { WaitingLines } from '../../../../shared/query/unconverted-members';
import { keyColumnIndex } from './breakdown-rows';

/** Only base-currency money leaves lines out for want of a rate; counts of units or streams do not. */
export function leavesOutUnconverted(metric: Metric): boolean {
  return metric === 'revenue' || metric === 'perStreamRate';
}

/** A row's members by their keys (ids, codes, periods), as both answers name them. */
function memberKey(result: QueryResult, dimensions: readonly Dimension[], row: readonly Cell[]): string {
  return JSON.stringify(dimensions.map((dimension) => row[keyColumnIndex(result, dimension)] ?? null));
}

/**
 * What each row's figure leaves out (14 lines in EUR), from the answer to
 * `unconvertedSpec` by the same dimensions: a row is found by its members' keys, so a row the
 * answer does not name has every line converted. The "Others" row names no member and is not marked.
 * A row gets the same object each time it is asked, so the table's memoised rows stay as they are.
 */
export function unconvertedRowLines(marks: QueryResult, dimensions: readonly Dimension[]): (result: QueryResult, row: readonly Cell[]) => WaitingLines | null {
  const lines = marks.columns.findIndex((column) => column.name === 'unconverted_lines');
  const currency = dimensions.length < 2 || dimensions.includes('currency') ? marks.columns.findIndex((column) => column.name === 'currency_key') : -1;
  const byRow = new Map<string, WaitingLines>();
  for (const row of marks.rows) {
    const key = memberKey(marks, dimensions, row);
    const entry = byRow.get(key) ?? { lines: 0, currencies: [] };
    entry.lines += Number(row[lines] ?? 0);
    const code = currency < 0 ? null : row[currency];
    if (code !== null && code !== undefined && !entry.currencies.includes(String(code))) entry.currencies = [...entry.currencies, String(code)].sort();
    byRow.set(key, entry);
  }
  return (result, row) => byRow.get(memberKey(result, dimensions, row)) ?? null;
}
