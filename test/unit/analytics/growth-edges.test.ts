import { describe, expect, it } from 'vitest';
import { acceleration, cagr, growth, growthSeries } from '../../../src/shared/analytics/growth';
import { biggestMovers, rollingAverage, shareOfTotal } from '../../../src/shared/analytics/series';

describe('growth at the edges', () => {
  it('has nothing to say about an empty or one-period series', () => {
    expect(growthSeries([], 'MoM', 'month')).toEqual([]);
    expect(growthSeries(['5'], 'MoM', 'month')).toEqual([null]);
    expect(acceleration([])).toEqual([]);
    expect(acceleration([0.5])).toEqual([null]);
  });

  it('does not grow from zero, and grows from a loss by its size', () => {
    expect(growthSeries(['0', '5', '0'], 'MoM', 'month')).toEqual([null, null, -1]);
    // −10 → −5: 5 better than a loss of 10
    expect(growth('-5', '-10')).toBe(0.5);
    // −10 → 10: 20 up on a base of 10
    expect(growth('10', '-10')).toBe(2);
    expect(growth('-3', '6')).toBe(-1.5);
  });

  it('reads each granularity at its own lag', () => {
    const days = ['1', '2', '2', '2', '2', '2', '2', '4'];
    expect(growthSeries(days, 'DoD', 'day')).toEqual([null, 1, 0, 0, 0, 0, 0, 1]);
    expect(growthSeries(days, 'WoW', 'day')).toEqual([null, null, null, null, null, null, null, 3]);
    expect(growthSeries(['8', '10'], 'WoW', 'week')).toEqual([null, 0.25]);
    expect(growthSeries(['4', '5'], 'QoQ', 'quarter')).toEqual([null, 0.25]);
    expect(growthSeries(['4', '6'], 'YoY', 'year')).toEqual([null, 0.5]);
    expect(() => growthSeries(days, 'MoM', 'day')).toThrow(/MoM growth cannot be read from a series by day/);
  });

  it('accelerates only between two known rates', () => {
    expect(acceleration([null, 0.1, null, 0.2, 0.5])).toEqual([null, null, null, null, 0.3]);
  });

  it('compounds to −100 % when everything is lost, and not at all through a loss', () => {
    expect(cagr('100', '100', 3)).toBe(0);
    expect(cagr('100', '0', 2)).toBe(-1);
    expect(cagr('100', '-5', 2)).toBeNull();
    expect(cagr('-100', '50', 2)).toBeNull();
    // 100 → 200 over half a year is 4× a year
    expect(cagr('100', '200', 0.5)).toBe(3);
    expect(() => cagr('1', '2', 0)).toThrow(/more than zero years/);
  });
});

describe('series at the edges', () => {
  it('averages negatives and short series', () => {
    expect(rollingAverage([], 3)).toEqual([]);
    expect(rollingAverage(['1', '2'], 3)).toEqual([null, null]);
    expect(rollingAverage(['-1', '-2'], 2)).toEqual([null, '-1.50000000']);
    // −1/3 rounded at the 16th decimal, away from zero
    expect(rollingAverage(['-1', '0', '0'], 3)).toEqual([null, null, '-0.3333333333333333']);
    expect(() => rollingAverage(['1'], 0)).toThrow(/at least 1/);
  });

  it('has no shares of nothing', () => {
    expect(shareOfTotal([])).toEqual([]);
    expect(shareOfTotal(['0', '0'])).toEqual([null, null]);
  });

  it('orders movers with equal changes by key', () => {
    const { risers, fallers } = biggestMovers(new Map([['b', '5'], ['a', '5'], ['c', '0']]), new Map([['c', '5']]), 5);
    expect(risers.map((m) => m.key)).toEqual(['a', 'b']);
    expect(fallers).toEqual([{ key: 'c', current: '0.00000000', previous: '5.00000000', change: '-5.00000000', growth: -1 }]);
  });
});
