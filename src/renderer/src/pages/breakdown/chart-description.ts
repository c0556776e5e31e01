import type { Metric } from '../../../../shared/query/query-spec';
import type { BreakdownChart } from './chart-series';
import { markText } from './mark-text';

const NAMED = 5;

/** What the chart shows, in a sentence or two, for people who cannot see it. */
export function describeChart(chart: BreakdownChart, metric: Metric, metricName: string, currency: string): string {
  const what = metricName.toLowerCase();
  const first = chart.categories[0];
  const last = chart.categories[chart.categories.length - 1];
  if (!first || !last) return `No ${what} to chart.`;
  if (chart.kind === 'line') {
    const lines = chart.series.length === 1 ? 'A line' : `${chart.series.length} lines (${chart.series.map((series) => series.name).join(', ')})`;
    return `${lines} of ${what} from ${first.label} to ${last.label}.`;
  }
  if (chart.series.length === 1) {
    const marks = chart.series[0]!.marks;
    const named = chart.categories
      .slice(0, NAMED)
      .map((category, index) => `${category.label} ${marks[index] ? markText(metric, marks[index], currency) : 'none'}`)
      .join('; ');
    return `Bars of ${what}, largest first: ${named}${chart.categories.length > NAMED ? '; …' : ''}.`;
  }
  const layout = chart.stacked ? 'Stacked bars' : 'Grouped bars';
  return `${layout} of ${what} for ${chart.categories.map((category) => category.label).join(', ')}, split by ${chart.series.map((series) => series.name).join(', ')}.`;
}
