import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

let store: QueryStore;

const ALPHA = { artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001' };
const BETA = { artist: 'Nova Lane', title: 'Beta', isrc: 'USNV12400002' };
const JUNE = { kind: 'absolute', from: '2024-06-01', to: '2024-06-30' } as const;
const MAY_AND_JUNE = { kind: 'absolute', from: '2024-05-01', to: '2024-06-30' } as const;

beforeAll(async () => {
  store = await openQueryStore([
    [
      'dk.tsv',
      distroKidStatement([
        { month: '2023-06', store: 'Spotify', ...ALPHA, qty: 300, earnings: '3' },
        { month: '2024-03', store: 'Spotify', ...ALPHA, qty: 50, earnings: '0.5' },
        { month: '2024-04', store: 'Spotify', ...ALPHA, qty: 80, earnings: '0.8' },
        { month: '2024-04', store: 'Apple Music', ...ALPHA, qty: 10, earnings: '0.1' },
        { month: '2024-05', store: 'Spotify', ...ALPHA, qty: 150, earnings: '1.5' },
        { month: '2024-05', store: 'Apple Music', ...ALPHA, qty: 40, earnings: '0.4' },
        { month: '2024-05', store: 'Deezer', ...BETA, qty: 7, earnings: '0.07' },
        { month: '2024-06', store: 'Spotify', ...ALPHA, qty: 230, earnings: '2.3' },
        { month: '2024-06', store: 'Apple Music', ...ALPHA, qty: 40, earnings: '0.4' },
        { month: '2024-06', store: 'TikTok', ...BETA, qty: 9, earnings: '0.09' },
      ]),
    ],
  ]);
}, 60_000);
afterAll(() => store.close());

describe('comparison with dimensions', () => {
  it('gives each entity row its earlier figure, the change and the growth, matched by key', () => {
    const r = store.query({
      metrics: ['revenue', 'quantity', 'perStreamRate'], dimensions: ['platform'], timeRange: JUNE, comparison: 'previousPeriod',
      sort: { by: 'revenue', direction: 'desc' },
    });
    expect(r.comparison).toEqual({ range: { from: '2024-05-01', to: '2024-05-31' }, rows: [] });
    expect(r.columns.slice(5).map((c) => [c.name, c.label, c.type])).toEqual([
      ['revenue_previous', 'Revenue, previous period (USD)', 'decimal'],
      ['revenue_change', 'Revenue change (USD)', 'decimal'],
      ['revenue_growth', 'Revenue growth %', 'decimal'],
      ['quantity_previous', 'Units, previous period', 'integer'],
      ['quantity_change', 'Units change', 'integer'],
      ['quantity_growth', 'Units growth %', 'decimal'],
      ['per_stream_rate_previous', 'Per 1,000 streams, previous period (USD)', 'decimal'],
      ['per_stream_rate_change', 'Per 1,000 streams change (USD)', 'decimal'],
      ['per_stream_rate_growth', 'Per 1,000 streams growth %', 'decimal'],
    ]);
    expect(rowsOf(r, 'platform', 'revenue', 'revenue_previous', 'revenue_change', 'revenue_growth', 'quantity_change', 'quantity_growth')).toEqual([
      { platform: 'Spotify', revenue: '2.30000000', revenue_previous: '1.50000000', revenue_change: '0.80000000', revenue_growth: '53.33', quantity_change: 80, quantity_growth: '53.33' },
      { platform: 'Apple Music', revenue: '0.40000000', revenue_previous: '0.40000000', revenue_change: '0.00000000', revenue_growth: '0.00', quantity_change: 0, quantity_growth: '0.00' },
      // Nothing on TikTok in May: zero before, so no growth to speak of.
      { platform: 'TikTok', revenue: '0.09000000', revenue_previous: '0.00000000', revenue_change: '0.09000000', revenue_growth: null, quantity_change: 9, quantity_growth: null },
    ]);
    // A rate without streams is no figure at all, before or now.
    expect(rowsOf(r, 'per_stream_rate_previous', 'per_stream_rate_change', 'per_stream_rate_growth')).toEqual([
      { per_stream_rate_previous: '10.00000000', per_stream_rate_change: '0.00000000', per_stream_rate_growth: '0.00' },
      { per_stream_rate_previous: '10.00000000', per_stream_rate_change: '0.00000000', per_stream_rate_growth: '0.00' },
      { per_stream_rate_previous: null, per_stream_rate_change: null, per_stream_rate_growth: null },
    ]);
  });

  it('matches periods by position: the first month of the window against the first month of the earlier one', () => {
    const r = store.query({ metrics: ['revenue'], dimensions: ['month'], timeRange: MAY_AND_JUNE, comparison: 'previousPeriod', sort: { by: 'month', direction: 'asc' } });
    expect(r.comparison?.range).toEqual({ from: '2024-03-01', to: '2024-04-30' });
    expect(rowsOf(r, 'month', 'revenue', 'revenue_previous', 'revenue_growth')).toEqual([
      { month: '2024-05', revenue: '1.97000000', revenue_previous: '0.50000000', revenue_growth: '294.00' },
      { month: '2024-06', revenue: '2.79000000', revenue_previous: '0.90000000', revenue_growth: '210.00' },
    ]);
    const lastYear = store.query({ metrics: ['revenue'], dimensions: ['month'], timeRange: JUNE, comparison: 'samePeriodLastYear' });
    expect(rowsOf(lastYear, 'month', 'revenue_previous', 'revenue_change', 'revenue_growth')).toEqual([
      { month: '2024-06', revenue_previous: '3.00000000', revenue_change: '-0.21000000', revenue_growth: '-7.00' },
    ]);
  });

  it('matches rows of two dimensions on both', () => {
    const r = store.query({
      metrics: ['quantity'], dimensions: ['platform', 'month'], timeRange: MAY_AND_JUNE, comparison: 'previousPeriod',
      sort: { by: 'quantity', direction: 'desc' },
    });
    expect(rowsOf(r, 'platform', 'month', 'quantity', 'quantity_previous')).toEqual([
      { platform: 'Spotify', month: '2024-06', quantity: 230, quantity_previous: 80 },
      { platform: 'Spotify', month: '2024-05', quantity: 150, quantity_previous: 50 },
      { platform: 'Apple Music', month: '2024-05', quantity: 40, quantity_previous: 0 },
      { platform: 'Apple Music', month: '2024-06', quantity: 40, quantity_previous: 10 },
      { platform: 'TikTok', month: '2024-06', quantity: 9, quantity_previous: 0 },
      { platform: 'Deezer', month: '2024-05', quantity: 7, quantity_previous: 0 },
    ]);
  });

  it('compares the "Others" row with everything outside the top groups earlier', () => {
    const r = store.query({
      metrics: ['revenue'], dimensions: ['platform'], timeRange: JUNE, comparison: 'previousPeriod', sort: { by: 'revenue', direction: 'desc' }, top: { n: 1 },
    });
    expect(rowsOf(r, 'platform', 'revenue', 'revenue_previous', 'revenue_change')).toEqual([
      { platform: 'Spotify', revenue: '2.30000000', revenue_previous: '1.50000000', revenue_change: '0.80000000' },
      // Apple Music and TikTok now; Apple Music and Deezer in May.
      { platform: 'Others', revenue: '0.49000000', revenue_previous: '0.47000000', revenue_change: '0.02000000' },
    ]);
  });

  it('keeps the totals shape without dimensions, which the Overview reads', () => {
    const r = store.query({ metrics: ['quantity', 'revenue'], timeRange: JUNE, comparison: 'samePeriodLastYear' });
    expect(r.columns.map((c) => c.name)).toEqual(['quantity', 'revenue']);
    expect(r.comparison).toEqual({ range: { from: '2023-06-01', to: '2023-06-30' }, rows: [[300, '3.00000000']] });
  });
});
