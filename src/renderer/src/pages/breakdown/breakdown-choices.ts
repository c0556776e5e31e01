import type { FilterCondition } from '../../../../shared/query/filter-spec';
import type { Comparison, Dimension, Metric } from '../../../../shared/query/query-spec';
import { defaultSortFor, isTimeDimension } from './breakdown-vocabulary';
import { pinnedMember } from './filter-fields';
import { finerTimeDimension, periodDays, sharedDays, type DayRange } from './time-periods';

export interface SortChoice {
  by: Dimension | Metric;
  direction: 'asc' | 'desc';
}

export interface ChosenFilter {
  filter: FilterCondition;
  /** What each value is called, in the order of the filter's values: ids mean nothing to people. */
  valueLabels: string[];
}

/** One click deeper: the member clicked, and the view it was clicked in, to step back to. */
export interface DrillStep {
  /** The member as people read it: "Spotify", "Mar 2024". */
  label: string;
  dimension: Dimension;
  /** For an entity: the filter that keeps only this member. */
  filter: FilterCondition | null;
  /** For a period: the days it covers within the window it was clicked in. */
  days: DayRange | null;
  from: { dimensions: Dimension[]; sort: SortChoice | null };
}

/** Everything the Breakdown page lets a person choose, apart from the shared time range. */
export interface BreakdownChoices {
  metric: Metric;
  /** One or two; the first decides the chart's categories and what a click drills into. */
  dimensions: Dimension[];
  filters: ChosenFilter[];
  comparison: Comparison | null;
  /** Null follows the dimensions: largest first for entities, calendar order for periods. */
  sort: SortChoice | null;
  drillPath: DrillStep[];
  /** The largest n members and one row for all the rest; null shows every member. */
  top: number | null;
}

export const INITIAL_CHOICES: BreakdownChoices = {
  metric: 'revenue',
  dimensions: ['platform'],
  filters: [],
  comparison: null,
  sort: null,
  drillPath: [],
  top: null,
};

/** Top-n needs exactly one entity dimension; with periods or two dimensions every row shows. */
export function topApplies(choices: Pick<BreakdownChoices, 'top' | 'dimensions'>): boolean {
  const [first, second] = choices.dimensions;
  return choices.top !== null && first !== undefined && second === undefined && !isTimeDimension(first);
}

export function effectiveSort(choices: BreakdownChoices): SortChoice {
  const sort = choices.sort ?? defaultSortFor(choices.dimensions, choices.metric);
  // The top n are the largest (or smallest) by the metric: a sort by name cannot pick them.
  if (topApplies(choices) && sort.by !== choices.metric) return { by: choices.metric, direction: 'desc' };
  return sort;
}

export function withMetric(choices: BreakdownChoices, metric: Metric): BreakdownChoices {
  const sort = choices.sort?.by === choices.metric ? { ...choices.sort, by: metric } : choices.sort;
  return { ...choices, metric, sort };
}

/** Sets the first (index 0) or second (index 1) dimension; null removes the second. */
export function withDimension(choices: BreakdownChoices, index: 0 | 1, dimension: Dimension | null): BreakdownChoices {
  const [first, second] = choices.dimensions;
  let dimensions: Dimension[];
  if (index === 0) {
    if (!dimension) return choices;
    dimensions = second && second !== dimension ? [dimension, second] : [dimension];
  } else {
    if (dimension === first) return choices;
    dimensions = dimension && first ? [first, dimension] : first ? [first] : [];
  }
  // A sort on a dimension that is gone would be refused; a sort on the metric still makes sense.
  const sort = choices.sort && (choices.sort.by === choices.metric || dimensions.includes(choices.sort.by as Dimension)) ? choices.sort : null;
  return { ...choices, dimensions, sort };
}

/** A click on a column header: that column, largest or latest first; a second click reverses it. */
export function withSortBy(choices: BreakdownChoices, by: Dimension | Metric): BreakdownChoices {
  const current = effectiveSort(choices);
  if (current.by === by) return { ...choices, sort: { by, direction: current.direction === 'asc' ? 'desc' : 'asc' } };
  const textual = by !== choices.metric && !isTimeDimension(by as Dimension);
  return { ...choices, sort: { by, direction: textual ? 'asc' : 'desc' } };
}

