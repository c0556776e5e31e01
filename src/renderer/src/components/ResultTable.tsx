import type { Cell, QueryResult, ResultColumn } from '../../../shared/query/query-spec';
import { moneyWithWaiting, type WaitingOfRow } from '../../../shared/query/unconverted-members';
import { cellText, isNumericColumn } from '../query/cell-text';
import { decimalText } from '../query/result-cells';

interface ResultTableProps {
  result: QueryResult;
  caption: string;
  /** Adds a leading "#" column counting from 1 (from offset + 1 on later pages). */
  ranked?: boolean;
  /** What a row's revenue leaves out for want of an FX rate, said in its cell. */
  waiting?: WaitingOfRow | null;
}

/**
 * Any query answer as a table: columns and their labels come from the answer itself. Hidden
 * columns (the ids a drill-down filters by) are left out.
 */
export function ResultTable({ result, caption, ranked = false, waiting = null }: ResultTableProps) {
  const shown = result.columns.flatMap((column, index) => (column.hidden ? [] : [{ column, index }]));
  return (
    <div className="table-scroll">
      <table className="result-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {ranked && (
              <th scope="col" className="numeric rank">
                #
              </th>
            )}
            {shown.map(({ column }) => (
              <th key={column.name} scope="col" className={isNumericColumn(column) ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {ranked && <td className="numeric rank">{rowIndex + 1}</td>}
              {shown.map(({ column, index }) => (
                <td key={column.name} className={isNumericColumn(column) ? 'numeric' : undefined}>
                  <CellText result={result} row={row} cell={row[index]} column={column} waiting={waiting} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CellTextProps {
  result: QueryResult;
  row: readonly Cell[];
  cell: Cell | undefined;
  column: ResultColumn;
  waiting: WaitingOfRow | null;
}

/** A cell's text; a revenue figure that leaves lines out says so after it, so $0.00 never reads as "earned nothing". */
function CellText({ result, row, cell, column, waiting }: CellTextProps) {
  const lines = column.name === 'revenue' ? (waiting?.(result, row) ?? null) : null;
  if (!lines) return <>{cellText(cell, column, result.baseCurrency)}</>;
  const { figure, note } = moneyWithWaiting(decimalText(cell), result.baseCurrency, lines);
  return (
    <>
      {figure}
      <span className="unconverted-note"> {note}</span>
    </>
  );
}
