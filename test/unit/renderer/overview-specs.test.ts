import { describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { defaultExportFileName, overviewExportTables } from '../../../src/renderer/src/pages/overview/export-tables';
import { kpiSpec, revenueByMonthSpec, revenueByPlatformSpec, topRecordingsSpec, type OverviewScope } from '../../../src/renderer/src/pages/overview/overview-specs';
import { countedBack, selectedTimeRange, useOverviewStore } from '../../../src/renderer/src/stores/overview-store';

const scope: OverviewScope = { timeRange: { kind: 'preset', preset: 'last90d' }, dateBasis: 'reporting' };

describe('overview specs', () => {
  it('are valid query specs carrying the range and date basis', () => {
    for (const spec of [kpiSpec(scope), revenueByMonthSpec(scope), revenueByPlatformSpec(scope, 10), topRecordingsSpec(scope, 10)]) {
      const parsed = QuerySpec.parse(spec);
      expect(parsed.timeRange).toEqual(scope.timeRange);
      expect(parsed.dateBasis).toBe('reporting');
    }
  });

  it('ask for the comparison only on the headline figures', () => {
    expect(kpiSpec(scope)).toMatchObject({ metrics: ['quantity', 'streams', 'revenue', 'lines'], comparison: 'previousPeriod' });
    expect(revenueByMonthSpec(scope)).not.toHaveProperty('comparison');
  });

  it('limit the panels to the top ten but export every row', () => {
    expect(revenueByPlatformSpec(scope, 10).limit).toBe(10);
    const tables = overviewExportTables(scope);
    expect(tables.map((t) => t.id)).toEqual(['revenue-by-month', 'revenue-by-platform', 'top-recordings']);
    for (const table of tables) expect(table.spec).not.toHaveProperty('limit');
    expect(tables[1]?.spec).toMatchObject({ dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' } });
  });

  it('export, while lines wait for an FX rate, how many each row leaves out beside its money', () => {
    expect(overviewExportTables(scope).map((t) => t.spec.metrics)).toEqual([['revenue', 'streams'], ['revenue', 'quantity'], ['revenue', 'streams']]);
    expect(overviewExportTables(scope, true).map((t) => t.spec.metrics)).toEqual([
      ['revenue', 'streams', 'unconvertedLines'],
      ['revenue', 'quantity', 'unconvertedLines'],
      ['revenue', 'streams', 'unconvertedLines'],
    ]);
  });

  it('name export files after the table and the day', () => {
    expect(defaultExportFileName('revenue-by-month', new Date(2026, 10, 21))).toBe('overview-revenue-by-month-2026-11-21.csv');
  });
});

describe('selectedTimeRange', () => {
  const today = { customFrom: '', customTo: '', countBackFrom: 'today' } as const;
  const latest = { customFrom: '', customTo: '', countBackFrom: 'latestData' } as const;

  it('passes presets through when counting back from today', () => {
    expect(selectedTimeRange({ choice: 'all', ...today })).toEqual({ kind: 'preset', preset: 'all' });
    expect(selectedTimeRange({ choice: 'last12m', ...today })).toEqual({ kind: 'preset', preset: 'last12m' });
  });

  it('counts back from the latest statement by default, the same window for every page', () => {
    expect(useOverviewStore.getState().countBackFrom).toBe('latestData');
    expect(selectedTimeRange({ choice: 'last12m', ...latest })).toEqual({ kind: 'relative', last: 12, unit: 'month', anchor: 'latestData' });
    expect(selectedTimeRange({ choice: 'ytd', ...latest })).toEqual({ kind: 'relative', last: 1, unit: 'year', anchor: 'latestData' });
    expect(selectedTimeRange({ choice: 'all', ...latest })).toEqual({ kind: 'preset', preset: 'all' });
    expect(countedBack({ kind: 'preset', preset: 'last30d' }, 'latestData')).toEqual({ kind: 'relative', last: 30, unit: 'day', anchor: 'latestData' });
    expect(countedBack({ kind: 'absolute', from: '2024-01-01', to: '2024-02-01' }, 'latestData')).toEqual({ kind: 'absolute', from: '2024-01-01', to: '2024-02-01' });
  });

  it('needs both custom dates, in order', () => {
    expect(selectedTimeRange({ choice: 'custom', customFrom: '2026-01-01', customTo: '', countBackFrom: 'latestData' })).toHaveProperty('problem');
    expect(selectedTimeRange({ choice: 'custom', customFrom: '2026-02-01', customTo: '2026-01-01', countBackFrom: 'latestData' })).toEqual({
      problem: 'The end date is before the start date.',
    });
    expect(selectedTimeRange({ choice: 'custom', customFrom: '2026-01-01', customTo: '2026-01-31', countBackFrom: 'latestData' })).toEqual({
      kind: 'absolute',
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });
});
