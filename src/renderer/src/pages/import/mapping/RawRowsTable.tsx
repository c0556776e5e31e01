import { useId } from 'react';
import { MAPPING_HEADER_ROWS } from '../../../../../shared/contract/column-mapping';

interface RawRowsTableProps {
  fileName: string;
  rows: readonly (readonly string[])[];
  headerRow: number;
  onHeaderRow(row: number): void;
}

/** Spreadsheet column letters (A, B, …, Z, AA) for the raw rows, which have no names of their own yet. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The file's first rows as split, with a radio button per row to say which one holds the column
 * names; clicking anywhere on a row picks it too. Only the first 20 rows can be the header, as
 * the importer looks no further for one.
 */
export function RawRowsTable({ fileName, rows, headerRow, onHeaderRow }: RawRowsTableProps) {
  const group = useId();
  const captionId = useId();
  const width = Math.max(0, ...rows.map((row) => row.length));
  return (
    // A keyboard stop of its own, so the arrow keys reach columns out of view: Chromium makes a scrolling box one only when nothing in it takes the focus.
    <div className="table-scroll mapping-rows" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="result-table mapping-rows-table">
        <caption id={captionId} className="visually-hidden">
          First rows of {fileName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Header</th>
            <th scope="col" className="numeric">
              Row
            </th>
            {Array.from({ length: width }, (_, column) => (
              <th key={column} scope="col">
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const number = index + 1;
            const pickable = number <= MAPPING_HEADER_ROWS;
            const role = number === headerRow ? 'header' : number < headerRow ? 'above' : 'data';
            return (
              <tr key={number} className={`mapping-row mapping-row--${role}`} onClick={pickable ? () => onHeaderRow(number) : undefined}>
                <td className="mapping-row-pick">
                  <input
                    type="radio"
                    name={group}
                    checked={number === headerRow}
                    disabled={!pickable}
                    aria-label={`Row ${number} holds the column names`}
                    onChange={() => onHeaderRow(number)}
                  />
                </td>
                <td className="numeric mapping-row-number">{number}</td>
                {Array.from({ length: width }, (_, column) => (
                  <td key={column} title={row[column] ?? ''}>
                    {row[column] ?? ''}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
