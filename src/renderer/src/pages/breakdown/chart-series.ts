import { formatAmount, parseAmount } from '../../../../shared/money/exact-amount';
import type { Cell, Dimension, Metric, QueryResult } from '../../../../shared/query/query-spec';
import type { WaitingLines } from '../../../../shared/query/unconverted-members';
import { monthsBetween } from '../../format/calendar-text';
import { decimalText, requireColumn } from '../../query/result-cells';
import type { DrillTarget } from './breakdown-choices';
import { drillTargetOf, memberLabel } from './breakdown-rows';
import { isAdditive, isTimeDimension, labelColumnName, METRIC_COLUMNS } from './breakdown-vocabulary';
import { periodText } from './time-periods';

/**
 * A breakdown answer shaped for a chart. `value` only places a mark on screen; tooltips read the
 * exact `text` beside it, and sums (the "Other" series, rankings) are done on exact units.
 */
export interface ChartMark {
  value: number;
  text: string;
  /** Lines the figure leaves out for want of an FX rate, for the tooltip to say so; absent when none. */
  waiting?: WaitingLines;
}

/** What a row of the answer leaves out for want of an FX rate (unconverted-rows.ts); null when nothing. */
export type WaitingOfRow = (row: readonly Cell[]) => WaitingLines | null;

export interface ChartCategory {
  label: string;
  /** Set when the categories are members of the first dimension: a click on one drills into it. */
  target: DrillTarget | null;
  /** The engine's one row for every member beyond the top n. */
  others?: boolean;
}

export interface ChartSeries {
  name: string;
  /** One per category; null where a ratio has nothing to divide. */
  marks: (ChartMark | null)[];
  /** Set when the series are members of the first dimension. */
  target: DrillTarget | null;
  /** The same figures over the comparison window, drawn behind the current ones. */
  previous?: boolean;
}

export interface BreakdownChart {
  /** Bars rank members; a line follows a time dimension. */
  kind: 'bar' | 'line';
  stacked: boolean;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** Members left out of the picture (not of the table), so the subtitle can say so. */
  omitted: number;
}

/** Bars a single ranking shows. */
export const TOP_BARS = 15;
/** Categories of a two-dimension bar chart. */
const TOP_GROUPS = 10;
/** Series drawn beside or on top of each other; the rest add up to "Other". */
export const TOP_SERIES = 6;
export const OTHER_SERIES = 'Other';

function unitsOf(cell: Cell | undefined): bigint | null {
  if (cell === null || cell === undefined) return null;
  return parseAmount(decimalText(cell));
}

function mark(units: bigint | null, waiting: WaitingLines | null = null): ChartMark | null {
  if (units === null) return null;
  const text = formatAmount(units, 0);
  return waiting && waiting.lines > 0 ? { value: Number(text), text, waiting } : { value: Number(text), text };
}

/** The lines two parts of one mark wait with, added up. */
function joinWaiting(a: WaitingLines | null, b: WaitingLines | null): WaitingLines | null {
  if (!a || !b) return a ?? b;
  return { lines: a.lines + b.lines, currencies: [...new Set([...a.currencies, ...b.currencies])].sort() };
}

interface Member {
  id: string;
  label: string;
  target: DrillTarget | null;
  /** The sum for additive metrics, the largest value for ratios: what ranks it. */
  weight: bigint;
}

/** Members of one dimension across the rows, each with the weight that ranks it. */
function membersOf(result: QueryResult, dimension: Dimension, metricIndex: number, additive: boolean, withTargets: boolean): Map<string, Member> {
  const members = new Map<string, Member>();
  for (const row of result.rows) {
    const target = drillTargetOf(result, dimension, row);
    const label = memberLabel(result, dimension, row);
    const id = String(target?.key ?? label);
    const units = unitsOf(row[metricIndex]) ?? 0n;
    const known = members.get(id);
    if (!known) members.set(id, { id, label, target: withTargets ? target : null, weight: units });
    else known.weight = additive ? known.weight + units : units > known.weight ? units : known.weight;
  }
  return members;
}

function heaviest(members: Map<string, Member>, count: number): Member[] {
  return [...members.values()].sort((a, b) => (a.weight === b.weight ? 0 : a.weight > b.weight ? -1 : 1)).slice(0, count);
}

function memberId(result: QueryResult, dimension: Dimension, row: readonly Cell[]): string {
  return String(drillTargetOf(result, dimension, row)?.key ?? memberLabel(result, dimension, row));
}

/** The engine's per-row comparison figure for the metric, when a comparison was asked for. */
function previousColumn(result: QueryResult, metricIndex: number): { index: number; name: string } | null {
  const metric = result.columns[metricIndex]!;
  const index = result.columns.findIndex((column) => column.name === `${metric.name}_previous`);
  // "Revenue, previous period (USD)": the axis already says the currency.
  return index < 0 ? null : { index, name: result.columns[index]!.label.replace(/ \([A-Z]{3}\)$/, '') };
}

