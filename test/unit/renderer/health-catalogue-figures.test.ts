import { describe, expect, it } from 'vitest';
import { catalogueHealthFigures, catalogueHealthIsEmpty } from '../../../src/renderer/src/pages/health/catalogue-health-figures';
import { countOf, monthsText, shareText } from '../../../src/renderer/src/pages/health/health-text';
import { catalogueHealthReport } from '../../support/catalogue-health-report';

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
    expect(catalogueHealthFigures(catalogueHealthReport())).toEqual([
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
    const withUnknown = catalogueHealthReport({
      releaseAge: { ...catalogueHealthReport().releaseAge, unattributed: { revenue: '-1.25', share: null } },
    });
    const unknown = catalogueHealthFigures(withUnknown).find((figure) => figure.key === 'unattributed');
    expect(unknown).toEqual({ key: 'unattributed', label: 'Release unknown', value: '-$1.25', detail: '— of revenue, from lines whose release cannot be told' });
    expect(catalogueHealthFigures(catalogueHealthReport()).some((figure) => figure.key === 'unattributed')).toBe(false);
  });

  it('says the long tail and its head leave out sales that name no recording, so the two add up to the revenue beside them', () => {
    const withRelease = catalogueHealthReport({
      revenue: '27.00',
      longevity: { ...catalogueHealthReport().longevity, withoutRecording: { revenue: '2.04', share: 0.075556 } },
    });
    expect(catalogueHealthFigures(withRelease).find((figure) => figure.key === 'longTail')!.detail).toBe(
      'of revenue ($9.96) came from outside the top 20%: the 1 recording that earned $15.00; $2.04 of sales name no recording and count in neither',
    );
  });

  it('is empty only with no recording sold and no revenue in the window', () => {
    const nothing = catalogueHealthReport({ revenue: '0', recordings: { catalogue: 0, earning: 0, earningShare: null } });
    expect(catalogueHealthIsEmpty(nothing)).toBe(true);
    expect(catalogueHealthIsEmpty(catalogueHealthReport({ revenue: '0' }))).toBe(false);
    expect(catalogueHealthIsEmpty(catalogueHealthReport({ recordings: { catalogue: 0, earning: 0, earningShare: null } }))).toBe(false);
  });
});
