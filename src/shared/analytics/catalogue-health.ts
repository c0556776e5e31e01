import { formatAmount } from '../money/exact-amount';
import { median } from './median';
import type { MonthIndex } from './months';
import { ratio } from './ratio';

/**
 * A share of a total that is zero or a net loss (returns outweighing sales) says nothing, so
 * every share here is null then rather than a number that reads like a proportion.
 */
function shareOf(part: bigint, total: bigint): number | null {
  return total > 0n ? ratio(part, total) : null;
}

export interface EarningShare {
  catalogue: number;
  earning: number;
  share: number | null;
}

/**
 * How many recordings earned: one counts when its net revenue in the window is above zero, so a
 * recording whose returns cancel its sales does not. `revenues` holds one figure per recording of
 * the catalogue (in exact money units), zero for those that sold nothing.
 */
export function earningShare(revenues: readonly bigint[]): EarningShare {
  const earning = revenues.filter((r) => r > 0n).length;
  return { catalogue: revenues.length, earning, share: revenues.length ? ratio(BigInt(earning), BigInt(revenues.length)) : null };
}

export interface LongTail {
  /** The head: the top `topPercent` % of recordings by revenue, rounded up to whole recordings. */
  headCount: number;
  headRevenue: string;
  tailRevenue: string;
  tailShare: number | null;
}

/**
 * The long tail: revenue earned outside the best `topPercent` % of recordings. Recordings tied
 * at the head's edge are interchangeable (equal revenue), so which of them is counted in the head
 * cannot change either sum.
 */
export function longTail(revenues: readonly bigint[], topPercent = 20): LongTail {
  if (!Number.isInteger(topPercent) || topPercent < 1 || topPercent > 100) throw new Error('the head is a whole percentage from 1 to 100');
  const sorted = [...revenues].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));
  const headCount = Math.ceil((sorted.length * topPercent) / 100);
  const head = sorted.slice(0, headCount).reduce((sum, r) => sum + r, 0n);
  const tail = sorted.slice(headCount).reduce((sum, r) => sum + r, 0n);
  return { headCount, headRevenue: formatAmount(head), tailRevenue: formatAmount(tail), tailShare: shareOf(tail, head + tail) };
}

export interface AgeGroup {
  count: number;
  revenue: string;
  share: number | null;
}

export interface AgeSplit {
  /** Younger than the threshold: new releases. */
  younger: AgeGroup;
  /** The threshold's age or older: back catalogue. */
  older: AgeGroup;
  /** Revenue of lines that name nothing whose age is known. */
  unknownAge: AgeGroup;
}

/**
 * Revenue (exact money units) split by age in whole months (a release, a recording): younger than
 * `thresholdMonths` or not, with shares of the whole including what has no age.
 */
export function splitByAge(items: readonly { ageMonths: number | null; revenue: bigint }[], thresholdMonths: number): AgeSplit {
  const sums = { younger: { count: 0, units: 0n }, older: { count: 0, units: 0n }, unknownAge: { count: 0, units: 0n } };
  for (const item of items) {
    const group = item.ageMonths === null ? sums.unknownAge : item.ageMonths < thresholdMonths ? sums.younger : sums.older;
    group.count += 1;
    group.units += item.revenue;
  }
  const total = sums.younger.units + sums.older.units + sums.unknownAge.units;
  const group = (g: { count: number; units: bigint }): AgeGroup => ({ count: g.count, revenue: formatAmount(g.units), share: shareOf(g.units, total) });
  return { younger: group(sums.younger), older: group(sums.older), unknownAge: group(sums.unknownAge) };
}

export interface RecordingHistory {
  firstMonth: MonthIndex;
  /** The last month, up to the month the report looks to, in which its net revenue was above zero. */
  lastEarningMonth: MonthIndex | null;
}

/**
 * Months from a recording's first sale to the last month it earned, both counted: earning in its
 * first month only is 1, never earning is 0. A recording still earning in the month the report
 * looks to would go on, so for young recordings the figure is a floor.
 */
export function earningLife(history: RecordingHistory): number {
  const { firstMonth, lastEarningMonth } = history;
  return lastEarningMonth === null || lastEarningMonth < firstMonth ? 0 : lastEarningMonth - firstMonth + 1;
}

/** The median earning life over recordings; null when there are none. */
export function medianEarningLife(histories: readonly RecordingHistory[]): number | null {
  return median(histories.map(earningLife));
}
