import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { encodeResultArrow } from '../../../../src/main/query/execution/encode-result-arrow';
import { decodeResultArrow } from '../../../../src/shared/arrow/decode-result-arrow';
import type { QueryResult } from '../../../../src/shared/query/query-spec';

const result = (overrides: Partial<QueryResult> = {}): QueryResult => ({
  columns: [
    { name: 'day', label: 'Day', type: 'date' },
    { name: 'platform', label: 'Platform', type: 'text' },
    { name: 'platform_key', label: 'Platform id', type: 'integer', hidden: true },
    { name: 'revenue', label: 'Revenue (EUR)', type: 'decimal' },
    { name: 'streams', label: 'Streams', type: 'integer' },
  ],
  rows: [
    ['2024-02-29', 'Spotify', 1, '0.0000000000000001', 2_147_483_647],
    ['1999-12-31', null, 2, '-123456789012.1234567890123456', -2_147_483_648],
    [null, 'Deezer «FR»', null, null, 0],
  ],
  range: { from: '1999-12-31', to: '2024-02-29' },
  totalRows: 3,
  baseCurrency: 'EUR',
  elapsedMs: 1.25,
  ...overrides,
});

describe('Arrow query results', () => {
  it('decode to the very result they were made from', () => {
    const original = result({ comparison: { range: { from: '1999-01-01', to: '1999-12-30' }, rows: [['x', 'y', 3, '1.5', 7]] } });
    expect(decodeResultArrow(encodeResultArrow(original))).toEqual(original);
  });

  it('type each column and mark hidden ones', () => {
    const table = tableFromIPC(encodeResultArrow(result()));
    expect(table.schema.fields.map((f) => String(f.type))).toEqual(['Date32<DAY>', 'Dictionary<Int32, Utf8>', 'Int32', 'Utf8', 'Int32']);
    expect(table.schema.fields.map((f) => f.metadata.get('hidden') ?? null)).toEqual([null, null, 'true', null, null]);
    expect(table.schema.fields[3]!.metadata.get('label')).toBe('Revenue (EUR)');
    expect(Object.fromEntries(['baseCurrency', 'totalRows', 'rangeFrom', 'rangeTo'].map((k) => [k, table.schema.metadata.get(k)]))).toEqual({
      baseCurrency: 'EUR', totalRows: '3', rangeFrom: '1999-12-31', rangeTo: '2024-02-29',
    });
  });

  it('widen an integer column that outgrows 32 bits to Float64, still exact', () => {
    const big = result({ rows: [[null, null, null, null, 2 ** 31], [null, null, null, null, Number.MAX_SAFE_INTEGER]] });
    const bytes = encodeResultArrow(big);
    expect(String(tableFromIPC(bytes).schema.fields[4]!.type)).toBe('Float64');
    expect(decodeResultArrow(bytes).rows.map((row) => row[4])).toEqual([2 ** 31, Number.MAX_SAFE_INTEGER]);
  });

  it('encode an empty result with its columns', () => {
    const empty = result({ rows: [], range: null, totalRows: 0 });
    expect(decodeResultArrow(encodeResultArrow(empty))).toEqual(empty);
  });

  it('name the column and row of a cell that does not fit its column', () => {
    expect(() => encodeResultArrow(result({ rows: [['2024-01-01', 'x', 1, 2.5 as unknown as string, 1]] }))).toThrow(
      'column "revenue", row 1: expected an exact decimal string, found 2.5',
    );
    expect(() => encodeResultArrow(result({ rows: [['x', 'x', 1, '1', 1], ['31/01/2024', 'x', 1, '1', 1]] }))).toThrow(
      'column "day", row 1: expected a day as YYYY-MM-DD, found "x"',
    );
  });

  it('hand over bytes that own their whole buffer, so they can be transferred', () => {
    const bytes = encodeResultArrow(result());
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
  });

  it('refuse Arrow bytes that do not describe a query result', () => {
    const foreign = tableToIPC(tableFromArrays({ streams: Int32Array.from([1, 2]) }), 'stream');
    expect(() => decodeResultArrow(foreign)).toThrow('the Arrow result has no tunemantra.result metadata');
  });
});
