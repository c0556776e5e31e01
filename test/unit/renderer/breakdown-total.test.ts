import { afterEach, describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { INITIAL_CHOICES } from '../../../src/renderer/src/pages/breakdown/breakdown-choices';
import { footerTexts, totalFigures } from '../../../src/renderer/src/pages/breakdown/total-figures';
import { choicesOf, useBreakdownStore } from '../../../src/renderer/src/stores/breakdown-store';

function totals(now: string, before?: string, lines: [number, number] = [1, 1]): QueryResult {
  return {
    columns: [
      { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' },
      { name: 'lines', label: 'Statement lines', type: 'integer' },
    ],
    rows: [[now, lines[0]]],
    range: { from: '2024-07-01', to: '2024-12-31' },
    ...(before === undefined ? {} : { comparison: { range: { from: '2024-01-01', to: '2024-06-30' }, rows: [[before, lines[1]]] } }),
    totalRows: 1,
    baseCurrency: 'USD',
    elapsedMs: 1,
  };
}

describe('totalFigures', () => {
  it('shows the exact total and its growth against the comparison', () => {
    expect(totalFigures(totals('110.005'), 'revenue')).toEqual({ text: '$110.01', change: null });
    expect(totalFigures(totals('110', '100'), 'revenue')).toEqual({
      text: '$110.00',
      change: { kind: 'growth', text: '+10.0%', direction: 'up', previousText: '$100.00', previousRange: '1 Jan – 30 Jun 2024' },
    });
    expect(totalFigures(totals('5', '0'), 'revenue').change).toEqual({ kind: 'nothing-before', previousRange: '1 Jan – 30 Jun 2024', belowZero: false });
    // A previous period of refunds alone: below zero, no percentage (it read +815.8% before).
    expect(totalFigures(totals('5', '-0.70'), 'revenue').change).toEqual({ kind: 'nothing-before', previousRange: '1 Jan – 30 Jun 2024', belowZero: true });
  });

  it('tells a window without statement lines from a fall to zero', () => {
    expect(totalFigures(totals('5', '0', [3, 0]), 'revenue').change).toEqual({ kind: 'gap', gap: 'noData', previousRange: '1 Jan – 30 Jun 2024' });
    expect(totalFigures(totals('0', '7', [0, 3]), 'revenue').change).toEqual({ kind: 'gap', gap: 'noStatements', previousRange: '1 Jan – 30 Jun 2024' });
    expect(totalFigures(totals('0', '7', [2, 3]), 'revenue').change).toMatchObject({ kind: 'growth', text: '\u2212100.0%' });
  });
});

describe('footerTexts', () => {
  it('puts the earlier total, the exact change and the growth under the comparison columns', () => {
    expect(footerTexts(totals('110.005'), 'revenue')).toEqual({ revenue: '$110.01' });
    expect(footerTexts(totals('0.3', '0.1'), 'revenue')).toEqual({
      revenue: '$0.30',
      revenue_previous: '$0.10',
      revenue_change: '+$0.20',
      revenue_growth: '+200.00%',
    });
    expect(footerTexts(totals('1', '0'), 'revenue')).toMatchObject({ revenue_change: '+$1.00' });
    expect(footerTexts(totals('1', '0'), 'revenue')).not.toHaveProperty('revenue_growth');
  });
});

describe('breakdown store', () => {
  afterEach(() => useBreakdownStore.setState(INITIAL_CHOICES));

  it('keeps the choices and the drill-down path between visits, and steps back', () => {
    const store = useBreakdownStore.getState();
    store.setMetric('streams');
    expect(useBreakdownStore.getState().drill({ dimension: 'platform', key: 1, label: 'Spotify' }, null)).toBe(true);
    expect(choicesOf(useBreakdownStore.getState())).toMatchObject({ metric: 'streams', dimensions: ['territory'] });
    expect(useBreakdownStore.getState().drillPath.map((step) => step.label)).toEqual(['Spotify']);
    useBreakdownStore.getState().stepBack(0);
    expect(choicesOf(useBreakdownStore.getState())).toEqual({ ...INITIAL_CHOICES, metric: 'streams' });
  });

  it('says so when a member opens into nothing finer', () => {
    useBreakdownStore.getState().setDimension(0, 'day');
    expect(useBreakdownStore.getState().drill({ dimension: 'day', key: '2024-01-01', label: '1 Jan 2024' }, null)).toBe(false);
    expect(useBreakdownStore.getState().drillPath).toEqual([]);
  });
});
