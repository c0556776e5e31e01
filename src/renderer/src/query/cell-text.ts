import { formatMoney, formatQuantity } from '../../../shared/money/display-amount';
import type { Cell, ResultColumn } from '../../../shared/query/query-spec';
import { dayLabel } from '../format/calendar-text';
import { decimalText } from './result-cells';

/** The only money metric; other decimal columns are plain figures. */
const MONEY_COLUMNS = new Set(['revenue']);

export function isNumericColumn(column: ResultColumn): boolean {
  return column.type === 'integer' || column.type === 'decimal';
}

/** A result cell as a person reads it in a table, typed by its column. */
export function cellText(cell: Cell | undefined, column: ResultColumn, baseCurrency: string): string {
  if (cell === null || cell === undefined || cell === '') return '—';
  switch (column.type) {
    case 'decimal':
      return MONEY_COLUMNS.has(column.name) ? formatMoney(decimalText(cell), baseCurrency) : formatQuantity(decimalText(cell), 2);
    case 'integer':
      return formatQuantity(decimalText(cell));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(cell)) ? dayLabel(String(cell)) : String(cell);
    case 'text':
      return String(cell);
  }
}
