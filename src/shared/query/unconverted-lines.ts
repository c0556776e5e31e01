import { conditionsOf, FILTER_FIELD_RULES, type FilterEntry } from './filter-spec';
import type { DateBasis, Dimension, QueryResult, QuerySpecInput, TimeRange } from './query-spec';

/** The lines a page's figures are summed over: its window, basis and the filters on its lines. */
export interface FiguresBasis {
  timeRange: TimeRange;
  dateBasis: DateBasis;
  filters?: readonly FilterEntry[];
}

/** Lines in one currency (and, on the sale basis, one month) that no FX rate converts yet. */
export interface UnconvertedGroup {
  currency: string;
  /** The sale month, whose rate converts them; null on the reporting basis, which groups by the month reported. */
  month: string | null;
  lines: number;
}

/** Months named in the notice before "and N more": the FX rates page lists every one. */
const MONTHS_NAMED = 6;

/**
 * Totals filters (revenue over 100…) choose rows, not lines: the lines waiting for a rate are
 * those the page's line filters keep.
 */
function lineFilters(filters: readonly FilterEntry[]): FilterEntry[] {
  return filters.filter((entry) => conditionsOf([entry]).every((condition) => FILTER_FIELD_RULES[condition.field].appliesTo === 'lines'));
}

/**
 * Whether any line of the store waits for a rate: asked on the sale basis over all time, which the
 * monthly rollups answer exactly in a few milliseconds. A page asks its own (on the reporting
 * basis, a read of the lines: seconds on millions) only when some line waits.
 */
export const ANY_UNCONVERTED_SPEC: QuerySpecInput = {
  metrics: ['unconvertedLines'],
  timeRange: { kind: 'preset', preset: 'all' },
  dateBasis: 'sale',
};

export function anyUnconverted(result: QueryResult): boolean {
  return Number(cellOf(result, result.rows[0] ?? [], 'unconverted_lines') ?? 0) > 0;
}

/**
 * The lines waiting for a rate, by currency and, on the sale basis, by the month whose rate they
 * wait for; `by` adds the dimensions of a page's rows, so each row can say what its figure leaves out.
 */
export function unconvertedSpec(basis: FiguresBasis, by: readonly Dimension[] = []): QuerySpecInput {
  return {
    metrics: ['unconvertedLines'],
    dimensions: waitingDimensions(basis.dateBasis, by),
    filters: [...lineFilters(basis.filters ?? []), { field: 'unconvertedLines', op: 'greaterThan', values: [0] }],
    timeRange: basis.timeRange,
    dateBasis: basis.dateBasis,
  };
}

/**
 * An export of base-currency money while lines wait for a rate: its rows also say, in a column
 * "Lines not converted", how many lines each figure leaves out, as the page says beside it; a
 * spreadsheet reading "0.00" alone would take it for money never earned.
 */
export function withLinesNotConverted(spec: QuerySpecInput): QuerySpecInput {
  const money = spec.metrics.some((metric) => metric === 'revenue' || metric === 'perStreamRate');
  return money && !spec.metrics.includes('unconvertedLines') ? { ...spec, metrics: [...spec.metrics, 'unconvertedLines'] } : spec;
}

/** A spec groups by two dimensions at most: rows by two say how many lines wait, not in which currencies. */
function waitingDimensions(dateBasis: DateBasis, by: readonly Dimension[]): Dimension[] {
  if (by.length === 0) return dateBasis === 'sale' ? ['currency', 'month'] : ['currency'];
  return by.length === 1 && by[0] !== 'currency' ? [by[0]!, 'currency'] : [...by];
}

function cellOf(result: QueryResult, row: readonly unknown[], name: string): unknown {
  const index = result.columns.findIndex((column) => column.name === name);
  return index < 0 ? null : row[index];
}

export function unconvertedGroups(result: QueryResult): UnconvertedGroup[] {
  return result.rows.map((row) => {
    const month = cellOf(result, row, 'month');
    return { currency: String(cellOf(result, row, 'currency')), month: typeof month === 'string' ? month : null, lines: Number(cellOf(result, row, 'unconverted_lines')) };
  });
}

export function linesText(lines: number): string {
  return `${lines.toLocaleString('en-US')} ${lines === 1 ? 'line' : 'lines'}`;
}

/** "EUR", "EUR and GBP", "CAD, EUR and GBP". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function currenciesOf(groups: readonly UnconvertedGroup[]): string[] {
  return [...new Set(groups.map((group) => group.currency))].sort();
}

/**
 * "12 lines in EUR and GBP are not in these totals: no FX rate yet for 2025-03 EUR and 2025-03 GBP."
 * Null when every line is converted.
 */
export function unconvertedNotice(groups: readonly UnconvertedGroup[]): string | null {
  const lines = groups.reduce((sum, group) => sum + group.lines, 0);
  if (lines === 0) return null;
  const currencies = listText(currenciesOf(groups));
  const waiting = `${linesText(lines)} in ${currencies} ${lines === 1 ? 'is' : 'are'} not in these totals`;
  const months = groups
    .filter((group) => group.month !== null)
    .map((group) => `${group.month} ${group.currency}`)
    .sort();
  if (months.length === 0) return `${waiting}: no FX rate yet for the months ${lines === 1 ? 'it was' : 'they were'} sold in.`;
  const named = months.slice(0, MONTHS_NAMED);
  const more = months.length - named.length;
  return `${waiting}: no FX rate yet for ${more > 0 ? `${named.join(', ')} and ${more} more` : listText(named)}.`;
}

/** What a row's base-currency figure leaves out: "+ 14 lines in EUR not converted". */
export function rowUnconvertedText(lines: number, currencies: readonly string[]): string {
  return currencies.length === 0 ? `+ ${linesText(lines)} not converted` : `+ ${linesText(lines)} in ${listText(currencies)} not converted`;
}
