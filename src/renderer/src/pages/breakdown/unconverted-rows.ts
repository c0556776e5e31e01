import type { Cell, Dimension, Metric, QueryResult } from '../../../../shared/query/query-spec';
import { rowUnconvertedText } from '../../../../shared/query/unconverted-lines';
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
 * What each row's figure leaves out ("+ 14 lines in EUR not converted"), from the answer to
 * `unconvertedSpec` by the same dimensions: a row is found by its members' keys, so a row the
 * answer does not name has every line converted. The "Others" row names no member and is not marked.
 */
export function unconvertedRowTexts(marks: QueryResult, dimensions: readonly Dimension[]): (result: QueryResult, row: readonly Cell[]) => string | null {
  const lines = marks.columns.findIndex((column) => column.name === 'unconverted_lines');
  const currency = dimensions.length < 2 || dimensions.includes('currency') ? marks.columns.findIndex((column) => column.name === 'currency_key') : -1;
  const byRow = new Map<string, { lines: number; currencies: string[] }>();
  for (const row of marks.rows) {
    const key = memberKey(marks, dimensions, row);
    const entry = byRow.get(key) ?? { lines: 0, currencies: [] };
    entry.lines += Number(row[lines] ?? 0);
    if (currency >= 0 && row[currency] !== null) entry.currencies.push(String(row[currency]));
    byRow.set(key, entry);
  }
  return (result, row) => {
    const entry = byRow.get(memberKey(result, dimensions, row));
    return entry ? rowUnconvertedText(entry.lines, [...new Set(entry.currencies)].sort()) : null;
  };
}
