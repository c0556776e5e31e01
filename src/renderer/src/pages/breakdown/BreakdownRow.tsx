import { memo } from 'react';
import type { Cell, ResultColumn } from '../../../../shared/query/query-spec';
import { shownWithWaiting, type WaitingLines } from '../../../../shared/query/unconverted-members';
import { isNumericColumn } from '../../query/cell-text';
import { breakdownCellText, othersCellText } from './breakdown-rows';

export interface RowColumn {
  column: ResultColumn;
  /** Where the column's cells sit in the answer's rows (hidden columns included). */
  index: number;
}

interface BreakdownRowProps {
  row: readonly Cell[];
  index: number;
  columns: readonly RowColumn[];
  currency: string;
  /** The id of the row's first cell, which the table names as its active descendant. */
  headerId: string;
  active: boolean;
  /** The one row holding every member beyond the top n. */
  others: boolean;
  drillable: boolean;
  onActivate(index: number): void;
  /** The lines the figure in `noteColumn` leaves out for want of an FX rate, said after it. */
  note: WaitingLines | null;
  noteColumn: string;
}

/**
 * One row of the windowed table. Memoised: while scrolling, rows that stay in view keep their
 * DOM and their formatted figures; only rows entering the window are rendered.
 */
export const BreakdownRow = memo(function BreakdownRow({ row, index, columns, currency, headerId, active, others, drillable, onActivate, note, noteColumn }: BreakdownRowProps) {
  const classes = [drillable ? 'is-drillable' : '', active ? 'is-active' : '', others ? 'is-others' : ''].filter(Boolean).join(' ');
  return (
    <tr aria-rowindex={index + 2} aria-selected={active} className={classes || undefined} onClick={() => onActivate(index)}>
      {columns.map(({ column, index: cellIndex }, position) => {
        const cell = row[cellIndex];
        let text = (others ? othersCellText : breakdownCellText)(cell, column, currency);
        if (position === 0) {
          return (
            <th key={column.name} id={headerId} scope="row">
              {text}
            </th>
          );
        }
        // Every digit the engine sent, for the curious and for checking against a statement.
        const exact = column.type === 'decimal' && typeof cell === 'string' ? cell : undefined;
        const noted = note !== null && column.name === noteColumn ? shownWithWaiting(text, exact ?? '0', currency, note) : null;
        if (noted) text = noted.figure;
        // The title keeps the exact figure and the note together, for reading or copying.
        const title = noted?.note ? `${noted.converted ? (exact ?? text) : text} ${noted.note}` : exact;
        return (
          <td key={column.name} className={isNumericColumn(column) ? 'numeric' : undefined} title={title}>
            {text}
            {noted?.note && <span className="unconverted-note"> {noted.note}</span>}
          </td>
        );
      })}
    </tr>
  );
});
