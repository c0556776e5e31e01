import { formatAmount, decimalToUnits } from '../money/exact-amount';
import { ratio } from './ratio';

/** Trailing mean over `window` points (exact decimal), null until the window is full. */
export function rollingAverage(values: readonly string[], window: number): (string | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new Error('the window is a whole number of points, at least 1');
  const units = values.map(decimalToUnits);
  let sum = 0n;
  return units.map((v, i) => {
    sum += v;
    if (i >= window) sum -= units[i - window]!;
    if (i < window - 1) return null;
    // Division rounds half away from zero at 1e-16, the store's own precision.
    const w = BigInt(window);
    const q = (sum * 2n) / w;
    return formatAmount((q + (q >= 0n ? 1n : -1n)) / 2n);
  });
}

/** Each value's share of the total (0..1), exact until the final ratio. */
export function shareOfTotal(values: readonly string[]): (number | null)[] {
  const total = values.reduce((sum, v) => sum + decimalToUnits(v), 0n);
  return values.map((v) => ratio(v, total));
}

export interface Mover {
  key: string;
  current: string;
  previous: string;
  change: string;
  growth: number | null;
}

/** The entries whose value rose or fell most between two periods, by absolute change. */
export function biggestMovers(
  current: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, string>,
  limit: number,
): { risers: Mover[]; fallers: Mover[] } {
  const keys = new Set([...current.keys(), ...previous.keys()]);
  const movers = [...keys].map((key) => {
    const c = decimalToUnits(current.get(key) ?? '0');
    const p = decimalToUnits(previous.get(key) ?? '0');
    return { key, c, p, delta: c - p };
  });
  const toMover = (m: (typeof movers)[number]): Mover => ({
    key: m.key,
    current: formatAmount(m.c),
    previous: formatAmount(m.p),
    change: formatAmount(m.delta),
    growth: m.p === 0n ? null : ratio(m.delta, m.p < 0n ? -m.p : m.p),
  });
  const byDelta = [...movers].sort((a, b) => (a.delta === b.delta ? a.key.localeCompare(b.key) : a.delta > b.delta ? -1 : 1));
  return {
    risers: byDelta.filter((m) => m.delta > 0n).slice(0, limit).map(toMover),
    fallers: byDelta.filter((m) => m.delta < 0n).reverse().slice(0, limit).map(toMover),
  };
}
