import { countText } from '../../format/figures-text';

/**
 * A share of 0–1 as a percentage with one decimal ("39.9%"). Shares arrive rounded to 6
 * decimals, as ratios rather than money, so a float is exact enough; null means there was nothing
 * (or a net loss) to divide, which no percentage describes.
 */
export function shareText(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** "1 release", "1,204 releases". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${countText(count)} ${count === 1 ? singular : plural}`;
}

/** A median in months, which may fall between two: "1 month", "2.5 months"; "—" when there is none. */
export function monthsText(months: number | null): string {
  if (months === null) return '—';
  return months === 1 ? '1 month' : `${countText(months)} months`;
}
