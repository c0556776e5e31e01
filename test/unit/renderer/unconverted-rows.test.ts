import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { unconvertedRowLines } from '../../../src/renderer/src/pages/breakdown/unconverted-rows';
import { moneyWithWaiting, figureWithWaitingText } from '../../../src/shared/query/unconverted-members';

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
    const linesOf = unconvertedRowLines(waiting, ['artist']);
    expect(table.rows.map((row) => linesOf(table, row))).toEqual([
      { lines: 13, currencies: ['EUR', 'GBP'] },
      { lines: 1, currencies: ['GBP'] },
      null,
      { lines: 3, currencies: ['JPY'] },
    ]);
    // A row asked again is given the same answer, so the table's memoised row stays as it is.
    expect(linesOf(table, table.rows[0]!)).toBe(linesOf(table, table.rows[0]!));
    // As the row says it: a figure with converted money in it, and one with none (Aurora Vale's $0.00).
    expect(table.rows.map((row) => figureWithWaitingText(moneyWithWaiting(String(row[2]), 'USD', linesOf(table, row))))).toEqual([
      '$3.10 + 13 lines in EUR and GBP not converted',
      'no USD figure yet — 1 line in GBP not converted',
      '$12.00',
      '$0.40 + 3 lines in JPY not converted',
    ]);
  });

  it('by two dimensions say how many lines wait, without currencies the answer does not hold', () => {
    const two = result(
      [...artist, { name: 'month', label: 'Month', type: 'text' }, { name: 'unconverted_lines', label: 'Lines not converted', type: 'integer' }],
      [['Ana Sol', 1, '2024-05', 2]],
    );
    const linesOf = unconvertedRowLines(two, ['artist', 'month']);
    expect(linesOf(two, ['Ana Sol', 1, '2024-05', '3.10'])).toEqual({ lines: 2, currencies: [] });
    expect(figureWithWaitingText(moneyWithWaiting('3.10', 'USD', linesOf(two, ['Ana Sol', 1, '2024-05', '3.10'])))).toBe('$3.10 + 2 lines not converted');
    expect(linesOf(two, ['Ana Sol', 1, '2024-06', '3.10'])).toBeNull();
  });
});
