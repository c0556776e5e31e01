import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { moneyWithWaiting } from '../../../src/shared/query/unconverted-members';
import { catalogueHealthFigures } from '../../../src/renderer/src/pages/health/catalogue-health-figures';
import { markCells } from '../../../src/renderer/src/pages/health/release-marks';
import { revenueByPlatformBars } from '../../../src/renderer/src/pages/overview/chart-data';
import { describeRevenueByPlatform } from '../../../src/renderer/src/pages/overview/chart-descriptions';
import { kpiFigures, NOTHING_CONVERTED } from '../../../src/renderer/src/pages/overview/kpi-figures';
import { catalogueHealthReport, NONE_WAITING } from '../../support/catalogue-health-report';

const EUR = { lines: 2, currencies: ['EUR'] };

describe('a figure that leaves lines out for want of an FX rate', () => {
  it('says so after the figure, as the Breakdown does, and is never a bare $0.00', () => {
    expect(moneyWithWaiting('3.1', 'USD', EUR)).toEqual({ figure: '$3.10', note: '+ 2 lines in EUR not converted', converted: true });
    expect(moneyWithWaiting('0.00000000', 'USD', { lines: 1, currencies: ['EUR', 'GBP'] })).toEqual({
      figure: 'no USD figure yet',
      note: '— 1 line in EUR and GBP not converted',
      converted: false,
    });
    // Refunds netting to a loss are a figure, not "nothing yet".
    expect(moneyWithWaiting('-1', 'USD', EUR).figure).toBe('-$1.00');
    expect(moneyWithWaiting('0', 'USD', null)).toEqual({ figure: '$0.00', note: null, converted: true });
  });

  it('reads so in the platform chart for people who cannot see it', () => {
    const result: QueryResult = {
      columns: [
        { name: 'platform', label: 'Platform', type: 'text' },
        { name: 'revenue', label: 'Revenue', type: 'decimal' },
        { name: 'quantity', label: 'Units', type: 'integer' },
        { name: 'platform_key', label: 'Platform key', type: 'integer', hidden: true },
      ],
      rows: [
        ['Spotify', '3.10', 10, 1],
        ['iTunes', '0.00000000', 1, 2],
      ],
      range: null,
      totalRows: 2,
      baseCurrency: 'USD',
      elapsedMs: 1,
    };
    const bars = revenueByPlatformBars(result, (answer, row) => (row[3] === 2 ? { lines: 1, currencies: ['EUR'] } : null));
    expect(describeRevenueByPlatform(bars, 'USD')).toBe('Revenue by platform, highest first: Spotify $3.10; iTunes no USD figure yet — 1 line in EUR not converted.');
  });

  it('keeps the headline revenue from falling to −100 % when nothing converted counts yet', () => {
    const columns: QueryResult['columns'] = [
      { name: 'quantity', label: 'Units', type: 'integer' },
      { name: 'streams', label: 'Streams', type: 'integer' },
      { name: 'revenue', label: 'Revenue', type: 'decimal' },
      { name: 'lines', label: 'Statement lines', type: 'integer' },
    ];
    const result = (revenue: string): QueryResult => ({
      columns,
      rows: [[1, 1, revenue, 2]],
      comparison: { range: { from: '2026-09-01', to: '2026-09-30' }, rows: [[1, 1, '5', 1]] },
      range: { from: '2026-10-01', to: '2026-10-31' },
      totalRows: 1,
      baseCurrency: 'USD',
      elapsedMs: 1,
    });
    const [nothing] = kpiFigures(result('0'), EUR);
    expect(nothing).toMatchObject({ value: 'no USD figure yet', waiting: '— 2 lines in EUR not converted', change: null, note: NOTHING_CONVERTED });
    const [some] = kpiFigures(result('10'), EUR);
    expect(some).toMatchObject({ value: '$10.00', waiting: '+ 2 lines in EUR not converted', change: { text: '+100.0%', direction: 'up' } });
    expect(kpiFigures(result('10'))[0]).not.toHaveProperty('waiting');
  });

  it('marks a release’s revenue at a day its waiting lines count by', () => {
    const mark = { days: 7, status: 'complete', revenue: '0', streams: 100, spread: false } as const;
    expect(markCells(mark, 'USD', '2026-10-10', { lines: 1, currencies: ['EUR'] })).toMatchObject({
      revenue: 'no USD figure yet',
      waiting: '— 1 line in EUR not converted',
    });
    expect(markCells(mark, 'USD', '2026-10-10')).not.toHaveProperty('waiting');
  });
});

describe('catalogue health with money waiting for a rate', () => {
  // Two lines in euros wait for a rate, one recording's only sales among them. The figures checked
  // here read no other part of the report.
  const health = catalogueHealthReport({
    referenceMonth: '2024-05',
    revenue: '4.10',
    recordings: { catalogue: 3, earning: 2, earningShare: 0.666667 },
    longevity: { ...catalogueHealthReport().longevity, recordings: 1, medianEarningMonths: 1 },
    unconverted: {
      lines: 2,
      currencies: ['EUR'],
      recordingsWaiting: 1,
      earningLifeUnknown: 2,
      byReleaseAge: { newReleases: { lines: 1, currencies: ['EUR'] }, backCatalogue: NONE_WAITING, unattributed: { lines: 1, currencies: ['EUR'] } },
    },
  });

  it('says which recordings cannot be judged yet instead of counting them as earning nothing', () => {
    const figures = Object.fromEntries(catalogueHealthFigures(health).map((figure) => [figure.key, figure]));
    expect(figures.revenue).toMatchObject({ value: '$4.10', detail: 'in USD, over the range + 2 lines in EUR not converted' });
    expect(figures.earning).toMatchObject({
      value: '2 of 3',
      detail: 'recordings earned (66.7%), counting those first sold by May 2024; 1 more has sales waiting for an FX rate, so what it earned is not known yet',
    });
    expect(figures.longevity!.detail).toBe('from first sale to the last month earning, over 1 recording; 2 more, whose sales wait for an FX rate, are left out');
  });

  it('says what each part of the revenue leaves out: the long tail, new releases and lines of no known release', () => {
    const figures = Object.fromEntries(catalogueHealthFigures(health).map((figure) => [figure.key, figure]));
    expect(figures.longTail!.detail).toBe(
      'of revenue ($9.96) came from outside the top 20%: the 1 recording that earned $15.00; 2 lines in EUR not converted are left out',
    );
    expect(figures.newReleases).toMatchObject({ value: '$20.01', detail: '80.1% of revenue, from 4 releases younger than 18 months + 1 line in EUR not converted' });
    expect(figures.backCatalogue).toMatchObject({ value: '$4.96', detail: '19.9% of revenue, from 1 release 18 months or older' });
    // Nothing converted is known of the release-less lines: the part is listed, as words, not "$0.00".
    expect(figures.unattributed).toMatchObject({
      value: 'no USD figure yet',
      detail: '0.0% of revenue, from lines whose release cannot be told — 1 line in EUR not converted',
    });
  });
});
