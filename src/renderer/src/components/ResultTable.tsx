import type { QueryResult } from '../../../shared/query/query-spec';
import { cellText, isNumericColumn } from '../query/cell-text';

interface ResultTableProps {
  result: QueryResult;
  caption: string;
  /** Adds a leading "#" column counting from 1 (from offset + 1 on later pages). */
  ranked?: boolean;
}

/**
 * Any query answer as a table: columns and their labels come from the answer itself. Hidden
 * columns (the ids a drill-down filters by) are left out.
 */
export function ResultTable({ result, caption, ranked = false }: ResultTableProps) {
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
                  {cellText(row[index], column, result.baseCurrency)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
