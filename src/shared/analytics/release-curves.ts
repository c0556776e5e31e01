import { decimalToUnits, formatAmount } from '../money/exact-amount';
import { addDays, daysBetween } from '../period/sale-period';
import { divideRounded } from './divide';

/** What a release earned over one statement period (one day, or a month for monthly statements). */
export interface PeriodFigures {
  /** yyyymmdd, both days included. */
  start: number;
  end: number;
  revenue: string;
  streams: number;
}

export interface ReleaseSales {
  /** Day 1 of the release's life, yyyymmdd. */
  releaseDay: number;
  periods: readonly PeriodFigures[];
}

export interface DayFigures {
  /** Days since release, the release day counted as day 1: 7 is the first week. */
  days: number;
  /** complete: the statements reach the mark; incomplete: they do not yet, so there is no figure. */
  status: 'complete' | 'incomplete';
  /** Cumulative from the first sale through the mark; null while incomplete, never a zero. */
  revenue: string | null;
  streams: number | null;
  /**
   * A statement period runs across the mark (a monthly statement and a 7-day mark): its figures
   * are spread evenly over its days and the part up to the mark counted, rounded at 1e-16 for
   * money and to whole streams.
   */
  spread: boolean;
}

/**
 * A release's cumulative revenue and streams through its `days`-th day, when the statements reach
 * that far (`dataThrough`, the last day any statement covers). Sales before the release day (pre-
 * orders) count from the start.
 */
export function figuresThroughDay(sales: ReleaseSales, days: number, dataThrough: number): DayFigures {
  if (!Number.isInteger(days) || days < 1) throw new Error(`a mark is a whole number of days, at least 1 (got ${days})`);
  const markDay = addDays(sales.releaseDay, days - 1);
  if (markDay > dataThrough) return { days, status: 'incomplete', revenue: null, streams: null, spread: false };
  let revenue = 0n;
  let streams = 0n;
  let spread = false;
  for (const period of sales.periods) {
    if (period.end < period.start) throw new Error(`a statement period ends (${period.end}) before it starts (${period.start})`);
    if (period.start > markDay) continue;
    const units = decimalToUnits(period.revenue);
    if (period.end <= markDay) {
      revenue += units;
      streams += BigInt(period.streams);
      continue;
    }
    spread = true;
    const inside = BigInt(daysBetween(period.start, markDay) + 1);
    const length = BigInt(daysBetween(period.start, period.end) + 1);
    revenue += divideRounded(units * inside, length);
    streams += divideRounded(BigInt(period.streams) * inside, length);
  }
  return { days, status: 'complete', revenue: formatAmount(revenue), streams: Number(streams), spread };
}

/** The figures at each mark (7, 30 and 90 days unless told otherwise). */
export function releaseMarks(sales: ReleaseSales, dataThrough: number, marks: readonly number[] = [7, 30, 90]): DayFigures[] {
  return marks.map((days) => figuresThroughDay(sales, days, dataThrough));
}

/**
 * Points of a cumulative curve every `stepDays` days up to `maxDays`, for charting releases side
 * by side from their own day 1. It stops where the statements stop: a missing point is "not yet
 * known", which a chart must not draw as zero.
 */
export function releaseCurve(sales: ReleaseSales, dataThrough: number, stepDays: number, maxDays: number): DayFigures[] {
  if (!Number.isInteger(stepDays) || stepDays < 1) throw new Error(`the curve's step is a whole number of days, at least 1 (got ${stepDays})`);
  const points: DayFigures[] = [];
  for (let days = stepDays; days <= maxDays; days += stepDays) {
    const point = figuresThroughDay(sales, days, dataThrough);
    if (point.status === 'incomplete') break;
    points.push(point);
  }
  return points;
}
