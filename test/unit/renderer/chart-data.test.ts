import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { revenueByMonthPoints, revenueByPlatformBars } from '../../../src/renderer/src/pages/overview/chart-data';
import { describeRevenueByMonth, describeRevenueByPlatform } from '../../../src/renderer/src/pages/overview/chart-descriptions';

function result(columns: QueryResult['columns'], rows: QueryResult['rows']): QueryResult {
  return { columns, rows, range: { from: '2026-01-01', to: '2026-12-31' }, totalRows: rows.length, baseCurrency: 'USD', elapsedMs: 1 };
}

const monthColumns: QueryResult['columns'] = [
  { name: 'month', label: 'Month', type: 'text' },
  { name: 'revenue', label: 'Revenue', type: 'decimal' },
  { name: 'streams', label: 'Streams', type: 'integer' },
];

describe('revenueByMonthPoints', () => {
  it('keeps exact text next to the plotted numbers and fills silent months with zero', () => {
    const points = revenueByMonthPoints(
      result(monthColumns, [
        ['2025-11', '10.123456789', 300],
        ['2026-02', '7.5', 120],
      ]),
    );
    expect(points.map((p) => p.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(points.map((p) => p.label)).toEqual(['Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026']);
    expect(points[0]).toMatchObject({ revenueText: '10.123456789', revenue: 10.123456789, streamsText: '300', streams: 300 });
    expect(points[1]).toMatchObject({ revenueText: '0', revenue: 0, streamsText: '0' });
  });

  it('finds columns by name, whatever their order', () => {
    const reordered = result(
      [monthColumns[2]!, monthColumns[0]!, monthColumns[1]!],
      [[5, '2026-03', '1.00']],
    );
    expect(revenueByMonthPoints(reordered)).toEqual([
      { month: '2026-03', label: 'Mar 2026', revenue: 1, revenueText: '1.00', streams: 5, streamsText: '5' },
    ]);
  });

  it('treats an empty cell as no sales and an empty answer as no points', () => {
    expect(revenueByMonthPoints(result(monthColumns, [['2026-01', null, null]]))[0]).toMatchObject({ revenueText: '0', streamsText: '0' });
    expect(revenueByMonthPoints(result(monthColumns, []))).toEqual([]);
  });

  it('says which column is missing', () => {
    expect(() => revenueByMonthPoints(result(monthColumns.slice(0, 2), [['2026-01', '1']]))).toThrow(/"streams"/);
  });
});

describe('revenueByPlatformBars', () => {
  const columns: QueryResult['columns'] = [
    { name: 'platform', label: 'Platform', type: 'text' },
    { name: 'revenue', label: 'Revenue', type: 'decimal' },
    { name: 'quantity', label: 'Units', type: 'integer' },
  ];

  it('keeps the engine ranking and names unknown platforms', () => {
    const bars = revenueByPlatformBars(
      result(columns, [
        ['Spotify', '120.50', 40000],
        [null, '3.25', 12],
      ]),
    );
    expect(bars).toEqual([
      { platform: 'Spotify', revenue: 120.5, revenueText: '120.50', quantityText: '40000' },
      { platform: 'Unknown', revenue: 3.25, revenueText: '3.25', quantityText: '12' },
    ]);
  });

  it('falls back to the first text column when the dimension column has another name', () => {
    const renamed = result([{ name: 'platformName', label: 'Platform', type: 'text' }, columns[1]!, columns[2]!], [['Deezer', '1', 1]]);
    expect(revenueByPlatformBars(renamed)[0]?.platform).toBe('Deezer');
  });
});

describe('chart descriptions', () => {
  it('names the range, the best month exactly and the latest month', () => {
    const points = revenueByMonthPoints(
      result(monthColumns, [
        ['2026-01', '100.005', 1],
        ['2026-02', '100.0049', 1],
        ['2026-03', '12', 1],
      ]),
    );
    expect(describeRevenueByMonth(points, 'USD')).toBe(
      'Revenue and streams per month from Jan 2026 to Mar 2026. Highest revenue in Jan 2026: $100.01. Mar 2026: $12.00.',
    );
    expect(describeRevenueByMonth([], 'USD')).toBe('No monthly revenue in this range.');
  });

  it('lists platforms highest first', () => {
    const bars = [
      { platform: 'Spotify', revenue: 2, revenueText: '2', quantityText: '1' },
      { platform: 'Apple Music', revenue: 1, revenueText: '1.5', quantityText: '1' },
    ];
    expect(describeRevenueByPlatform(bars, 'USD')).toBe('Revenue by platform, highest first: Spotify $2.00; Apple Music $1.50.');
  });
});
