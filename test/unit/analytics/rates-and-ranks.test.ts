import { describe, expect, it } from 'vitest';
import { divideRounded } from '../../../src/shared/analytics/divide';
import { median } from '../../../src/shared/analytics/median';
import { perStreamRate, perStreamRateSeries } from '../../../src/shared/analytics/per-stream-rate';
import { topPerformers } from '../../../src/shared/analytics/top-performers';

describe('exact division', () => {
  it('rounds half away from zero, on both sides of zero', () => {
    expect(divideRounded(7n, 2n)).toBe(4n);
    expect(divideRounded(-7n, 2n)).toBe(-4n);
    expect(divideRounded(7n, -2n)).toBe(-4n);
    expect(divideRounded(10n, 3n)).toBe(3n);
    expect(divideRounded(-10n, 3n)).toBe(-3n);
    expect(() => divideRounded(1n, 0n)).toThrow(/division by zero/);
  });
});

describe('median', () => {
  it('is the middle, or the mean of the two middles, and null for nothing', () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 2, 9])).toBe(2);
    expect(median([1, 2])).toBe(1.5);
  });
});

describe('per-stream rate', () => {
  it('is revenue per 1,000 streams, divided exactly', () => {
    expect(perStreamRate('3.00', 1000)).toBe('3.00000000');
    // 1 × 1000 / 3 = 333.333…, cut at the store's 16th decimal
    expect(perStreamRate('1', 3)).toBe('333.3333333333333333');
    // 2 × 1000 / 3 = 666.666…, the 16th decimal rounded up
    expect(perStreamRate('2', 3)).toBe('666.6666666666666667');
    // returns: a net negative month has a negative rate, rounded away from zero as well
    expect(perStreamRate('-2', 3n)).toBe('-666.6666666666666667');
    expect(perStreamRate('0.004', 1)).toBe('4.00000000');
  });

  it('has no rate without streams and refuses counts that cannot be', () => {
    expect(perStreamRate('5', 0)).toBeNull();
    expect(() => perStreamRate('5', -1)).toThrow(/cannot be negative/);
  });

  it('runs along two aligned series', () => {
    expect(perStreamRateSeries([], [])).toEqual([]);
    expect(perStreamRateSeries(['4', '0', '1.5'], [1000, 0, 500])).toEqual(['4.00000000', null, '3.00000000']);
    expect(() => perStreamRateSeries(['1'], [1, 2])).toThrow(/revenue has 1 periods but streams has 2/);
  });
});

describe('top performers', () => {
  const entries = [
    { key: 'A', value: '10' },
    { key: 'B', value: '30' },
    { key: 'C', value: '30' },
    { key: 'D', value: '-5' },
    { key: 'E', value: '10' },
  ];

  it('ranks 1, 1, 3, 3 and keeps whoever ties with the last place kept', () => {
    // total 75: B and C 30/75 = 0.4, A and E 10/75 = 0.133333
    expect(topPerformers(entries, 3)).toEqual([
      { key: 'B', value: '30.00000000', rank: 1, share: 0.4 },
      { key: 'C', value: '30.00000000', rank: 1, share: 0.4 },
      { key: 'A', value: '10.00000000', rank: 3, share: 0.133333 },
      { key: 'E', value: '10.00000000', rank: 3, share: 0.133333 },
    ]);
    expect(topPerformers(entries, 1).map((p) => p.key)).toEqual(['B', 'C']);
    expect(topPerformers(entries, 2).map((p) => p.key)).toEqual(['B', 'C']);
  });

  it('puts returns last, and copes with nothing', () => {
    expect(topPerformers(entries, 5).at(-1)).toEqual({ key: 'D', value: '-5.00000000', rank: 5, share: -0.066667 });
    expect(topPerformers([], 3)).toEqual([]);
    expect(topPerformers([{ key: 'X', value: '0' }], 3)).toEqual([{ key: 'X', value: '0.00000000', rank: 1, share: null }]);
  });

  it('refuses a key listed twice and a limit below one', () => {
    expect(() => topPerformers([{ key: 'A', value: '1' }, { key: 'A', value: '2' }], 2)).toThrow(/"A" is listed twice/);
    expect(() => topPerformers(entries, 0)).toThrow(/at least 1/);
  });
});
