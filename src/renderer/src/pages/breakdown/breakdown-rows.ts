import { TIME_DIMENSIONS, type Cell, type Dimension, type Metric, type QueryResult, type ResultColumn } from '../../../../shared/query/query-spec';
import { formatGrowth, formatMoney, formatQuantity } from '../../../../shared/money/display-amount';
import { cellText, isNumericColumn } from '../../query/cell-text';
import { decimalText } from '../../query/result-cells';
import type { DrillTarget } from './breakdown-choices';
import { DIMENSION_CHOICES, isLabelColumn, isTimeDimension, labelColumnName, METRIC_COLUMNS } from './breakdown-vocabulary';
import { periodText } from './time-periods';

/** What a member with no name is called, in the chart and the table alike. */
const UNKNOWN = 'Unknown';

/** Columns for people; hidden ones carry what filters need (ids, codes), not what anyone reads. */
export function shownColumns(result: QueryResult): ResultColumn[] {
  return result.columns.filter((column) => !column.hidden);
}

function columnIndex(result: QueryResult, name: string): number {
  return result.columns.findIndex((column) => column.name === name);
}

/**
 * Where a member's filter value sits: the hidden `<dimension>_key` column the engine adds for every
 * entity; periods are their own key.
 */
export function keyColumnIndex(result: QueryResult, dimension: Dimension): number {
  if (isTimeDimension(dimension)) return columnIndex(result, labelColumnName(dimension));
  return columnIndex(result, `${dimension}_key`);
}

/** The member of `dimension` a row is about, as a person reads it. */
export function memberLabel(result: QueryResult, dimension: Dimension, row: readonly Cell[]): string {
  let index = columnIndex(result, labelColumnName(dimension));
  // Territories carry a name beside their code; a code the store has no name for still shows.
  if (dimension === 'territory' && (index < 0 || row[index] === null)) index = columnIndex(result, 'territory');
  const cell = index < 0 ? null : row[index];
  if (cell === null || cell === undefined || cell === '') return UNKNOWN;
  return isTimeDimension(dimension) ? periodText(dimension, String(cell)) : String(cell);
}

/** What a click on this row drills into, or null when the row names no member a filter can keep. */
export function drillTargetOf(result: QueryResult, dimension: Dimension, row: readonly Cell[]): DrillTarget | null {
  const index = keyColumnIndex(result, dimension);
  const key = index < 0 ? null : row[index];
  if (key === null || key === undefined || key === '') return null;
  return { dimension, key, label: memberLabel(result, dimension, row) };
}

/** Metric columns that hold money: revenue, and revenue per 1,000 streams. */
const MONEY_COLUMNS = new Set(['revenue', 'per_stream_rate']);

/** `revenue_previous`, `streams_change`, `revenue_growth`: the comparison the engine adds to each row. */
const COMPARISON_COLUMN = /^(.+)_(previous|change|growth)$/;

function figureText(metricColumn: string, exact: string, baseCurrency: string): string {
  return MONEY_COLUMNS.has(metricColumn) ? formatMoney(exact, baseCurrency) : formatQuantity(exact);
}

/**
 * A cell as the table shows it: periods as people say them ("Mar 2024", "2024", not "2,024"),
 * money with its currency, a change with its sign, growth as a percentage; the rest by type.
 */
export function breakdownCellText(cell: Cell | undefined, column: ResultColumn, baseCurrency: string): string {
  // A member with no name (a line naming no release) is "Unknown", as the chart beside the table says.
  if (cell === null || cell === undefined || cell === '') return isLabelColumn(column.name) ? UNKNOWN : cellText(cell, column, baseCurrency);
  const period = TIME_DIMENSIONS.find((dimension) => dimension === column.name);
  if (period) return periodText(period, String(cell));
  if (MONEY_COLUMNS.has(column.name)) return formatMoney(decimalText(cell), baseCurrency);
  const compared = COMPARISON_COLUMN.exec(column.name);
  if (compared) {
    const part = compared[2];
    if (part === 'growth') return formatGrowth(String(cell));
    const text = figureText(compared[1]!, decimalText(cell), baseCurrency);
    return part === 'change' && !text.startsWith('-') && /[1-9]/.test(text) ? `+${text}` : text;
  }
  return cellText(cell, column, baseCurrency);
}

/**
 * A cell of the row holding every member beyond the top n. That row names no member, so the blanks
 * beside its label (a territory's name, an ISRC) stay blank: "Unknown" there would read as one
 * member with no name. Its figures read as in any row.
 */
export function othersCellText(cell: Cell | undefined, column: ResultColumn, baseCurrency: string): string {
  const namesMember = isLabelColumn(column.name) || !isNumericColumn(column);
  if (namesMember && (cell === null || cell === undefined || cell === '')) return '';
  return breakdownCellText(cell, column, baseCurrency);
}

/** The column that is always there when a dimension was asked for (a territory's name may not be). */
function presenceColumn(dimension: Dimension): string {
  return dimension === 'territory' ? 'territory' : labelColumnName(dimension);
}

/**
 * Whether an answer is shaped like the choices on screen. A panel keeps its last answer while a
 * new one loads; an answer to other dimensions or another metric cannot be drawn as this one.
 */
export function answerFits(result: QueryResult, dimensions: readonly Dimension[], metric: Metric): boolean {
  const names = new Set(result.columns.map((column) => column.name));
  if (!names.has(METRIC_COLUMNS[metric])) return false;
  return DIMENSION_CHOICES.every(({ value }) => names.has(presenceColumn(value)) === dimensions.includes(value));
}
