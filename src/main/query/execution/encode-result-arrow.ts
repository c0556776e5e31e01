import {
  DateDay, Dictionary, Field, Float64, Int32, makeData, RecordBatch, Schema, Struct, Table, tableToIPC, Utf8, vectorFromArray, type DataType,
} from 'apache-arrow';
import type { Cell, QueryResult, ResultColumn } from '../../../shared/query/query-spec';
import { FIELD_METADATA_KEYS, READABLE_METADATA_KEYS, RESULT_METADATA_KEY } from '../../../shared/arrow/result-arrow-schema';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function cellError(column: ResultColumn, row: number, expected: string, cell: Cell): Error {
  return new Error(`column "${column.name}", row ${row + 1}: expected ${expected}, found ${JSON.stringify(cell)}`);
}

function integers(column: ResultColumn, cells: Cell[]): { type: DataType; values: (number | null)[] } {
  let fitsInt32 = true;
  const values = cells.map((cell, row) => {
    if (cell === null) return null;
    if (typeof cell !== 'number') throw cellError(column, row, 'a number', cell);
    if (!Number.isInteger(cell) || cell < INT32_MIN || cell > INT32_MAX) fitsInt32 = false;
    return cell;
  });
  return { type: fitsInt32 ? new Int32() : new Float64(), values };
}

function strings(column: ResultColumn, cells: Cell[], expected: string): (string | null)[] {
  return cells.map((cell, row) => {
    if (cell !== null && typeof cell !== 'string') throw cellError(column, row, expected, cell);
    return cell;
  });
}

/** Date32 holds days; Arrow's JS builder takes them as UTC midnight in milliseconds. */
function days(column: ResultColumn, cells: Cell[]): (number | null)[] {
  return cells.map((cell, row) => {
    if (cell === null) return null;
    const parts = typeof cell === 'string' ? ISO_DAY.exec(cell) : null;
    if (!parts) throw cellError(column, row, 'a day as YYYY-MM-DD', cell);
    return Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  });
}

function columnVector(column: ResultColumn, cells: Cell[]) {
  switch (column.type) {
    case 'integer': {
      const { type, values } = integers(column, cells);
      return vectorFromArray(values, type);
    }
    case 'decimal':
      return vectorFromArray(strings(column, cells, 'an exact decimal string'), new Utf8());
    case 'text':
      // Labels repeat (a platform, a recording on every day it sold): each is sent once.
      return vectorFromArray(strings(column, cells, 'text'), new Dictionary(new Utf8(), new Int32()));
    case 'date':
      return vectorFromArray(days(column, cells), new DateDay());
    default: {
      const unknown: never = column.type;
      throw new Error(`column "${column.name}" has a type the Arrow encoding does not know: ${String(unknown)}`);
    }
  }
}

function fieldMetadata(column: ResultColumn): Map<string, string> {
  const metadata = new Map<string, string>([
    [FIELD_METADATA_KEYS.label, column.label],
    [FIELD_METADATA_KEYS.columnType, column.type],
  ]);
  if (column.hidden) metadata.set(FIELD_METADATA_KEYS.hidden, 'true');
  return metadata;
}

function schemaMetadata(result: QueryResult): Map<string, string> {
  const { rows: _rows, ...rest } = result;
  const metadata = new Map<string, string>([
    [RESULT_METADATA_KEY, JSON.stringify(rest)],
    [READABLE_METADATA_KEYS.baseCurrency, result.baseCurrency],
    [READABLE_METADATA_KEYS.totalRows, String(result.totalRows)],
  ]);
  if (result.range) {
    metadata.set(READABLE_METADATA_KEYS.rangeFrom, result.range.from);
    metadata.set(READABLE_METADATA_KEYS.rangeTo, result.range.to);
  }
  return metadata;
}

/** A query result as one Arrow IPC stream (schema, one record batch), in a buffer of its own. */
export function encodeResultArrow(result: QueryResult): Uint8Array {
  const vectors = result.columns.map((column, index) => columnVector(column, result.rows.map((row) => row[index] ?? null)));
  const fields = result.columns.map((column, index) => new Field(column.name, vectors[index]!.type, true, fieldMetadata(column)));
  const schema = new Schema(fields, schemaMetadata(result));
  const batch = new RecordBatch(
    schema,
    makeData({ type: new Struct(fields), length: result.rows.length, nullCount: 0, children: vectors.map((v) => v.data[0]!) }),
  );
  const bytes = tableToIPC(new Table(schema, [batch]), 'stream');
  // Handed to another thread by transfer, so the bytes must own their whole buffer.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
