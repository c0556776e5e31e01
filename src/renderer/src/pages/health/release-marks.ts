import type { DayFigures } from '../../../../shared/analytics/release-comparison-contract';
import { moneyWithWaiting, type WaitingLines } from '../../../../shared/query/unconverted-members';
import { dayLabel } from '../../format/calendar-text';
import { countText } from '../../format/figures-text';

export interface MarkCells {
  days: number;
  kind: 'complete' | 'spread' | 'incomplete';
  revenue: string;
  streams: string;
  /** Why the figures are estimated or not there yet, for a tooltip; null when they are plain. */
  note: string | null;
  /** What the revenue leaves out for want of an FX rate ("+ 2 lines in EUR not converted"); absent when nothing. */
  waiting?: string;
}

/** Said in place of a figure the statements do not reach yet: zero would read as "sold nothing". */
export const NOT_YET = 'not yet';

/**
 * A release's figures at one mark (day 7, 30, 90) as table cells; `waiting`, the lines counted by
 * the mark that no FX rate converts yet, is said after the revenue.
 */
export function markCells(mark: DayFigures, currency: string, dataThrough: string | null, waiting: WaitingLines | null = null): MarkCells {
  const { days } = mark;
  if (mark.revenue === null || mark.streams === null) {
    const reach = dataThrough ? ` (they run to ${dayLabel(dataThrough)})` : '';
    return { days, kind: 'incomplete', revenue: NOT_YET, streams: NOT_YET, note: `The statements do not reach day ${days} yet${reach}.` };
  }
  const revenue = moneyWithWaiting(mark.revenue, currency, waiting);
  const figures = { days, revenue: revenue.figure, streams: countText(mark.streams), ...(revenue.note ? { waiting: revenue.note } : {}) };
  if (!mark.spread) return { ...figures, kind: 'complete', note: null };
  return {
    ...figures,
    kind: 'spread',
    note: `Estimated: a statement period runs across day ${days}, so its figures were spread evenly over the period's days.`,
  };
}
