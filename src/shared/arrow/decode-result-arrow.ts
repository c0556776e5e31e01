import { DataType, tableFromIPC, type Vector } from 'apache-arrow';
import { QueryResult, type Cell } from '../query/query-spec';
import { RESULT_METADATA_KEY } from './result-arrow-schema';

const ResultWithoutRows = QueryResult.omit({ rows: true });

/** Days repeat down a column: each is turned into text once per decode. */
function dayTexts(): (milliseconds: number) => string {
  const texts = new Map<number, string>();
  return (milliseconds) => {
    let text = texts.get(milliseconds);
    if (text === undefined) {
      text = new Date(milliseconds).toISOString().slice(0, 10);
      texts.set(milliseconds, text);
    }
    return text;
  };
}

function columnCells(vector: Vector): Cell[] {
  // Dates come out of toArray() as UTC milliseconds; a numeric column's nulls as zeros there,
  // so the validity bitmap decides.
  const values = vector.toArray() as ArrayLike<unknown>;
  const cells: Cell[] = new Array<Cell>(vector.length);
  const hasNulls = vector.nullCount > 0;
  const day = DataType.isDate(vector.type) ? dayTexts() : null;
  for (let row = 0; row < vector.length; row++) {
    if (hasNulls && !vector.isValid(row)) cells[row] = null;
    else cells[row] = day ? day(values[row] as number) : (values[row] as Cell);
  }
  return cells;
}

/**
 * Arrow IPC stream bytes (as encoded by the core) → the same QueryResult the JSON answer carries,
 * cell for cell: money as the same decimal strings, days as YYYY-MM-DD, counts as numbers.
 */
export function decodeResultArrow(bytes: Uint8Array): QueryResult {
  const table = tableFromIPC(bytes);
  const described = table.schema.metadata.get(RESULT_METADATA_KEY);
  if (described === undefined) throw new Error(`the Arrow result has no ${RESULT_METADATA_KEY} metadata`);
  const rest = ResultWithoutRows.parse(JSON.parse(described));
  const columns: Cell[][] = table.schema.fields.map((_, index) => columnCells(table.getChildAt(index)!));
  // Cells come out of typed columns (strings, numbers, nulls), so only the metadata needs checking.
  const rows: Cell[][] = new Array<Cell[]>(table.numRows);
  for (let row = 0; row < table.numRows; row++) {
    const cells = new Array<Cell>(columns.length);
    for (let column = 0; column < columns.length; column++) cells[column] = columns[column]![row]!;
    rows[row] = cells;
  }
  return { ...rest, rows };
}
