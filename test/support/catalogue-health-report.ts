import type { CatalogueHealth } from '../../src/shared/analytics/catalogue-health-contract';

/** No line waiting for an FX rate. */
export const NONE_WAITING = { lines: 0, currencies: [] };

/**
 * A catalogue-health report as the main process answers it: five recordings, four of them earning,
 * nothing waiting for an FX rate. A test overrides the parts it is about.
 */
export function catalogueHealthReport(overrides: Partial<CatalogueHealth> = {}): CatalogueHealth {
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
    unconverted: {
      lines: 0,
      currencies: [],
      recordingsWaiting: 0,
      earningLifeUnknown: 0,
      byReleaseAge: { newReleases: NONE_WAITING, backCatalogue: NONE_WAITING, unattributed: NONE_WAITING },
    },
    ...overrides,
  };
}
