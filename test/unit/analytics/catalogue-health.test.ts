import { describe, expect, it } from 'vitest';
import { earningLife, earningShare, longTail, medianEarningLife, splitByAge } from '../../../src/shared/analytics/catalogue-health';
import { monthIndex } from '../../../src/shared/analytics/months';
import { decimalToUnits } from '../../../src/shared/money/exact-amount';

/** Exact money units of decimal texts, as the store sums them. */
const units = (...decimals: string[]) => decimals.map(decimalToUnits);

describe('earning share', () => {
  it('counts a recording as earning only when its net revenue is above zero', () => {
    // 10 earns, 0 does not, a net return of −2 does not, the smallest unit the store keeps does
    expect(earningShare(units('10', '0', '-2', '0.0000000000000001'))).toEqual({ catalogue: 4, earning: 2, share: 0.5 });
    expect(earningShare(units('1', '0', '0'))).toEqual({ catalogue: 3, earning: 1, share: 0.333333 });
  });

  it('has no share of an empty catalogue', () => {
    expect(earningShare([])).toEqual({ catalogue: 0, earning: 0, share: null });
  });
});

describe('long tail', () => {
  it('is what earns outside the top fifth of recordings', () => {
    // 10 recordings: the head is the top 2 (50 + 20), the tail the other 30 of 100
    expect(longTail(units('5', '50', '0', '10', '20', '0', '10', '5', '0', '0'))).toEqual({
      headCount: 2, headRevenue: '70.00000000', tailRevenue: '30.00000000', tailShare: 0.3,
    });
  });

  it('rounds the head up to whole recordings', () => {
    // 20 % of 7 is 1.4 recordings: the head holds 2, the tail 5 of 7
    expect(longTail(units(...Array.from({ length: 7 }, () => '1')))).toMatchObject({ headCount: 2, tailRevenue: '5.00000000', tailShare: 0.714286 });
    expect(longTail(units('3', '1'), 50)).toMatchObject({ headCount: 1, headRevenue: '3.00000000', tailShare: 0.25 });
  });

  it('gives the same sums whichever of two tied recordings heads the list', () => {
    // 20 % of 4 rounds up to 1: one of three tens heads; the tail is 10 + 10 + 1 of 31
    expect(longTail(units('10', '1', '10', '10'))).toEqual({ headCount: 1, headRevenue: '10.00000000', tailRevenue: '21.00000000', tailShare: 0.677419 });
  });

  it('has no share when there is nothing, or a net loss, to share', () => {
    expect(longTail([])).toEqual({ headCount: 0, headRevenue: '0.00000000', tailRevenue: '0.00000000', tailShare: null });
    expect(longTail(units('1', '-5')).tailShare).toBeNull();
    expect(() => longTail(units('1'), 0)).toThrow(/whole percentage/);
  });
});

describe('revenue by age', () => {
  it('splits younger than the threshold from the rest, shares of the whole', () => {
    const split = splitByAge(
      [
        { ageMonths: 3, revenue: decimalToUnits('100') },
        { ageMonths: 18, revenue: decimalToUnits('50') },
        { ageMonths: 30, revenue: decimalToUnits('25') },
        { ageMonths: null, revenue: decimalToUnits('25') },
        { ageMonths: 17, revenue: decimalToUnits('0') },
      ],
      18,
    );
    // 200 in all: 100 young (18 months is already back catalogue), 75 old, 25 of no known age
    expect(split).toEqual({
      younger: { count: 2, revenue: '100.00000000', share: 0.5 },
      older: { count: 2, revenue: '75.00000000', share: 0.375 },
      unknownAge: { count: 1, revenue: '25.00000000', share: 0.125 },
    });
  });

  it('keeps returns in the sums and has no shares of nothing', () => {
    const split = splitByAge([{ ageMonths: 1, revenue: decimalToUnits('-4') }, { ageMonths: 40, revenue: decimalToUnits('12') }], 18);
    expect(split.younger).toEqual({ count: 1, revenue: '-4.00000000', share: -0.5 });
    expect(split.older.share).toBe(1.5);
    expect(splitByAge([], 18).younger).toEqual({ count: 0, revenue: '0.00000000', share: null });
  });
});

describe('longevity', () => {
  const jan = monthIndex('2024-01');

  it('counts months from the first sale to the last earning month, both included', () => {
    expect(earningLife({ firstMonth: jan, lastEarningMonth: jan + 4 })).toBe(5);
    expect(earningLife({ firstMonth: jan, lastEarningMonth: jan })).toBe(1);
    expect(earningLife({ firstMonth: jan, lastEarningMonth: null })).toBe(0);
    // a month before the first sale (a late return booked back) is no earning life
    expect(earningLife({ firstMonth: jan, lastEarningMonth: jan - 1 })).toBe(0);
  });

  it('takes the median over recordings', () => {
    const histories = [
      { firstMonth: jan, lastEarningMonth: jan + 4 },
      { firstMonth: jan, lastEarningMonth: null },
      { firstMonth: jan + 1, lastEarningMonth: jan + 2 },
    ];
    // lives 5, 0 and 2: median 2
    expect(medianEarningLife(histories)).toBe(2);
    // and a fourth of life 1: 0, 1, 2, 5 → 1.5
    expect(medianEarningLife([...histories, { firstMonth: jan + 12, lastEarningMonth: jan + 12 }])).toBe(1.5);
    expect(medianEarningLife([])).toBeNull();
  });
});
