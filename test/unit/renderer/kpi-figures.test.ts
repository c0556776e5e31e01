import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { kpiFigures } from '../../../src/renderer/src/pages/overview/kpi-figures';

const columns: QueryResult['columns'] = [
  { name: 'quantity', label: 'Units', type: 'integer' },
  { name: 'streams', label: 'Streams', type: 'integer' },
  { name: 'revenue', label: 'Revenue', type: 'decimal' },
  { name: 'lines', label: 'Statement lines', type: 'integer' },
];

function kpiResult(row: QueryResult['rows'][number], previous?: QueryResult['rows'][number]): QueryResult {
  return {
    columns,
    rows: [row],
    range: { from: '2026-10-23', to: '2026-11-21' },
    ...(previous ? { comparison: { range: { from: '2026-09-23', to: '2026-10-22' }, rows: [previous] } } : {}),
    totalRows: 1,
    baseCurrency: 'USD',
    elapsedMs: 1,
  };
}

describe('kpiFigures', () => {
  it('formats each figure and its growth against the previous period', () => {
    const figures = kpiFigures(kpiResult([1500, 1200, '1234.56789012', 40], [1000, 1200, '1300', 30]));
    expect(figures).toEqual([
      { key: 'revenue', label: 'Revenue', value: '$1,234.57', change: { text: '\u22125.0%', direction: 'down' }, note: null, previous: '$1,300.00' },
      { key: 'streams', label: 'Streams', value: '1,200', change: { text: '0.0%', direction: 'flat' }, note: null, previous: '1,200' },
      { key: 'units', label: 'Units', value: '1,500', change: { text: '+50.0%', direction: 'up' }, note: null, previous: '1,000' },
    ]);
  });

  it('has no change without a comparison (all time) or with nothing before', () => {
    expect(kpiFigures(kpiResult([1, 1, '1', 1])).map((f) => [f.change, f.note])).toEqual(Array(3).fill([null, 'no earlier period to compare']));
    // Lines that add up to nothing are a real zero: there is nothing to grow from.
    const fromZero = kpiFigures(kpiResult([1, 1, '1', 1], [0, 0, '0', 2]));
    expect(fromZero.map((f) => [f.change, f.note, f.previous])).toEqual([
      [null, 'nothing in the previous period', '$0.00'],
      [null, 'nothing in the previous period', '0'],
      [null, 'nothing in the previous period', '0'],
    ]);
    // A previous period of one refund (−0.70, −1 unit) is below zero: no percentage either.
    const fromRefund = kpiFigures(kpiResult([10, 5, '2872.77', 4], [-1, 0, '-0.70', 1]));
    expect(fromRefund.map((f) => [f.change, f.note, f.previous])).toEqual([
      [null, 'the previous period was below zero (refunds): no growth to show', '-$0.70'],
      [null, 'nothing in the previous period', '0'],
      [null, 'the previous period was below zero (refunds): no growth to show', '-1'],
    ]);
  });

  it('says there is no data to compare when the earlier window holds no statement line', () => {
    const figures = kpiFigures(kpiResult([5, 5, '5', 3], [null, null, null, 0]));
    expect(figures.map((f) => [f.change, f.note])).toEqual(Array(3).fill([null, 'no data to compare']));
    // Nothing now and nothing before is no fall either.
    expect(kpiFigures(kpiResult([0, 0, '0', 0], [0, 0, '0', 0])).map((f) => f.note)).toEqual(Array(3).fill('no data to compare'));
  });

  it('says statements have not arrived, not −100 %, when only the current window holds none', () => {
    const figures = kpiFigures(kpiResult([0, 0, '0', 0], [10, 8, '12.5', 4]));
    expect(figures.map((f) => [f.change, f.note, f.previous])).toEqual([
      [null, 'no statements for this period yet', '$12.50'],
      [null, 'no statements for this period yet', '8'],
      [null, 'no statements for this period yet', '10'],
    ]);
  });

  it('shows −100 % when statements cover the window and it earned nothing', () => {
    const figures = kpiFigures(kpiResult([0, 0, '0', 2], [10, 8, '12.5', 4]));
    expect(figures.map((f) => f.change)).toEqual(Array(3).fill({ text: '\u2212100.0%', direction: 'down' }));
  });

  it('shows zero for an empty store', () => {
    const result = { ...kpiResult([null, null, null, null]), rows: [] };
    expect(kpiFigures(result).map((f) => f.value)).toEqual(['$0.00', '0', '0']);
  });
});
