import { formatMoney, formatQuantity } from '../../../../shared/money/display-amount';
import type { Metric } from '../../../../shared/query/query-spec';

/** An exact figure of a metric as people read it: money with its currency, counts grouped. */
export function metricText(metric: Metric, exact: string, currency: string): string {
  switch (metric) {
    case 'revenue':
    case 'perStreamRate':
      return formatMoney(exact, currency);
    default:
      return formatQuantity(exact);
  }
}
