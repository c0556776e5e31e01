import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { unconvertedRowTexts } from '../../../src/renderer/src/pages/breakdown/unconverted-rows';

function result(columns: QueryResult['columns'], rows: QueryResult['rows']): QueryResult {
  return { columns, rows, range: { from: '2024-01-01', to: '2024-12-31' }, totalRows: rows.length, baseCurrency: 'USD', elapsedMs: 1 };
}

const artist = [
  { name: 'artist', label: 'Artist', type: 'text' },
  { name: 'artist_key', label: 'Artist key', type: 'integer', hidden: true },
] as const;

const table = result(
  [...artist, { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' }],
  [
    ['Ana Sol', 1, '3.10'],
    ['Aurora Vale', 2, '0.00'],
    ['Lena Vos', 3, '12.00'],
    ['(no artist on the statement)', null, '0.40'],
  ],
);

const waiting = result(
  [
    ...artist,
    { name: 'currency', label: 'Currency', type: 'text' },
    { name: 'currency_key', label: 'Currency key', type: 'text', hidden: true },
    { name: 'unconverted_lines', label: 'Lines not converted', type: 'integer' },
  ],
  [
    ['Ana Sol', 1, 'EUR', 'EUR', 12],
    ['Ana Sol', 1, 'GBP', 'GBP', 1],
    ['Aurora Vale', 2, 'GBP', 'GBP', 1],
    ['(no artist on the statement)', null, 'JPY', 'JPY', 3],
  ],
);

describe('rows whose figure leaves out lines no FX rate converts', () => {
  it('are found by their member keys and say how many lines wait, in which currencies', () => {
    const noteOf = unconvertedRowTexts(waiting, ['artist']);
    expect(table.rows.map((row) => noteOf(table, row))).toEqual([
      '+ 13 lines in EUR and GBP not converted',
      '+ 1 line in GBP not converted',
      null,
      '+ 3 lines in JPY not converted',
    ]);
  });

  it('by two dimensions say how many lines wait, without currencies the answer does not hold', () => {
    const two = result(
      [...artist, { name: 'month', label: 'Month', type: 'text' }, { name: 'unconverted_lines', label: 'Lines not converted', type: 'integer' }],
      [['Ana Sol', 1, '2024-05', 2]],
    );
    const noteOf = unconvertedRowTexts(two, ['artist', 'month']);
    expect(noteOf(two, ['Ana Sol', 1, '2024-05', '3.10'])).toBe('+ 2 lines not converted');
    expect(noteOf(two, ['Ana Sol', 1, '2024-06', '3.10'])).toBeNull();
  });
});