/** One dimension: the heaviest members as bars, or every period as a line; the comparison beside it. */
function singleDimensionChart(result: QueryResult, dimension: Dimension, metricIndex: number, metricName: string, waitingOf: WaitingOfRow): BreakdownChart {
  const previous = previousColumn(result, metricIndex);
  if (!isTimeDimension(dimension)) {
    // The "Others" row is no member: it is drawn last, whatever its size, and never ranked.
    const othersAt = result.others?.row ?? null;
    const othersRow = othersAt === null ? undefined : result.rows[othersAt];
    const members = { ...result, rows: result.rows.filter((_, index) => index !== othersAt) };
    const ranked = heaviest(membersOf(members, dimension, metricIndex, true, true), TOP_BARS);
    const byId = new Map(members.rows.map((row) => [memberId(result, dimension, row), row]));
    const categories: ChartCategory[] = ranked.map((member) => ({ label: member.label, target: member.target }));
    const rows = ranked.map((member) => byId.get(member.id));
    if (othersRow) {
      categories.push({ label: memberLabel(result, dimension, othersRow), target: null, others: true });
      rows.push(othersRow);
    }
    // The "Others" row names no member, so nothing says what it waits with (as in the table).
    const series: ChartSeries[] = [
      { name: metricName, target: null, marks: rows.map((row) => mark(unitsOf(row?.[metricIndex]), row && row !== othersRow ? waitingOf(row) : null)) },
    ];
    if (previous) series.push({ name: previous.name, target: null, previous: true, marks: rows.map((row) => mark(unitsOf(row?.[previous.index]))) });
    return { kind: 'bar', stacked: false, categories, series, omitted: Math.max(0, members.rows.length - ranked.length) };
  }
  const keyIndex = requireColumn(result, labelColumnName(dimension));
  const byPeriod = new Map(result.rows.map((row) => [String(row[keyIndex]), row]));
  const present = [...byPeriod.keys()].sort();
  // Months with no sales are zero, not missing: a line that skips them would hide the dip.
  const periods = dimension === 'month' && present.length > 0 ? monthsBetween(present[0]!, present[present.length - 1]!) : present;
  return {
    kind: 'line',
    stacked: false,
    categories: periods.map((period) => {
      const row = byPeriod.get(period);
      return { label: periodText(dimension, period), target: row ? drillTargetOf(result, dimension, row) : { dimension, key: period, label: periodText(dimension, period) } };
    }),
    series: [
      {
        name: metricName,
        target: null,
        marks: periods.map((period) => {
          const row = byPeriod.get(period);
          return mark(row ? unitsOf(row[metricIndex]) : 0n, row ? waitingOf(row) : null);
        }),
      },
      ...(previous
        ? [{ name: previous.name, target: null, previous: true, marks: periods.map((period) => mark(unitsOf(byPeriod.get(period)?.[previous.index]))) }]
        : []),
    ],
    omitted: 0,
  };
}

/**
 * Two dimensions: categories along one (the time one when there is one, else the first) and the
 * heaviest members of the other as series, the rest summed into "Other" when the metric adds up.
 */
function twoDimensionChart(result: QueryResult, first: Dimension, second: Dimension, metric: Metric, metricIndex: number, waitingOf: WaitingOfRow): BreakdownChart {
  const additive = isAdditive(metric);
  const alongTime = isTimeDimension(first) || isTimeDimension(second);
  const [across, within] = isTimeDimension(second) && !isTimeDimension(first) ? [second, first] : [first, second];

  const acrossMembers = membersOf(result, across, metricIndex, additive, across === first);
  const categories = alongTime
    ? [...acrossMembers.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : heaviest(acrossMembers, TOP_GROUPS);
  const categoryIndex = new Map(categories.map((member, index) => [member.id, index]));

  const withinMembers = membersOf(result, within, metricIndex, additive, within === first);
  const drawn = heaviest(withinMembers, TOP_SERIES);
  const seriesIndex = new Map(drawn.map((member, index) => [member.id, index]));
  const hasOther = additive && withinMembers.size > drawn.length;

  const othersAt = result.others?.row ?? null;
  const othersRow = othersAt === null ? undefined : result.rows[othersAt];
  const sums: (bigint | null)[][] = Array.from({ length: drawn.length + (hasOther ? 1 : 0) }, () => categories.map(() => (additive ? 0n : null)));
  const waits: (WaitingLines | null)[][] = sums.map((line) => line.map(() => null));
  for (const row of result.rows) {
    const at = categoryIndex.get(memberId(result, across, row));
    if (at === undefined) continue;
    const series = seriesIndex.get(memberId(result, within, row)) ?? (hasOther ? drawn.length : undefined);
    if (series === undefined) continue;
    const units = unitsOf(row[metricIndex]);
    const line = sums[series]!;
    line[at] = units === null ? (line[at] ?? null) : (line[at] ?? 0n) + units;
    if (row !== othersRow) waits[series]![at] = joinWaiting(waits[series]![at]!, waitingOf(row));
  }
  const marksOf = (index: number) => sums[index]!.map((units, at) => mark(units, waits[index]![at]!));

  const series: ChartSeries[] = drawn.map((member, index) => ({ name: member.label, target: member.target, marks: marksOf(index) }));
  if (hasOther) series.push({ name: OTHER_SERIES, target: null, marks: marksOf(drawn.length) });
  return {
    kind: alongTime ? 'line' : 'bar',
    stacked: !alongTime && additive,
    categories: categories.map((member) => ({
      label: isTimeDimension(across) ? periodText(across, member.id) : member.label,
      target: member.target,
    })),
    series,
    omitted: alongTime ? 0 : Math.max(0, acrossMembers.size - categories.length),
  };
}

/**
 * `waitingOf` says what a row leaves out for want of an FX rate; the marks carry it (summed where a
 * mark sums rows) so the tooltip says "$3.10 + 2 lines in EUR not converted", as the table does.
 */
export function breakdownChart(
  result: QueryResult,
  dimensions: readonly Dimension[],
  metric: Metric,
  metricName: string,
  waitingOf: WaitingOfRow = () => null,
): BreakdownChart | null {
  const [first, second] = dimensions;
  if (!first) return null;
  const metricIndex = requireColumn(result, METRIC_COLUMNS[metric]);
  return second
    ? twoDimensionChart(result, first, second, metric, metricIndex, waitingOf)
    : singleDimensionChart(result, first, metricIndex, metricName, waitingOf);
}
