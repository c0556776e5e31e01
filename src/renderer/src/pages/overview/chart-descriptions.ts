import { compareDecimal, formatMoney } from '../../../../shared/money/display-amount';
import { figureWithWaitingText, type FigureWithWaiting } from '../../../../shared/query/unconverted-members';
import type { MonthPoint, PlatformBar } from './chart-data';

function highestRevenue(points: MonthPoint[]): MonthPoint | undefined {
  return points.reduce<MonthPoint | undefined>(
    (best, point) => (best === undefined || compareDecimal(point.revenueText, best.revenueText) > 0 ? point : best),
    undefined,
  );
}

/** A figure as read out, with what it leaves out for want of an FX rate when it does. */
export function revenueRead(item: { revenueText: string; waiting?: FigureWithWaiting }, currency: string): string {
  return item.waiting ? figureWithWaitingText(item.waiting) : formatMoney(item.revenueText, currency);
}

/** A sentence saying what the monthly chart shows, for screen readers. */
export function describeRevenueByMonth(points: MonthPoint[], currency: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  const best = highestRevenue(points);
  if (!first || !last || !best) return 'No monthly revenue in this range.';
  const waiting = points.filter((point) => point.waiting).map((point) => `${point.label}, ${revenueRead(point, currency)}`);
  return (
    `Revenue and streams per month from ${first.label} to ${last.label}. ` +
    `Highest revenue in ${best.label}: ${formatMoney(best.revenueText, currency)}. ` +
    `${last.label}: ${revenueRead(last, currency)}.` +
    (waiting.length > 0 ? ` Months with lines waiting for an FX rate: ${waiting.join('; ')}.` : '')
  );
}

/** A sentence naming the platforms in the bar chart in order, for screen readers. */
export function describeRevenueByPlatform(bars: PlatformBar[], currency: string): string {
  if (bars.length === 0) return 'No platform revenue in this range.';
  const listed = bars.map((bar) => `${bar.platform} ${revenueRead(bar, currency)}`).join('; ');
  return `Revenue by platform, highest first: ${listed}.`;
}
