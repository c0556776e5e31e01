import type { Cell, QueryResult, ResultColumn } from '../../shared/query/query-spec';
import type { StatementLineView } from '../../shared/query/statement-lines-contract';

type Column = [name: string, label: string, type: ResultColumn['type'], cell: (line: StatementLineView) => Cell];

const COLUMNS = (baseCurrency: string): Column[] => [
  ['file', 'File', 'text', (l) => l.fileName],
  ['line', 'Line', 'integer', (l) => l.line],
  ['sale_from', 'Sale from', 'date', (l) => l.saleFrom],
  ['sale_to', 'Sale to', 'date', (l) => l.saleTo],
  ['reported', 'Reported', 'date', (l) => l.reported],
  ['platform', 'Platform', 'text', (l) => l.platform],
  ['territory', 'Territory', 'text', (l) => l.territory],
  ['artist', 'Artist', 'text', (l) => l.artist],
  ['release', 'Release', 'text', (l) => l.release],
  ['upc', 'UPC', 'text', (l) => l.upc],
  ['recording', 'Recording', 'text', (l) => l.recording],
  ['isrc', 'ISRC', 'text', (l) => l.isrc],
  ['sale_type', 'Sale type', 'text', (l) => l.saleType],
  ['quantity', 'Units', 'integer', (l) => l.quantity],
  ['currency', 'Currency', 'text', (l) => l.currency],
  ['earned', 'Earned', 'decimal', (l) => l.amount],
  ['earned_base', `Earned (${baseCurrency})`, 'decimal', (l) => l.base],
  ['kept', 'Kept columns', 'text', (l) => (Object.keys(l.kept).length ? JSON.stringify(l.kept) : null)],
];

/** Statement lines as a table the CSV writer takes: one row a line, every figure exact, the kept columns as JSON. */
export function statementLinesTable(lines: readonly StatementLineView[], baseCurrency: string): Pick<QueryResult, 'columns' | 'rows'> {
  const columns = COLUMNS(baseCurrency);
  return {
    columns: columns.map(([name, label, type]) => ({ name, label, type })),
    rows: lines.map((line) => columns.map(([, , , cell]) => cell(line))),
  };
}
