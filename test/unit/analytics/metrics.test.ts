import { describe, expect, it } from 'vitest';
import { acceleration, cagr, growth, growthSeries } from '../../../src/shared/analytics/growth';
import { ratio } from '../../../src/shared/analytics/ratio';
import { biggestMovers, rollingAverage, shareOfTotal } from '../../../src/shared/analytics/series';

describe('growth', () => {
  it('is exact before it becomes a ratio', () => {
    expect(growth('110.00', '100.00')).toBe(0.1);
    expect(growth('0.3000000000000001', '0.1')).toBe(2);
    expect(growth('5', '0')).toBeNull();
    expect(growth('-5', '-10')).toBe(0.5);
    expect(ratio('1', '3')).toBe(0.333333);
    expect(ratio('2', '3')).toBe(0.666667);
  });

  it('reads MoM, QoQ and YoY along a monthly series', () => {
    const months = ['100', '110', '121', '0', '50', '60', '60', '60', '60', '60', '60', '60', '200'];
    expect(growthSeries(months, 'MoM', 'month').slice(0, 5)).toEqual([null, 0.1, 0.1, -1, null]);
    expect(growthSeries(months, 'QoQ', 'month')[3]).toBe(-1);
    expect(growthSeries(months, 'YoY', 'month')[12]).toBe(1);
    expect(() => growthSeries(months, 'WoW', 'month')).toThrow(/cannot be read/);
    expect(acceleration([null, 0.1, 0.3, 0.2])).toEqual([null, null, 0.2, -0.1]);
  });

  it('compounds annually', () => {
    expect(cagr('100', '121', 2)).toBe(0.1);
    expect(cagr('0', '121', 2)).toBeNull();
  });
});

describe('series', () => {
  it('averages and shares exactly', () => {
    expect(rollingAverage(['1', '2', '3', '4'], 3)).toEqual([null, null, '2.00000000', '3.00000000']);
    expect(rollingAverage(['0.1', '0.2'], 2)).toEqual([null, '0.15000000']);
    expect(rollingAverage(['1', '1', '2'], 3)).toEqual([null, null, '1.3333333333333333']);
    expect(shareOfTotal(['1', '1', '2'])).toEqual([0.25, 0.25, 0.5]);
  });

  it('finds the biggest movers either way', () => {
    const now = new Map([['Spotify', '120'], ['Deezer', '5'], ['TIDAL', '30']]);
    const before = new Map([['Spotify', '100'], ['Deezer', '25'], ['Pandora', '3']]);
    const { risers, fallers } = biggestMovers(now, before, 2);
    expect(risers.map((m) => [m.key, m.change, m.growth])).toEqual([['TIDAL', '30.00000000', null], ['Spotify', '20.00000000', 0.2]]);
    expect(fallers.map((m) => [m.key, m.change])).toEqual([['Deezer', '-20.00000000'], ['Pandora', '-3.00000000']]);
  });
});
