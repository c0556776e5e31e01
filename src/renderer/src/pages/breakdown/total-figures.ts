import { formatGrowth, growthPercent } from '../../../../shared/money/display-amount';
import { formatAmount, parseAmount } from '../../../../shared/money/exact-amount';
import type { Metric, QueryResult } from '../../../../shared/query/query-spec';
import { rangeLabel } from '../../format/calendar-text';
import { decimalText, requireColumn } from '../../query/result-cells';
import { comparisonGap, type ComparisonGap } from '../overview/comparison-gap';
import { METRIC_COLUMNS } from './breakdown-vocabulary';
import { metricText } from './metric-text';

export interface TotalFigures {
  /** The total as shown, e.g. "$70,309.71". */
  text: string;
  /** Against the comparison window; null when the answer has none (no comparison asked, or all time). */
  change: TotalChange | null;
}

export type TotalChange =
  | { kind: 'growth'; text: string; direction: 'up' | 'down' | 'flat'; previousText: string; previousRange: string }
  /** The comparison window had nothing to grow from. */
  | { kind: 'nothing-before'; previousRange: string; belowZero: boolean }
  /** One of the windows holds no statement line at all (see comparisonGap). */
  | { kind: 'gap'; gap: ComparisonGap; previousRange: string };

function directionOf(percent: string): 'up' | 'down' | 'flat' {
  if (percent.startsWith('-')) return 'down';
  return /[1-9]/.test(percent) ? 'up' : 'flat';
}

/** The headline of a `totalSpec` answer, its change worked out on exact decimals. */
export function totalFigures(result: QueryResult, metric: Metric): TotalFigures {
  const column = requireColumn(result, METRIC_COLUMNS[metric]);
  const now = decimalText(result.rows[0]?.[column]);
  const text = metricText(metric, now, result.baseCurrency);
  const comparison = result.comparison;
  if (!comparison) return { text, change: null };
  const before = decimalText(comparison.rows[0]?.[column]);
  const percent = growthPercent(now, before);
  const previousRange = rangeLabel(comparison.range);
  const gap = comparisonGap(result);
  if (gap) return { text, change: { kind: 'gap', gap, previousRange } };
  if (percent === null) return { text, change: { kind: 'nothing-before', previousRange, belowZero: before.trim().startsWith('-') } };
  return {
    text,
    change: {
      kind: 'growth',
      text: formatGrowth(percent),
      direction: directionOf(percent),
      previousText: metricText(metric, before, result.baseCurrency),
      previousRange,
    },
  };
}

/**
 * The table's footer: the total under the metric and, with a comparison, the earlier total, the
 * change and the growth under the columns the engine adds to each row, all from exact totals.
 */
export function footerTexts(result: QueryResult, metric: Metric): Record<string, string> {
  const name = METRIC_COLUMNS[metric];
  const column = requireColumn(result, name);
  const now = decimalText(result.rows[0]?.[column]);
  const texts: Record<string, string> = { [name]: metricText(metric, now, result.baseCurrency) };
  const previousRow = result.comparison?.rows[0];
  if (!previousRow) return texts;
  const before = decimalText(previousRow[column]);
  const change = formatAmount(parseAmount(now) - parseAmount(before), 0);
  const changeText = metricText(metric, change, result.baseCurrency);
  texts[`${name}_previous`] = metricText(metric, before, result.baseCurrency);
  texts[`${name}_change`] = change.startsWith('-') || !/[1-9]/.test(change) ? changeText : `+${changeText}`;
  const growth = growthPercent(now, before, 2);
  if (growth !== null) texts[`${name}_growth`] = formatGrowth(growth);
  return texts;
}
