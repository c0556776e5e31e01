import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { describeChart } from '../../../src/renderer/src/pages/breakdown/chart-description';
import { markText } from '../../../src/renderer/src/pages/breakdown/mark-text';
import { breakdownChart, OTHER_SERIES, TOP_BARS, TOP_SERIES } from '../../../src/renderer/src/pages/breakdown/chart-series';

function result(columns: QueryResult['columns'], rows: QueryResult['rows']): QueryResult {
  return { columns, rows, range: { from: '2024-01-01', to: '2024-12-31' }, totalRows: rows.length, baseCurrency: 'USD', elapsedMs: 1 };
}

const platformColumns: QueryResult['columns'] = [
  { name: 'platform', label: 'Platform', type: 'text' },
  { name: 'platform_key', label: 'Platform key', type: 'integer', hidden: true },
  { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' },
];

describe('breakdown charts', () => {
  it('rank entities as bars, largest first, whatever order the table is in, each bar drilling into its member', () => {
    const rows = Array.from({ length: 20 }, (_, i) => [`Store ${i}`, i + 1, `${i}.000000000000001`]);
    const chart = breakdownChart(result(platformColumns, rows), ['platform'], 'revenue', 'Revenue')!;
    expect(chart.kind).toBe('bar');
    expect(chart.categories).toHaveLength(TOP_BARS);
    expect(chart.categories[0]).toEqual({ label: 'Store 19', target: { dimension: 'platform', key: 20, label: 'Store 19' } });
    // The exact text carries every digit; the plotted number only has to land in the right place.
    expect(chart.series[0]!.marks[0]).toEqual({ value: 19, text: '19.000000000000001' });
    expect(chart.omitted).toBe(5);
  });

  it('draw the engine’s "Others" row last and muted, never as a member to drill into, with the comparison beside each bar', () => {
    const columns: QueryResult['columns'] = [
      ...platformColumns,
      { name: 'revenue_previous', label: 'Revenue, previous period (USD)', type: 'decimal' },
      { name: 'revenue_change', label: 'Revenue change (USD)', type: 'decimal' },
      { name: 'revenue_growth', label: 'Revenue growth %', type: 'decimal' },
    ];
    const answer = {
      ...result(columns, [
        ['Spotify', 1, '10', '8', '2', '25.00'],
        ['Deezer', 2, '3', '3', '0', '0.00'],
        ['All other platforms', null, '50', '40', '10', '25.00'],
      ]),
      others: { row: 2, groups: 9 },
    };
    const chart = breakdownChart(answer, ['platform'], 'revenue', 'Revenue')!;
    expect(chart.categories.map((category) => [category.label, category.others ?? false, category.target?.key ?? null])).toEqual([
      ['Spotify', false, 1],
      ['Deezer', false, 2],
      ['All other platforms', true, null],
    ]);
    expect(chart.series.map((series) => [series.name, series.previous ?? false])).toEqual([
      ['Revenue', false],
      ['Revenue, previous period', true],
    ]);
    expect(chart.series[1]!.marks.map((mark) => mark?.text)).toEqual(['8', '3', '40']);
    expect(chart.omitted).toBe(0);
  });

  it('draw a time dimension as a line in calendar order, silent months at zero', () => {
    const byMonth = result(
      [
        { name: 'month', label: 'Month', type: 'text' },
        { name: 'streams', label: 'Streams', type: 'integer' },
      ],
      [
        ['2024-03', 30],
        ['2024-01', 10],
      ],
    );
    const chart = breakdownChart(byMonth, ['month'], 'streams', 'Streams')!;
    expect(chart.kind).toBe('line');
    expect(chart.categories.map((category) => category.label)).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024']);
    expect(chart.series[0]!.marks.map((mark) => mark?.text)).toEqual(['10', '0', '30']);
    expect(chart.categories[1]!.target).toEqual({ dimension: 'month', key: '2024-02', label: 'Feb 2024' });
    expect(describeChart(chart, 'streams', 'Streams', 'USD')).toBe('A line of streams from Jan 2024 to Mar 2024.');
  });

  it('split a second entity into the heaviest series and an exact "Other"', () => {
    const columns: QueryResult['columns'] = [
      { name: 'platform', label: 'Platform', type: 'text' },
      { name: 'platform_key', label: 'Platform key', type: 'integer', hidden: true },
      { name: 'territory', label: 'Territory', type: 'text' },
      { name: 'territory_name', label: 'Territory name', type: 'text' },
      { name: 'territory_key', label: 'Territory key', type: 'text', hidden: true },
      { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' },
    ];
    const codes = ['US', 'GB', 'DE', 'FR', 'SE', 'JP', 'BR', 'MX'];
    const rows = codes.flatMap((code, i) => [
      ['Spotify', 1, code, `Land ${code}`, code, `${10 - i}.1`],
      ['Deezer', 2, code, `Land ${code}`, code, '0.1'],
    ]);
    const chart = breakdownChart(result(columns, rows), ['platform', 'territory'], 'revenue', 'Revenue')!;
    expect(chart).toMatchObject({ kind: 'bar', stacked: true });
    expect(chart.categories.map((category) => category.label)).toEqual(['Spotify', 'Deezer']);
    expect(chart.series.map((series) => series.name)).toEqual(['Land US', 'Land GB', 'Land DE', 'Land FR', 'Land SE', 'Land JP', OTHER_SERIES]);
    expect(chart.series).toHaveLength(TOP_SERIES + 1);
    // Brazil 4.1 and Mexico 3.1 for Spotify; 0.1 each for Deezer: summed exactly, not in floats.
    expect(chart.series.at(-1)!.marks.map((mark) => mark?.text)).toEqual(['7.2', '0.2']);
    expect(chart.categories[0]!.target).toEqual({ dimension: 'platform', key: 1, label: 'Spotify' });
    expect(chart.series[0]!.target).toBeNull();
  });

  it('put time along the axis whichever dimension it is, with entities as lines that drill', () => {
    const columns: QueryResult['columns'] = [
      { name: 'platform', label: 'Platform', type: 'text' },
      { name: 'platform_key', label: 'Platform key', type: 'integer', hidden: true },
      { name: 'year', label: 'Year', type: 'integer' },
      { name: 'per_stream_rate', label: 'Per 1,000 streams (USD)', type: 'decimal' },
    ];
    const rows: QueryResult['rows'] = [...Array.from({ length: 8 }, (_, i) => [`Store ${i}`, i, 2024, `${i}.5`]), ['Store 7', 7, 2025, null]];
    const chart = breakdownChart(result(columns, rows), ['platform', 'year'], 'perStreamRate', 'Per 1,000 streams')!;
    expect(chart.kind).toBe('line');
    expect(chart.categories.map((category) => category.label)).toEqual(['2024', '2025']);
    // A rate does not add up: no "Other", and a year without streams has no point rather than zero.
    expect(chart.series.map((series) => series.name)).not.toContain(OTHER_SERIES);
    expect(chart.series[0]).toMatchObject({ name: 'Store 7', target: { dimension: 'platform', key: 7 } });
    expect(chart.series[0]!.marks.map((mark) => mark?.text ?? null)).toEqual(['7.5', null]);
  });

  it('carry what each bar leaves out for want of an FX rate to its tooltip and description, never on the "Others" row or the comparison', () => {
    const columns: QueryResult['columns'] = [...platformColumns, { name: 'revenue_previous', label: 'Revenue, previous period (USD)', type: 'decimal' }];
    const answer = {
      ...result(columns, [
        ['Spotify', 1, '3.10', '2'],
        ['Deezer', 2, '0', '1'],
        ['Tidal', 3, '1', '1'],
        ['All other platforms', null, '50', '40'],
      ]),
      others: { row: 3, groups: 9 },
    };
    const waiting = new Map([
      [1, { lines: 2, currencies: ['EUR'] }],
      [2, { lines: 1, currencies: ['GBP'] }],
      [null, { lines: 7, currencies: ['JPY'] }],
    ]);
    const chart = breakdownChart(answer, ['platform'], 'revenue', 'Revenue', (row) => waiting.get(row[1] as number | null) ?? null)!;
    expect(chart.series[0]!.marks.map((mark) => mark?.waiting ?? null)).toEqual([
      { lines: 2, currencies: ['EUR'] },
      null,
      { lines: 1, currencies: ['GBP'] },
      null,
    ]);
    expect(chart.series[1]!.marks.every((mark) => mark?.waiting === undefined)).toBe(true);
    expect(markText('revenue', chart.series[0]!.marks[0]!, 'USD')).toBe('$3.10 + 2 lines in EUR not converted');
    expect(markText('revenue', chart.series[0]!.marks[2]!, 'USD')).toBe('no USD figure yet — 1 line in GBP not converted');
    expect(markText('revenue', chart.series[0]!.marks[1]!, 'USD')).toBe('$1.00');
    const single = breakdownChart(
      { ...answer, columns: platformColumns, rows: answer.rows.map((row) => row.slice(0, 3)) },
      ['platform'],
      'revenue',
      'Revenue',
      (row) => waiting.get(row[1] as number | null) ?? null,
    )!;
    expect(describeChart(single, 'revenue', 'Revenue', 'USD')).toBe(
      'Bars of revenue, largest first: Spotify $3.10 + 2 lines in EUR not converted; Tidal $1.00; Deezer no USD figure yet — 1 line in GBP not converted; All other platforms $50.00.',
    );
  });

  it('add up what the rows of one mark leave out, by months along a line and into "Other"', () => {
    const columns: QueryResult['columns'] = [
      { name: 'month', label: 'Month', type: 'text' },
      { name: 'platform', label: 'Platform', type: 'text' },
      { name: 'platform_key', label: 'Platform key', type: 'integer', hidden: true },
      { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' },
    ];
    const stores = Array.from({ length: TOP_SERIES + 2 }, (_, i) => i + 1);
    const rows = stores.flatMap((key) => [
      ['2024-01', `Store ${key}`, key, `${100 - key}`],
      ['2024-02', `Store ${key}`, key, `${100 - key}`],
    ]);
    // The two lightest stores fall into "Other": in January one waits with EUR lines, the other with GBP.
    const waitingOf = (row: readonly unknown[]) => {
      if (row[0] !== '2024-01') return null;
      if (row[2] === TOP_SERIES + 1) return { lines: 2, currencies: ['EUR'] };
      if (row[2] === TOP_SERIES + 2) return { lines: 3, currencies: ['EUR', 'GBP'] };
      if (row[2] === 1) return { lines: 1, currencies: ['SEK'] };
      return null;
    };
    const chart = breakdownChart(result(columns, rows), ['month', 'platform'], 'revenue', 'Revenue', waitingOf)!;
    expect(chart.kind).toBe('line');
    expect(chart.series[0]!.marks.map((mark) => mark?.waiting ?? null)).toEqual([{ lines: 1, currencies: ['SEK'] }, null]);
    const other = chart.series.find((series) => series.name === OTHER_SERIES)!;
    expect(other.marks.map((mark) => mark?.waiting ?? null)).toEqual([{ lines: 5, currencies: ['EUR', 'GBP'] }, null]);
    expect(markText('revenue', other.marks[0]!, 'USD')).toBe('$185.00 + 5 lines in EUR and GBP not converted');
  });
});
