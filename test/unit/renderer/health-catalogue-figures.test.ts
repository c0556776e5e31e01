import { describe, expect, it } from 'vitest';
import type { CatalogueHealth } from '../../../src/shared/analytics/catalogue-health-contract';
import { catalogueHealthFigures, catalogueHealthIsEmpty } from '../../../src/renderer/src/pages/health/catalogue-health-figures';
import { countOf, monthsText, shareText } from '../../../src/renderer/src/pages/health/health-text';

function health(overrides: Partial<CatalogueHealth> = {}): CatalogueHealth {
  return {
    range: { from: '2025-12-01', to: '2026-11-22' },
    baseCurrency: 'USD',
    referenceMonth: '2026-11',
    revenue: '24.9600000000000001',
    recordings: { catalogue: 5, earning: 4, earningShare: 0.8 },
    longTail: { topPercent: 20, headCount: 1, headRevenue: '15.00', tailRevenue: '9.9600000000000001', tailShare: 0.399038 },
    releaseAge: {
      newReleaseMonths: 18,
      newReleases: { count: 4, revenue: '20.005', share: 0.801482 },
      backCatalogue: { count: 1, revenue: '4.955', share: 0.198518 },
      unattributed: { revenue: '0', share: 0 },
    },
    longevity: {
      recordings: 5,
      medianEarningMonths: 2.5,
      olderRecordings: { count: 1, revenue: '4.955', share: 0.198518 },
      youngerRecordings: { count: 4, revenue: '20.005', share: 0.801482 },
      withoutRecording: { revenue: '0', share: 0 },
    },
    unconverted: { lines: 0, currencies: [], recordingsWaiting: 0, earningLifeUnknown: 0 },
    ...overrides,
  };
}

describe('health text', () => {
  it('writes shares as percentages, and a share of nothing as a dash', () => {
    expect(shareText(0.399038)).toBe('39.9%');
    expect(shareText(1)).toBe('100.0%');
    expect(shareText(0)).toBe('0.0%');
    expect(shareText(null)).toBe('—');
  });

  it('counts with the right noun and keeps half months', () => {
    expect(countOf(1, 'release')).toBe('1 release');
    expect(countOf(1204, 'release')).toBe('1,204 releases');
    expect(monthsText(1)).toBe('1 month');
    expect(monthsText(2.5)).toBe('2.5 months');
    expect(monthsText(0)).toBe('0 months');
    expect(monthsText(null)).toBe('—');
  });
});

describe('catalogueHealthFigures', () => {
  it('reads the report as figures, money rounded from the exact decimals', () => {
    expect(catalogueHealthFigures(health())).toEqual([
      { key: 'revenue', label: 'Revenue', value: '$24.96', detail: 'in USD, over the range' },
      { key: 'earning', label: 'Recordings earning', value: '4 of 5', detail: 'recordings earned (80.0%), counting those first sold by Nov 2026' },
      {
        key: 'longTail',
        label: 'Long tail',
        value: '39.9%',
        detail: 'of revenue ($9.96) came from outside the top 20%: the 1 recording that earned $15.00',
      },
      { key: 'newReleases', label: 'New releases', value: '$20.01', detail: '80.1% of revenue, from 4 releases younger than 18 months' },
      { key: 'backCatalogue', label: 'Back catalogue', value: '$4.96', detail: '19.9% of revenue, from 1 release 18 months or older' },
      { key: 'longevity', label: 'Median earning life', value: '2.5 months', detail: 'from first sale to the last month earning, over 5 recordings' },
    ]);
  });

  it('lists revenue whose release is unknown only when there is some, and never treats a net loss as a share', () => {
    const withUnknown = health({
      releaseAge: { ...health().releaseAge, unattributed: { revenue: '-1.25', share: null } },
    });
    const unknown = catalogueHealthFigures(withUnknown).find((figure) => figure.key === 'unattributed');
    expect(unknown).toEqual({ key: 'unattributed', label: 'Release unknown', value: '-$1.25', detail: '— of revenue, from lines whose release cannot be told' });
    expect(catalogueHealthFigures(health()).some((figure) => figure.key === 'unattributed')).toBe(false);
  });

  it('is empty only with no recording sold and no revenue in the window', () => {
    const nothing = health({ revenue: '0', recordings: { catalogue: 0, earning: 0, earningShare: null } });
    expect(catalogueHealthIsEmpty(nothing)).toBe(true);
    expect(catalogueHealthIsEmpty(health({ revenue: '0' }))).toBe(false);
    expect(catalogueHealthIsEmpty(health({ recordings: { catalogue: 0, earning: 0, earningShare: null } }))).toBe(false);
  });
});
