import { describe, expect, it } from 'vitest';
import { figuresThroughDay, releaseCurve, releaseMarks, type ReleaseSales } from '../../../src/shared/analytics/release-curves';

/** Monthly statements of a release first sold on 1 January 2024 (a leap year: February has 29 days). */
const monthly: ReleaseSales = {
  releaseDay: 20240101,
  periods: [
    { start: 20240101, end: 20240131, revenue: '31.00', streams: 3100 },
    { start: 20240201, end: 20240229, revenue: '29.00', streams: 290 },
    { start: 20240301, end: 20240331, revenue: '31.00', streams: 31 },
  ],
};

describe('release marks', () => {
  it('spreads a monthly statement over its days where a mark cuts through it', () => {
    expect(releaseMarks(monthly, 20240331)).toEqual([
      // 7 of January's 31 days: 31 × 7/31, 3100 × 7/31
      { days: 7, status: 'complete', revenue: '7.00000000', streams: 700, spread: true },
      { days: 30, status: 'complete', revenue: '30.00000000', streams: 3000, spread: true },
      // day 90 is 30 March: January and February whole, then 30 of March's 31 days
      { days: 90, status: 'complete', revenue: '90.00000000', streams: 3420, spread: true },
    ]);
    // day 91 is 31 March: three whole months, nothing spread
    expect(figuresThroughDay(monthly, 91, 20240331)).toEqual({ days: 91, status: 'complete', revenue: '91.00000000', streams: 3421, spread: false });
  });

  it('marks what the statements do not reach yet as incomplete, never as zero', () => {
    expect(figuresThroughDay(monthly, 92, 20240331)).toEqual({ days: 92, status: 'incomplete', revenue: null, streams: null, spread: false });
    expect(releaseMarks(monthly, 20240215).map((m) => [m.days, m.status])).toEqual([[7, 'complete'], [30, 'complete'], [90, 'incomplete']]);
  });

  it('is exact on daily statements and rounds a spread at the 16th decimal', () => {
    const daily: ReleaseSales = {
      releaseDay: 20240510,
      periods: [
        { start: 20240510, end: 20240510, revenue: '0.10', streams: 10 },
        { start: 20240511, end: 20240513, revenue: '1.00', streams: 2 },
      ],
    };
    expect(figuresThroughDay(daily, 1, 20240601)).toMatchObject({ revenue: '0.10000000', streams: 10, spread: false });
    // 0.10 + 1.00 × 1/3; streams 10 + 2 × 1/3 = 10.67 → 11
    expect(figuresThroughDay(daily, 2, 20240601)).toMatchObject({ revenue: '0.4333333333333333', streams: 11, spread: true });
    // 0.10 + 1.00 × 2/3, the last digit rounded up; streams 10 + 1.33 → 11
    expect(figuresThroughDay(daily, 3, 20240601)).toMatchObject({ revenue: '0.7666666666666667', streams: 11, spread: true });
  });

  it('keeps returns and pre-orders in the running total', () => {
    const sales: ReleaseSales = {
      releaseDay: 20240110,
      periods: [
        { start: 20240101, end: 20240105, revenue: '2.00', streams: 0 },
        { start: 20240110, end: 20240110, revenue: '5.00', streams: 100 },
        { start: 20240111, end: 20240111, revenue: '-1.50', streams: 0 },
      ],
    };
    expect(figuresThroughDay(sales, 2, 20240131)).toMatchObject({ revenue: '5.50000000', streams: 100 });
  });

  it('refuses a mark that is no day and a period that ends before it starts', () => {
    expect(() => figuresThroughDay(monthly, 0, 20240331)).toThrow(/at least 1/);
    const backwards = { releaseDay: 20240101, periods: [{ start: 20240105, end: 20240101, revenue: '1', streams: 1 }] };
    expect(() => figuresThroughDay(backwards, 3, 20240331)).toThrow(/ends \(20240101\) before it starts \(20240105\)/);
  });
});

describe('release curve', () => {
  it('has a point every step while the statements reach it', () => {
    const curve = releaseCurve(monthly, 20240331, 30, 120);
    // day 120 is 29 April, past the statements: the curve stops at day 90
    expect(curve.map((p) => [p.days, p.revenue])).toEqual([[30, '30.00000000'], [60, '60.00000000'], [90, '90.00000000']]);
    expect(releaseCurve({ releaseDay: 20240101, periods: [] }, 20240110, 7, 28)).toEqual([
      { days: 7, status: 'complete', revenue: '0.00000000', streams: 0, spread: false },
    ]);
    expect(releaseCurve(monthly, 20231231, 7, 28)).toEqual([]);
    expect(() => releaseCurve(monthly, 20240331, 0, 28)).toThrow(/step/);
  });
});