export function withFilter(choices: BreakdownChoices, chosen: ChosenFilter): BreakdownChoices {
  return { ...choices, filters: [...choices.filters, chosen] };
}

export function withoutFilter(choices: BreakdownChoices, index: number): BreakdownChoices {
  return { ...choices, filters: choices.filters.filter((_, position) => position !== index) };
}

export function withComparison(choices: BreakdownChoices, comparison: Comparison | null): BreakdownChoices {
  return { ...choices, comparison };
}

export function withTop(choices: BreakdownChoices, top: number | null): BreakdownChoices {
  return { ...choices, top };
}

/** Where a click on a member leads next, most telling first. */
const NEXT_DIMENSIONS: Record<Dimension, readonly Dimension[]> = {
  platform: ['territory', 'recording', 'artist', 'release'],
  territory: ['platform', 'recording', 'artist'],
  artist: ['release', 'recording', 'platform', 'territory'],
  release: ['recording', 'platform', 'territory'],
  recording: ['platform', 'territory'],
  saleType: ['platform', 'territory', 'recording'],
  currency: ['platform', 'territory'],
  importBatch: ['platform', 'territory', 'recording'],
  label: ['artist', 'release', 'platform'],
  day: [],
  week: [],
  month: [],
  quarter: [],
  year: [],
};

/** The fields already pinned to one member, by a drill step or a filter: breaking down by them again shows one row. */
function pinnedFields(choices: BreakdownChoices): Set<string> {
  const filters = [...choices.filters.map((chosen) => chosen.filter), ...choices.drillPath.flatMap((step) => (step.filter ? [step.filter] : []))];
  return new Set(filters.filter(pinnedMember).map((filter) => filter.field));
}

/** The dimension a click on a member of `dimension` opens, or null when there is nothing finer. */
export function nextDimension(choices: BreakdownChoices, dimension: Dimension): Dimension | null {
  if (isTimeDimension(dimension)) return finerTimeDimension(dimension);
  const pinned = pinnedFields(choices);
  pinned.add(dimension);
  return NEXT_DIMENSIONS[dimension].find((candidate) => !pinned.has(candidate)) ?? null;
}

/** A member of the first dimension, as a click on its row or bar names it. */
export interface DrillTarget {
  dimension: Dimension;
  /** What a filter on the field accepts (an id or a code), or the period's key. */
  key: string | number;
  label: string;
}

/**
 * One step deeper: an entity becomes a filter, a period narrows the window (to the days it shares
 * with the window on screen), and the first dimension moves to the next one. Null when the member
 * opens into nothing finer.
 */
export function drillInto(choices: BreakdownChoices, target: DrillTarget, windowOnScreen: DayRange | null): BreakdownChoices | null {
  const next = nextDimension(choices, target.dimension);
  if (!next) return null;
  let filter: FilterCondition | null = null;
  let days: DayRange | null = null;
  if (isTimeDimension(target.dimension)) {
    const period = periodDays(target.dimension, String(target.key));
    if (!period) return null;
    days = windowOnScreen ? sharedDays(period, windowOnScreen) : period;
    if (!days) return null;
  } else {
    filter = { field: target.dimension as FilterCondition['field'], op: 'equals', values: [target.key] };
  }
  const second = choices.dimensions[1];
  const dimensions = second && second !== next ? [next, second] : [next];
  const step: DrillStep = { label: target.label, dimension: target.dimension, filter, days, from: { dimensions: choices.dimensions, sort: choices.sort } };
  return { ...choices, dimensions, sort: null, drillPath: [...choices.drillPath, step] };
}

/** Back to the view a breadcrumb names: 0 is the view before the first click. */
export function stepBack(choices: BreakdownChoices, depth: number): BreakdownChoices {
  const step = choices.drillPath[depth];
  if (!step) return choices;
  return { ...choices, dimensions: step.from.dimensions, sort: step.from.sort, drillPath: choices.drillPath.slice(0, depth) };
}
