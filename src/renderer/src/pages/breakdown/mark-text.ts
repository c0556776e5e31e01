import type { Metric } from '../../../../shared/query/query-spec';
import { shownWithWaiting } from '../../../../shared/query/unconverted-members';
import type { ChartMark } from './chart-series';
import { metricText } from './metric-text';

/**
 * A chart mark's figure as the tooltip and the chart's description say it, with what it leaves
 * out for want of an FX rate in the table's words: a bar of nothing converted is "no USD figure
 * yet — 2 lines in EUR not converted", not "$0.00".
 */
export function markText(metric: Metric, mark: ChartMark, currency: string): string {
  const noted = shownWithWaiting(metricText(metric, mark.text, currency), mark.text, currency, mark.waiting ?? null);
  return noted.note ? `${noted.figure} ${noted.note}` : noted.figure;
}
