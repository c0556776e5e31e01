import type { CsvOptions } from '../../shared/export/csv-options';
import type { Cell, QueryResult } from '../../shared/query/query-spec';

const FORMULA_START = /^[=+\-@\t\r]/;

function encodeCell(cell: Cell, isText: boolean, options: CsvOptions): string {
  if (cell === null) return '';
  let text = String(cell);
  // A statement title like "=HYPERLINK(...)" must stay text when the CSV is opened in a spreadsheet.
  if (isText && options.guardFormulas && FORMULA_START.test(text)) text = `'${text}`;
  const mustQuote = text.includes(options.delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A query result as CSV bytes, with the delimiter, header, BOM and line endings the user chose. */
export function resultToCsv(result: Pick<QueryResult, 'columns' | 'rows'>, options: CsvOptions): Uint8Array {
  const eol = options.lineEnding === 'crlf' ? '\r\n' : '\n';
  // Drill-down keys (ids, codes) are for the app, not for the spreadsheet.
  const shown = result.columns.flatMap((column, index) => (column.hidden ? [] : [{ column, index }]));
  const lines: string[] = [];
  if (options.header) lines.push(shown.map(({ column }) => encodeCell(column.label, true, options)).join(options.delimiter));
  for (const row of result.rows) {
    lines.push(shown.map(({ column, index }) => encodeCell(row[index] ?? null, column.type === 'text', options)).join(options.delimiter));
  }
  const body = new TextEncoder().encode(lines.length ? lines.join(eol) + eol : '');
  if (!options.bom) return body;
  const withBom = new Uint8Array(body.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(body, 3);
  return withBom;
}
