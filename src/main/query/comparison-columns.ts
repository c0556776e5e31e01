import { growthPercent } from '../../shared/money/display-amount';
import { formatAmount, parseAmount } from '../../shared/money/exact-amount';
import { addDays, daysBetween, toDayNumber } from '../../shared/period/sale-period';
import type { Cell, Comparison, QuerySpec } from '../../shared/query/query-spec';
import { isTimeDimension, type TimeDimension } from '../../shared/query/spec-vocabulary';
import { isoWeekStart, monthIndex, type DayWindow } from '../../shared/query/time-window';
import type { Answer } from './query-answer';
import { keyColumnName, type CellShape, type SelectPart } from './query-vocabulary';

const PERIOD_NAMES: Record<Comparison, string> = { previousPeriod: 'previous period', samePeriodLastYear: 'same period last year' };

/** Growth in percent to two decimals, rounded half away from zero. */
const GROWTH_DECIMALS = 2;

export interface ComparedWindows {
  current: DayWindow;
  previous: DayWindow;
}

/**
 * Each row gains, per metric, the comparison window's figure, the change and the growth in
 * percent (null where the earlier figure is zero or absent). Entity rows find their earlier
 * selves by key; period rows by position: the third month of this window against the third
 * month of the earlier one. A group absent earlier had no sales then (zero); a rate or a gauge
 * has no earlier figure at all (null). `othersPrevious` holds the earlier totals of the "Others" row.
 */
export function withComparisonColumns(
  spec: QuerySpec,
  current: Answer,
  previous: Answer,
  windows: ComparedWindows,
  others: { row: number | null; previous: Cell[] | null },
): { parts: SelectPart[]; rows: Cell[][] } {
  const dimensionCount = current.parts.length - spec.metrics.length;
  const metricParts = current.parts.slice(dimensionCount);
  const matchKey = rowMatcher(spec, current.parts);
  const earlier = new Map(previous.rows.map((row) => [matchKey(row, windows.previous), row.slice(dimensionCount)]));
  const periodName = PERIOD_NAMES[spec.comparison!];

  const parts = [
    ...current.parts,
    ...metricParts.flatMap((part): SelectPart[] => [
      { expressions: [], name: `${part.name}_previous`, label: `${part.label}, ${periodName}`, shape: part.shape },
      { expressions: [], name: `${part.name}_change`, label: `${part.label} change`, shape: part.shape },
      { expressions: [], name: `${part.name}_growth`, label: `${part.label} growth %`, shape: 'percent' },
    ]),
  ];
  const rows = current.rows.map((row, i) => {
    const before = i === others.row ? others.previous : (earlier.get(matchKey(row, windows.current)) ?? null);
    const added = metricParts.flatMap((part, j) => {
      const now = row[dimensionCount + j] ?? null;
      const then = before ? (before[j] ?? null) : absentFigure(part.shape);
      return [then, change(now, then), growth(now, then)];
    });
    return [...row, ...added];
  });
  return { parts, rows };
}

function rowMatcher(spec: QuerySpec, parts: readonly SelectPart[]): (row: readonly Cell[], window: DayWindow) => string {
  const positions = spec.dimensions.map((dimension) => {
    const name = isTimeDimension(dimension) ? dimension : keyColumnName(dimension);
    return { dimension, index: parts.findIndex((part) => part.name === name) };
  });
  return (row, window) =>
    JSON.stringify(
      positions.map(({ dimension, index }) => {
        const cell = row[index] ?? null;
        return isTimeDimension(dimension) && cell !== null ? periodPosition(dimension, cell, window.from) : cell;
      }),
    );
}

/** How many periods after the window's first one a period cell lies. */
function periodPosition(dimension: TimeDimension, cell: string | number, windowStart: number): number {
  const text = String(cell);
  switch (dimension) {
    case 'day':
      return daysBetween(windowStart, Number(text.replaceAll('-', '')));
    case 'week': {
      const [year, week] = text.split('-W').map(Number) as [number, number];
      const monday = addDays(isoWeekStart(toDayNumber(year, 1, 4)), 7 * (week - 1));
      return daysBetween(isoWeekStart(windowStart), monday) / 7;
    }
    case 'month':
      return monthIndex(Number(text.replace('-', '')) * 100 + 1) - monthIndex(windowStart);
    case 'quarter': {
      const [year, quarter] = text.split('-Q').map(Number) as [number, number];
      return year * 4 + quarter - 1 - Math.floor(monthIndex(windowStart) / 3);
    }
    case 'year':
      return Number(text) - Math.floor(windowStart / 10000);
  }
}

function absentFigure(shape: CellShape): Cell {
  if (shape === 'integer') return 0;
  if (shape === 'money') return formatAmount(0n);
  return null;
}

function decimalsOf(cell: string | number): number {
  return String(cell).split('.')[1]?.length ?? 0;
}

function change(now: Cell, then: Cell): Cell {
  if (now === null || then === null) return null;
  if (typeof now === 'number' && typeof then === 'number') return now - then;
  return formatAmount(parseAmount(String(now)) - parseAmount(String(then)), Math.max(decimalsOf(now), decimalsOf(then)));
}

function growth(now: Cell, then: Cell): Cell {
  if (now === null || then === null) return null;
  return growthPercent(String(now), String(then), GROWTH_DECIMALS);
}
