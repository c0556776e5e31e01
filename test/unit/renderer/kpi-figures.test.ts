import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { kpiFigures } from '../../../src/renderer/src/pages/overview/kpi-figures';

const columns: QueryResult['columns'] = [
  { name: 'quantity', label: 'Units', type: 'integer' },
  { name: 'streams', label: 'Streams', type: 'integer' },
  { name: 'revenue', label: 'Revenue', type: 'decimal' },
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
    const figures = kpiFigures(kpiResult([1500, 1200, '1234.56789012'], [1000, 1200, '1300']));
    expect(figures).toEqual([
      { key: 'revenue', label: 'Revenue', value: '$1,234.57', change: { text: '\u22125.0%', direction: 'down' }, previous: '$1,300.00' },
      { key: 'streams', label: 'Streams', value: '1,200', change: { text: '0.0%', direction: 'flat' }, previous: '1,200' },
      { key: 'units', label: 'Units', value: '1,500', change: { text: '+50.0%', direction: 'up' }, previous: '1,000' },
    ]);
  });

  it('has no change without a comparison (all time) or with nothing before', () => {
    expect(kpiFigures(kpiResult([1, 1, '1'])).map((f) => f.change)).toEqual([null, null, null]);
    const fromZero = kpiFigures(kpiResult([1, 1, '1'], [0, 0, '0']));
    expect(fromZero.map((f) => [f.change, f.previous])).toEqual([
      [null, '$0.00'],
      [null, '0'],
      [null, '0'],
    ]);
  });

  it('shows zero for an empty store', () => {
    const result = { ...kpiResult([null, null, null]), rows: [] };
    expect(kpiFigures(result).map((f) => f.value)).toEqual(['$0.00', '0', '0']);
  });
});
