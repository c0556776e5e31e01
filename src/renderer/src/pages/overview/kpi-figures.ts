import { formatGrowth, formatMoney, formatQuantity, growthPercent } from '../../../../shared/money/display-amount';
import type { QueryResult } from '../../../../shared/query/query-spec';
import { moneyWithWaiting, type WaitingLines } from '../../../../shared/query/unconverted-members';
import { decimalText, requireColumn } from '../../query/result-cells';
import { comparisonGap, GAP_TEXT } from './comparison-gap';

export type KpiKey = 'streams' | 'units' | 'revenue';

export interface KpiFigure {
  key: KpiKey;
  label: string;
  /** The figure as shown, e.g. "$1,234.57" or "12,345". */
  value: string;
  /** Against the previous period; null when there is nothing to compare with, `note` saying why. */
  change: { text: string; direction: 'up' | 'down' | 'flat' } | null;
  /** Why there is no change to show, e.g. "no data to compare"; null beside a change. */
  note: string | null;
  /** The previous period's figure, for the sentence under the change. */
  previous: string | null;
  /** What the revenue leaves out for want of an FX rate ("+ 2 lines in EUR not converted"); absent when nothing. */
  waiting?: string;
}

/** Said in place of a change when nothing converted counts yet: −100 % would read as "earned nothing". */
export const NOTHING_CONVERTED = 'nothing converted to compare yet';

const CARDS: { key: KpiKey; label: string; metric: string; money: boolean }[] = [
  { key: 'revenue', label: 'Revenue', metric: 'revenue', money: true },
  { key: 'streams', label: 'Streams', metric: 'streams', money: false },
  { key: 'units', label: 'Units', metric: 'quantity', money: false },
];

function directionOf(percent: string): 'up' | 'down' | 'flat' {
  if (percent.startsWith('-')) return 'down';
  return /[1-9]/.test(percent) ? 'up' : 'flat';
}

/**
 * The headline figures of a `kpiSpec` answer, each with its growth worked out on exact decimals;
 * `waiting`, the window's lines no FX rate converts yet, is said beside the revenue.
 */
export function kpiFigures(result: QueryResult, waiting: WaitingLines | null = null): KpiFigure[] {
  return plainFigures(result).map((figure) => (figure.key === 'revenue' && waiting ? withWaiting(figure, result, waiting) : figure));
}

function withWaiting(figure: KpiFigure, result: QueryResult, waiting: WaitingLines): KpiFigure {
  const column = requireColumn(result, 'revenue');
  const { figure: value, note, converted } = moneyWithWaiting(decimalText(result.rows[0]?.[column]), result.baseCurrency, waiting);
  return { ...figure, value, ...(note ? { waiting: note } : {}), ...(converted ? {} : { change: null, note: NOTHING_CONVERTED }) };
}

function plainFigures(result: QueryResult): KpiFigure[] {
  const current = result.rows[0] ?? [];
  const previousRow = result.comparison ? (result.comparison.rows[0] ?? []) : null;
  const gap = comparisonGap(result);
  return CARDS.map(({ key, label, metric, money }) => {
    const column = requireColumn(result, metric);
    const now = decimalText(current[column]);
    const show = (text: string) => (money ? formatMoney(text, result.baseCurrency) : formatQuantity(text));
    if (!previousRow) return { key, label, value: show(now), change: null, note: 'no earlier period to compare', previous: null };
    const before = decimalText(previousRow[column]);
    if (gap) return { key, label, value: show(now), change: null, note: GAP_TEXT[gap], previous: show(before) };
    const percent = growthPercent(now, before);
    return {
      key,
      label,
      value: show(now),
      change: percent === null ? null : { text: formatGrowth(percent), direction: directionOf(percent) },
      note: percent === null ? nothingToGrowFrom(before) : null,
      previous: show(before),
    };
  });
}

/** Why a figure has no growth: the previous period had none of it, or less than none (refunds). */
export function nothingToGrowFrom(before: string): string {
  return before.trim().startsWith('-') ? 'the previous period was below zero (refunds): no growth to show' : 'nothing in the previous period';
}
