interface SampleLinesTableProps {
  fileName: string;
  columns: string[];
  rows: string[][];
}

/** The first lines as the app read them, so a wrong column or encoding shows before importing. */
export function SampleLinesTable({ fileName, columns, rows }: SampleLinesTableProps) {
  return (
    <details className="sample-lines" open>
      <summary>First {rows.length === 1 ? 'line' : `${rows.length} lines`} as read</summary>
      <div className="table-scroll">
        <table className="result-table result-table--compact">
          <caption className="visually-hidden">First lines of {fileName}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, rowIndex) => (
              <tr key={rowIndex}>
                {cells.map((cell, columnIndex) => (
                  <td key={columnIndex} title={cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
