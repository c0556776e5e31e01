import { decimalToUnits } from '../money/exact-amount';
import { ratio } from './ratio';

/** (current − previous) / |previous|; null when there is nothing to grow from. */
export function growth(current: string, previous: string): number | null {
  const c = decimalToUnits(current);
  const p = decimalToUnits(previous);
  if (p === 0n) return null;
  return ratio(c - p, p < 0n ? -p : p);
}

export type GrowthPeriod = 'DoD' | 'WoW' | 'MoM' | 'QoQ' | 'YoY';

/** How many steps of a series back the comparison point lies, per granularity. */
const LAG: Record<GrowthPeriod, Record<'day' | 'week' | 'month' | 'quarter' | 'year', number | null>> = {
  DoD: { day: 1, week: null, month: null, quarter: null, year: null },
  WoW: { day: 7, week: 1, month: null, quarter: null, year: null },
  MoM: { day: null, week: null, month: 1, quarter: null, year: null },
  QoQ: { day: null, week: null, month: 3, quarter: 1, year: null },
  YoY: { day: 365, week: 52, month: 12, quarter: 4, year: 1 },
};

/**
 * Period-over-period growth along an evenly spaced series (one value per day, week, month…):
 * each point against the point `lag` steps earlier; null where there is none or it was zero.
 */
export function growthSeries(values: readonly string[], period: GrowthPeriod, granularity: 'day' | 'week' | 'month' | 'quarter' | 'year'): (number | null)[] {
  const lag = LAG[period][granularity];
  if (lag === null) throw new Error(`${period} growth cannot be read from a series by ${granularity}`);
  return values.map((value, i) => (i >= lag ? growth(value, values[i - lag]!) : null));
}

/** The change in growth from one step to the next: is growth speeding up or slowing down. */
export function acceleration(growthRates: readonly (number | null)[]): (number | null)[] {
  return growthRates.map((g, i) => {
    const before = i > 0 ? growthRates[i - 1] : null;
    return g === null || before === null || before === undefined ? null : Math.round((g - before) * 1e6) / 1e6;
  });
}

/**
 * Compound annual growth rate between a first and a last value `years` apart:
 * (last / first)^(1 / years) − 1. Null when the first value is not positive.
 */
export function cagr(first: string, last: string, years: number): number | null {
  if (years <= 0) throw new Error('CAGR needs a span of more than zero years');
  const multiple = ratio(last, first, 12);
  if (multiple === null || decimalToUnits(first) <= 0n || multiple < 0) return null;
  return Math.round((Math.pow(multiple, 1 / years) - 1) * 1e6) / 1e6;
}
