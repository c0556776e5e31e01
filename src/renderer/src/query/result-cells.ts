import { DecimalSyntaxError } from '../../../shared/money/display-amount';
import type { Cell, Dimension, QueryResult } from '../../../shared/query/query-spec';

export class MissingColumnError extends Error {}

/** Columns are found by name, never by position: the engine may add columns a panel does not use. */
export function requireColumn(result: QueryResult, name: string): number {
  const index = result.columns.findIndex((column) => column.name === name);
  if (index < 0) throw new MissingColumnError(`The answer has no "${name}" column.`);
  return index;
}

/** The column that names a dimension's members: the one called after it, else the first text column. */
export function dimensionColumn(result: QueryResult, dimension: Dimension): number {
  const named = result.columns.findIndex((column) => column.name === dimension);
  if (named >= 0) return named;
  const text = result.columns.findIndex((column) => column.type === 'text');
  if (text < 0) throw new MissingColumnError(`The answer has no column naming the ${dimension}.`);
  return text;
}

/** A metric cell as exact decimal text; an empty cell is an absent figure, i.e. zero. */
export function decimalText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '0';
  if (typeof cell === 'string') return cell;
  if (!Number.isSafeInteger(cell)) throw new DecimalSyntaxError(`${cell} is not an exact figure`);
  return cell.toString();
}

/** A label cell as text for people. */
export function labelText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || cell === '') return 'Unknown';
  return String(cell);
}
