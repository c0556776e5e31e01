import type { DayFigures } from '../../../../shared/analytics/release-comparison-contract';
import { formatMoney } from '../../../../shared/money/display-amount';
import { dayLabel } from '../../format/calendar-text';
import { countText } from '../../format/figures-text';

export interface MarkCells {
  days: number;
  kind: 'complete' | 'spread' | 'incomplete';
  revenue: string;
  streams: string;
  /** Why the figures are estimated or not there yet, for a tooltip; null when they are plain. */
  note: string | null;
}

/** Said in place of a figure the statements do not reach yet: zero would read as "sold nothing". */
export const NOT_YET = 'not yet';

/** A release's figures at one mark (day 7, 30, 90) as table cells. */
export function markCells(mark: DayFigures, currency: string, dataThrough: string | null): MarkCells {
  const { days } = mark;
  if (mark.revenue === null || mark.streams === null) {
    const reach = dataThrough ? ` (they run to ${dayLabel(dataThrough)})` : '';
    return { days, kind: 'incomplete', revenue: NOT_YET, streams: NOT_YET, note: `The statements do not reach day ${days} yet${reach}.` };
  }
  const figures = { days, revenue: formatMoney(mark.revenue, currency), streams: countText(mark.streams) };
  if (!mark.spread) return { ...figures, kind: 'complete', note: null };
  return {
    ...figures,
    kind: 'spread',
    note: `Estimated: a statement period runs across day ${days}, so its figures were spread evenly over the period's days.`,
  };
}
