import { decimalToUnits, formatAmount } from '../money/exact-amount';
import { ratio } from './ratio';

export interface Performer {
  key: string;
  value: string;
  /** Competition ranking: two entries tied for 2nd are both 2nd, the next is 4th. */
  rank: number;
  /** The entry's share of the total of all entries given (0..1), null when that total is zero. */
  share: number | null;
}

/**
 * The entries with the highest values, best first; ties are listed by key. An entry tied with the
 * last place kept is kept too, since which of two equal earners is "top 10" would otherwise be an
 * accident of spelling: the list is then longer than `limit`.
 */
export function topPerformers(entries: readonly { key: string; value: string }[], limit: number): Performer[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('the limit is a whole number of entries, at least 1');
  const seen = new Set<string>();
  const parsed = entries.map((e) => {
    if (seen.has(e.key)) throw new Error(`"${e.key}" is listed twice; each entry needs its own key`);
    seen.add(e.key);
    return { key: e.key, units: decimalToUnits(e.value) };
  });
  const total = parsed.reduce((sum, e) => sum + e.units, 0n);
  parsed.sort((a, b) => (a.units === b.units ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.units > b.units ? -1 : 1));
  const ranked: Performer[] = [];
  for (const [i, e] of parsed.entries()) {
    const previous = parsed[i - 1];
    const rank = previous && previous.units === e.units ? ranked[i - 1]!.rank : i + 1;
    if (i >= limit && rank !== ranked[i - 1]!.rank) break;
    ranked.push({ key: e.key, value: formatAmount(e.units), rank, share: ratio(e.units, total) });
  }
  return ranked;
}
